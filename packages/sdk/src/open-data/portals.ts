import type { PortalConfig } from './model.js';

/** Presets of the portals the SDK knows. Any other CKAN or EntryStore portal: `{ type, baseUrl }`. */
export const portals = {
  /** opendata.sachsen.de — the Saxon state portal, EntryScape/EntryStore. */
  sachsen: {
    type: 'entrystore',
    baseUrl: 'https://register.opendata.sachsen.de/store',
    id: 'sachsen',
    title: 'Open Data Sachsen',
  },
  /** GovData — the German federal data portal, CKAN. */
  govdata: { type: 'ckan', baseUrl: 'https://ckan.govdata.de', id: 'govdata', title: 'GovData' },
  /** Open data of the city of Leipzig, CKAN. */
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
