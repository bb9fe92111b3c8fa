// "Offene Daten dieses Akteurs": the datasets an actor publishes on the open-data portal the page
// names. Loaded with `import()` when a card opens, so the map's first load does not carry the
// open-data half of the SDK; the portal kind's adapter loads after it, only the one it needs.
import {
  portals,
  type Dataset,
  type Language,
  type PortalConfig,
  type PortalName,
} from '@saxon-ai/sdk';
import { loadOpenDataClient } from '../shared/open-data-clients.js';

/** The map's `open-data-portal`, `open-data-type` and `open-data-url` attributes. */
export interface OpenDataAttributes {
  portal: string;
  type: string;
  url: string;
}

/** What the card lists: the newest datasets of the publisher, and how many it has in all. */
export interface PublisherDatasets {
  total: number;
  items: Dataset[];
  /** The publisher's name as the portal spells it. */
  publisher?: string;
}

/** Datasets shown on the card; the portal has the rest. */
export const CARD_DATASETS = 5;

/**
 * The portal the attributes name — `open-data-url` with `open-data-type` (`ckan`/`entrystore`),
 * else the `open-data-portal` preset (`sachsen`, `govdata`, `leipzig`) — or `undefined` when they
 * name none that can be used. `baseUrl` is an http(s) URL the element already resolved.
 */
export function openDataConfig(
  { portal, type }: OpenDataAttributes,
  baseUrl: string | undefined,
): PortalConfig | undefined {
  const name = portal.trim().toLowerCase();
  const preset = Object.hasOwn(portals, name) ? portals[name as PortalName] : undefined;
  const kind = type.trim().toLowerCase() || preset?.type;
  if (!baseUrl) return preset;
  if (kind !== 'ckan' && kind !== 'entrystore') return undefined;
  return { ...preset, type: kind, baseUrl };
}

/** Names compared as people read them: case, accents' composition and spacing do not count. */
const sameName = (a: string, b: string) => {
  const normal = (s: string) => s.normalize('NFC').toLocaleLowerCase('de').replace(/\s+/g, ' ');
  return normal(a).trim() === normal(b).trim();
};

/**
 * The datasets of the publisher whose name is the actor's. The portal is first asked which
 * publishers have datasets that mention the name (its publisher facet), then for the newest
 * datasets of the one with exactly that name. No such publisher: none (`total` 0).
 */
export async function publisherDatasets(
  config: PortalConfig,
  language: Language,
  actorName: string,
  signal: AbortSignal,
): Promise<PublisherDatasets> {
  const client = await loadOpenDataClient(config, language);
  const probe = await client.search(
    { text: actorName, limit: 1, facets: ['publisher'], facetLimit: 50 },
    { signal },
  );
  const publisher = probe.facets.publisher.find((entry) => sameName(entry.label, actorName));
  if (!publisher) return { total: 0, items: [] };
  const page = await client.search(
    { publisher: [publisher.value], sort: 'modified', limit: CARD_DATASETS, facets: [] },
    { signal },
  );
  return { total: page.total, items: page.items, publisher: publisher.label };
}
