import type { PortalConfig } from './model.js';

/**
 * Presets of the portals the SDK knows. Any other CKAN or EntryStore portal: `{ type, baseUrl }`.
 * Each base URL says where it was confirmed; the SDK appends `/api/3/action/…` (CKAN) or
 * `/search`, `/{context}/entry/{id}` (EntryStore).
 */
export const portals = {
  /**
   * opendata.sachsen.de — the Saxon state portal, EntryScape/EntryStore. The portal publishes no
   * API page of its own (opendata.sachsen.de/informationen-4279.html names none); the store URL is
   * the one the portal's search page queries, recorded in test/fixtures/entrystore/SHAPE.md.
   */
  sachsen: {
    type: 'entrystore',
    baseUrl: 'https://register.opendata.sachsen.de/store',
    id: 'sachsen',
    title: 'Open Data Sachsen',
  },
  /**
   * GovData — the German federal data portal, CKAN. Confirmed by GovData's own page
   * "Schnittstellen" (https://www.govdata.de/de/web/guest/schnittstellen): "CKAN API (Endpunkt
   * https://www.govdata.de/ckan/api)", i.e. actions under `https://www.govdata.de/ckan/api/3/action`.
   */
  govdata: {
    type: 'ckan',
    baseUrl: 'https://www.govdata.de/ckan',
    id: 'govdata',
    title: 'GovData',
  },
  /**
   * Open data of the city of Leipzig, CKAN at the portal's own host. Not confirmed by a page of the
   * portal: no API documentation of opendata.leipzig.de was found; CKAN's default layout
   * (`/api/3/action`) is assumed.
   */
  leipzig: {
    type: 'ckan',
    baseUrl: 'https://opendata.leipzig.de',
    id: 'leipzig',
    title: 'Open Data Leipzig',
  },
} as const satisfies Record<string, PortalConfig>;

export type PortalName = keyof typeof portals;

/** The id a portal's datasets carry in `Dataset.portal`. */
export function portalId(config: PortalConfig): string {
  if (config.id) return config.id;
  try {
    return new URL(config.baseUrl).host;
  } catch {
    return config.baseUrl;
  }
}
