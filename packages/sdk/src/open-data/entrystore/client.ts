import { NotFoundError } from '../../http/errors.js';
import { requestUrl, type RequestOptions, type UrlParams } from '../../http/request.js';
import type { CallOptions } from '../../http/transport.js';
import {
  createAdapterContext,
  pageOffset,
  pageSize,
  requestedFacets,
  searchAllWith,
  type EntryStoreRequest,
  type OpenDataClient,
  type OpenDataClientOptions,
  type PortalClient,
} from '../adapter.js';
import type { Dataset, SearchPage, SearchQuery } from '../model.js';
import { assertNoPortalError, notFound, toPortalError } from './errors.js';
import { FACET_FIELDS, facetPublishers, readFacets } from './facets.js';
import { agentName, linksOf, readHit, toDataset, type Hit } from './parse.js';
import { datasetQuery, identifierQuery, searchUrl, SORT, type SearchParameters } from './query.js';
import { objects } from './rdf.js';
import { LabelCache, resolveResources } from './resolve.js';
import { checkEntry, checkSearchResponse } from '../../generated/checks/entrystore.js';
import { schemaCheck } from '../../http/validation.js';
import type { SearchResponse } from './schemas.js';
import { DCAT_DATASET, P } from './terms.js';

/** `<context>/<entry>`, the id of a dataset without `dcterms:identifier`. */
const ENTRY_ID = /^([^/\s]+)\/([^/\s]+)$/;

/**
 * A client of an EntryStore (EntryScape) portal such as opendata.sachsen.de
 * (`https://register.opendata.sachsen.de/store`). One page of datasets costs one search plus
 * `ceil(n / 20)` look-ups of its `n` distributions, contact points and not yet known publishers,
 * sent in parallel.
 */
