import type {
  CkanRequest,
  EntryStoreRequest,
  OpenDataClientOptions,
  PortalClient,
} from './adapter.js';
import { createCkanClient } from './ckan/client.js';
import { createEntryStoreClient } from './entrystore/client.js';

/**
 * Creates a client of an open-data portal — a preset or any CKAN or EntryStore portal. Both kinds
 * answer in the same DCAT-AP.de model.
 *
 * ```ts
 * const sachsen = createOpenDataClient(portals.sachsen);
 * const leipzig = createOpenDataClient({ type: 'ckan', baseUrl: 'https://opendata.leipzig.de' });
 * const page = await sachsen.search({ text: 'Verkehr', theme: ['TRAN'], format: ['CSV'] });
 * ```
 *
 * Bundles that need one kind only import `createCkanClient` from `@saxon-ai/sdk/ckan` or
 * `createEntryStoreClient` from `@saxon-ai/sdk/entrystore` and leave the other adapter out.
 */
export function createOpenDataClient(
  options: OpenDataClientOptions & { type: 'ckan' },
): PortalClient<CkanRequest>;
export function createOpenDataClient(
  options: OpenDataClientOptions & { type: 'entrystore' },
): PortalClient<EntryStoreRequest>;
export function createOpenDataClient(options: OpenDataClientOptions): PortalClient;
export function createOpenDataClient(options: OpenDataClientOptions): PortalClient {
  switch (options.type) {
    case 'ckan':
      return createCkanClient(options) as PortalClient;
    case 'entrystore':
      return createEntryStoreClient(options) as PortalClient;
    default:
      throw new TypeError(
        `Unknown portal type "${String((options as { type?: unknown }).type)}": expected "ckan" or "entrystore"`,
      );
  }
}
