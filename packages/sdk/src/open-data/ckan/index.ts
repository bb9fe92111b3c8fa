// Entry point `@saxon-ai/sdk/ckan`: the CKAN adapter alone (no EntryStore code).
export { createCkanClient } from './client.js';
export { parseCkanPackage, extraValues } from './parse.js';
export { unwrapCkanEnvelope } from './envelope.js';
export type {
  CkanRequest,
  OpenDataClient,
  OpenDataClientOptions,
  PortalClient,
} from '../adapter.js';
export type {
  Category,
  Dataset,
  Distribution,
  Facet,
  FacetName,
  SearchFacetName,
  License,
  PortalConfig,
  SearchPage,
  SearchQuery,
  ThemeCode,
} from '../model.js';