export function createEntryStoreClient(
  options: OpenDataClientOptions,
): PortalClient<EntryStoreRequest> {
  const ctx = createAdapterContext(options);
  const { language, portal } = ctx;
  const publishers = new LabelCache();

  async function get(parameters: SearchParameters, call?: CallOptions): Promise<SearchResponse> {
    const url = searchUrl(portal.baseUrl, parameters);
    try {
      const data = await ctx.getValidated(checkSearchResponse, url, call);
      assertNoPortalError(data, url, language);
      return data;
    } catch (error) {
      throw toPortalError(error, language);
    }
  }

  /**
   * Everything a page of hits needs from other entries, in one batch: distributions and contact
   * points of every hit, and the names of publishers (of hits and of the facet) not yet cached.
   */
  async function toDatasets(
    hits: readonly Hit[],
    extraPublishers: readonly string[],
    call?: CallOptions,
  ): Promise<Dataset[]> {
    const links = hits.map(linksOf);
    const unknown = [...links.flatMap((l) => l.publishers), ...extraPublishers].filter(
      (uri) => !publishers.has(uri),
    );
    const resolved = await resolveResources(
      [...links.flatMap((l) => l.resources), ...unknown],
      (query, limit, c) => get({ query, limit }, c),
      call,
    );
    for (const uri of new Set(unknown))
      publishers.set(uri, agentName(resolved.get(uri), uri, language));
    const context = {
      portal: portal.id,
      language,
      resolved,
      publisherName: (uri: string) => publishers.get(uri),
    };
    return hits.map((hit) => toDataset(hit, context));
  }

  async function searchPage(
    query: SearchQuery = {},
    call?: CallOptions,
  ): Promise<{ page: SearchPage; url: string }> {
    // `limit: 0` asks for the count and facets only. It is sent as `limit=1`: EntryStore answers
    // `results: 0` to every request whose page comes out empty (limit=0 included, SHAPE.md §2).
    const countOnly = query.limit === 0;
    const limit = countOnly ? 0 : pageSize(query.limit);
    const offset = pageOffset(query.offset);
    const facets = requestedFacets(query);
    const solr = datasetQuery(query);
    const parameters: SearchParameters = {
      query: solr,
      limit: Math.max(1, limit),
      offset,
      sort: SORT[query.sort ?? 'relevance'],
      facetFields: [...new Set(facets.map((name) => FACET_FIELDS[name]))],
      facetLimit: Math.min(1000, Math.max(1, Math.floor(query.facetLimit ?? 20))),
    };
    const url = searchUrl(portal.baseUrl, parameters);
    const response = await get(parameters, call);
    // Unchecked in `warn` and `off` mode: reading it (and the look-ups it needs) may fail.
    const page = await ctx.build(
      url,
      async (): Promise<SearchPage> => {
        const children = response.resource.children;
        // The same rule for an offset past the end: an empty page says `results: 0` even when
        // there are hits, so the true total comes from a `limit=1` request at offset 0.
        const total =
          children.length === 0 && offset > 0
            ? (await get({ query: solr, limit: 1 }, call)).results
            : response.results;
        const hits = countOnly ? [] : children.flatMap((child) => readHit(child) ?? []);
        const needed = facets.includes('publisher') ? facetPublishers(response) : [];
        return {
          total,
          offset,
          limit,
          items: await toDatasets(hits, needed, call),
          facets: readFacets(response, facets, language, (uri) => publishers.get(uri)),
        };
      },
      { call, data: response },
    );
    return { page, url };
  }

  const search: OpenDataClient['search'] = async (query, call) =>
    (await searchPage(query, call)).page;

  const entryUrl = (contextId: string, entryId: string) =>
    `${portal.baseUrl}/${encodeURIComponent(contextId)}/entry/${encodeURIComponent(entryId)}` +
    `?format=${encodeURIComponent('application/json')}&includeAll=true`;

  /** `GET /{context}/entry/{entry}?format=application/json&includeAll=true`, if it is a dataset. */
  async function byEntry(contextId: string, entryId: string, call?: CallOptions) {
    const url = entryUrl(contextId, entryId);
    const entry = await ctx.getValidated(checkEntry, url, call).catch((error: unknown) => {
      throw toPortalError(error, language);
    });
    return ctx.build(
      url,
      () => {
        const hit = readHit({ ...entry, contextId });
        const isDataset = objects(hit?.graph, hit?.resource ?? '', P.type).some(
          (type) => type.value === DCAT_DATASET,
        );
        return isDataset ? hit : undefined;
      },
      { call, data: entry },
    );
  }

  async function dataset(id: string, call?: CallOptions): Promise<Dataset> {
    const entryId = ENTRY_ID.exec(id);
    if (entryId) {
      // An identifier may itself contain a slash: a missing entry falls back to the search below.
      const hit = await byEntry(entryId[1]!, entryId[2]!, call).catch((error: unknown) => {
        if (error instanceof NotFoundError) return undefined;
        throw error;
      });
      if (hit) {
        return ctx.build(
          entryUrl(entryId[1]!, entryId[2]!),
          async () => (await toDatasets([hit], [], call))[0]!,
          { call },
        );
      }
    }
    const parameters = { query: identifierQuery(id), limit: 1 };
    const url = searchUrl(portal.baseUrl, parameters);
    const response = await get(parameters, call);
    return ctx.build(
      url,
      async () => {
        const hit = response.resource.children.flatMap((child) => readHit(child) ?? [])[0];
        if (!hit) throw notFound(language, url);
        return (await toDatasets([hit], [], call))[0]!;
      },
      { call, data: response },
    );
  }

  /** The entry of a dataset: its `entry`, else an id or resource URI of the form `context/entry`. */
  function entryOf(dataset: Dataset): { context: string; id: string } | undefined {
    if (dataset.entry) return dataset.entry;
    const fromId = ENTRY_ID.exec(dataset.id ?? '');
    if (fromId) return { context: fromId[1]!, id: fromId[2]! };
    const prefix = `${portal.baseUrl}/`;
    const local = dataset.uri?.startsWith(prefix)
      ? /^([^/\s]+)\/resource\/([^/\s?#]+)$/.exec(dataset.uri.slice(prefix.length))
      : null;
    return local ? { context: local[1]!, id: local[2]! } : undefined;
  }

  const path = (entry: { context: string; id: string }, kind: 'entry' | 'metadata') =>
    `${portal.baseUrl}/${encodeURIComponent(entry.context)}/${kind}/${encodeURIComponent(entry.id)}`;

  const request = async (route: string, params?: UrlParams, call?: RequestOptions) => {
    const url = requestUrl(portal.baseUrl, route, params);
    try {
      const data = await ctx.transport.getJson(url, call);
      assertNoPortalError(data, url, language);
      return call?.schema ? await ctx.check(schemaCheck(call.schema), data, url) : data;
    } catch (error) {
      throw toPortalError(error, language);
    }
  };

  return {
    portal,
    request: request as EntryStoreRequest,
    search,
    dataset,
    searchAll: searchAllWith(searchPage, language),
    datasetApiUrl(data) {
      const entry = entryOf(data);
      return entry && entryUrl(entry.context, entry.id);
    },
    representations(data) {
      const entry = entryOf(data);
      if (!entry) return [];
      // EntryStore serialises metadata in the format named by `format` (EntryStore's
      // AbstractMetadataResource; RDF/XML when absent).
      const url = (mediaType: string) =>
        `${path(entry, 'metadata')}?format=${encodeURIComponent(mediaType)}`;
      return [
        { format: 'RDF/XML', mediaType: 'application/rdf+xml', url: url('application/rdf+xml') },
        { format: 'Turtle', mediaType: 'text/turtle', url: url('text/turtle') },
        { format: 'JSON-LD', mediaType: 'application/ld+json', url: url('application/ld+json') },
      ];
    },
    // EntryStore has no feeds of searches.
    feedUrl: () => undefined,
  };
}
