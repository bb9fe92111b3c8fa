import {
  portals,
  type Language,
  type OpenDataClient,
  type PortalConfig,
  type PortalName,
} from '@saxon-ai/sdk';
import { ConfigurationError } from '../shared/configuration-error.js';
import { loadedOpenDataClient, loadOpenDataClient } from '../shared/open-data-clients.js';
import { apiBaseUrl } from '../shared/safe-url.js';
import { PORTAL_TYPES, warnOnce as warn } from './attributes.js';

/** The attributes that name a portal. */
export interface PortalAttributes {
  /** `sachsen`, `govdata` or `leipzig`: an SDK preset. */
  portal: string;
  /** `ckan` or `entrystore`; with `apiUrl` it overrides the preset. */
  apiType: string;
  apiUrl: string;
}

const presetOf = (name: string): PortalConfig | undefined =>
  Object.hasOwn(portals, name) ? portals[name as PortalName] : undefined;

/**
 * The portal the attributes describe: `api-type` + `api-url` when `api-url` is set (the type may
 * come from `portal`), else the `portal` preset. Throws a {@link ConfigurationError} naming the
 * attribute to fix.
 */
export function portalConfig({ portal, apiType, apiUrl }: PortalAttributes): PortalConfig {
  const name = portal.trim().toLowerCase();
  const preset = name ? presetOf(name) : undefined;
  if (name && !preset)
    warn(`unknown portal "${portal}"; known: ${Object.keys(portals).join(', ')}.`);
  const url = apiUrl.trim();
  const type = apiType.trim().toLowerCase() || preset?.type;
  if (!url) {
    if (apiType.trim()) throw new ConfigurationError('api-url');
    if (!preset) throw new ConfigurationError('portal');
    return preset;
  }
  if (!PORTAL_TYPES.includes(type as PortalConfig['type'])) {
    if (type) warn(`unknown api-type "${apiType}"; expected ${PORTAL_TYPES.join(' or ')}.`);
    throw new ConfigurationError('api-type');
  }
  const baseUrl = apiBaseUrl(url);
  if (!baseUrl) {
    warn(`api-url="${url}" is not an http(s) URL; nothing is loaded.`);
    throw new ConfigurationError('api-url');
  }
  return { ...preset, type: type as PortalConfig['type'], baseUrl };
}

/**
 * The SDK client the element talks to: the one the page handed it (`client` property), else one
 * per portal and language, shared by every element on the page so that identical requests in
 * flight are sent once. Its portal kind's adapter loads on first use (see `open-data-clients.ts`);
 * a configuration error rejects with the {@link ConfigurationError}.
 */
export async function openDataClient(
  source: OpenDataClient | PortalAttributes,
  language: Language,
): Promise<OpenDataClient> {
  if ('search' in source) return source;
  return loadOpenDataClient(portalConfig(source), language);
}

/**
 * The client {@link openDataClient} gives for `source` if it is already there (its adapter
 * loaded), else undefined — for what renders at once, such as the expert panel's links, which
 * only shows after the client has loaded a dataset. Throws like {@link portalConfig}.
 */
export function readyOpenDataClient(
  source: OpenDataClient | PortalAttributes,
  language: Language,
): OpenDataClient | undefined {
  if ('search' in source) return source;
  return loadedOpenDataClient(portalConfig(source), language);
}

/**
 * Calls `use` with the element's client: in the same task when the client is already there (its
 * adapter loaded), so a search starts as soon as the element asks — and removing the element aborts
 * it in flight; after the adapter has loaded otherwise. Throws like {@link portalConfig}.
 */
export function withOpenDataClient<T>(
  source: OpenDataClient | PortalAttributes,
  language: Language,
  use: (client: OpenDataClient) => Promise<T>,
): Promise<T> {
  const ready = readyOpenDataClient(source, language);
  return ready ? use(ready) : openDataClient(source, language).then(use);
}
