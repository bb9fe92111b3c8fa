// Entry point `@saxon-ai/sdk/open-data`: the open-data client for CKAN and EntryStore portals.
// The root entry re-exports all of it (`export *`): a name added here is public in both.
export { createOpenDataClient } from './client.js';
export { createCkanClient } from './ckan/client.js';
export { createEntryStoreClient } from './entrystore/client.js';
export { portals } from './portals.js';
export type { PortalName } from './portals.js';
export type {
  CkanRequest,
  EntryStoreRequest,
  OpenDataClient,
  OpenDataClientOptions,
  PortalClient,
  Representation,
} from './adapter.js';
export type {
  Category,
  Dataset,
  DateRange,
  Distribution,
  Facet,
  FacetName,
  SearchFacetName,
  License,
  PortalConfig,
  PortalType,
  Region,
  RegionLevel,
  SearchPage,
  SearchQuery,
  ThemeCode,
} from './model.js';
export {
  THEME_LABELS,
  licenseTitle,
  normalizeFormat,
  normalizeLicenseUri,
  themeLabel,
} from './vocabulary.js';
export { isAgs, regionLabel, REGION_LABELS, SAXON_DISTRICTS } from './regions.js';
export * from '../http/public.js';
