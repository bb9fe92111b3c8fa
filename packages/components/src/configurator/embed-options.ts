import { portals } from '@saxon-ai/sdk';

/** What the configurator's form describes: one widget, its attributes and where its script lives. */
export interface EmbedOptions {
  tag: string;
  /** Attributes set in the form, in manifest order: a value, or `true` for a boolean attribute. */
  attributes: [name: string, value: string | true][];
  /** The folder with the script-tag files (dist/cdn/ of the package), e.g. `/saxon-widgets/`. */
  scriptBase: string;
  /** `sha384-…` of the widget's script file, or `''` to leave out `integrity`. */
  integrity: string;
}

/** The attribute's value, or `undefined` when the form leaves it unset. */
export const attributeValue = (options: EmbedOptions, name: string) =>
  options.attributes.find(([attribute]) => attribute === name)?.[1];

/** The address of the widget's own script-tag bundle (`saxon-event-list.js` etc.). */
export const scriptUrl = (options: EmbedOptions) =>
  `${options.scriptBase.endsWith('/') ? options.scriptBase : `${options.scriptBase}/`}${options.tag}.js`;

/**
 * The origin of an address as a CSP source: `'self'` for a relative one (on the page's own server),
 * the scheme and host for an absolute one; a `{s}`-style placeholder in the host becomes `*`.
 * `undefined` for an empty or unreadable address.
 */
export function cspSource(address: string | undefined): string | undefined {
  const value = address?.trim();
  if (!value) return undefined;
  const absolute = /^(?:([a-z][a-z\d+.-]*):)?\/\/([^/?#]+)/i.exec(value);
  if (!absolute) return /^[a-z][a-z\d+.-]*:/i.test(value) ? undefined : "'self'";
  const [, scheme, authority = ''] = absolute;
  const host = authority
    .split('.')
    .map((label) => (label.includes('{') ? '*' : label))
    .join('.');
  if (!/^[\w*.-]+(:\d+)?$/.test(host)) return undefined;
  return scheme ? `${scheme.toLowerCase()}://${host.toLowerCase()}` : host.toLowerCase();
}

/** The open-data portal's API address: `api-url`, else the preset `portal`'s, else the default. */
export function openDataApi(options: EmbedOptions): string | undefined {
  const apiUrl = attributeValue(options, 'api-url');
  if (typeof apiUrl === 'string' && apiUrl.trim()) return apiUrl;
  const portal = attributeValue(options, 'portal');
  const preset = portals[(typeof portal === 'string' ? portal : 'sachsen') as keyof typeof portals];
  return preset?.baseUrl;
}

/** The servers the widget asks for data (its API, the actor card's data portal). */
export function dataAddresses(options: EmbedOptions): string[] {
  const addresses: string[] = [];
  if (options.tag === 'saxon-dataset-search') addresses.push(openDataApi(options) ?? '');
  else {
    const apiUrl = attributeValue(options, 'api-url');
    if (typeof apiUrl === 'string') addresses.push(apiUrl);
  }
  const cardPortal = attributeValue(options, 'open-data-portal');
  if (typeof cardPortal === 'string') addresses.push(cardPortal);
  return addresses.filter(Boolean);
}

/** The tile service's address template, when the map loads tiles (after the visitor's consent). */
export function tileAddress(options: EmbedOptions): string | undefined {
  const tiles = attributeValue(options, 'tiles');
  return options.tag === 'saxon-actor-map' && typeof tiles === 'string' && tiles.trim()
    ? tiles.trim()
    : undefined;
}
