// The EntryStore adapter of the open-data client (opendata.sachsen.de and other EntryScape
// portals). Nothing here imports the CKAN adapter, so a bundle with only this one stays small.
export { createEntryStoreClient } from './client.js';
export type {
  EntryStoreRequest,
  OpenDataClient,
  OpenDataClientOptions,
  PortalClient,
} from '../adapter.js';
