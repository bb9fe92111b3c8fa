import type { AnswerCheck } from '../http/answer-check.js';
import type { ValidationIssue } from '../http/errors.js';
import type { Language } from '../http/messages.js';
import type { GetRequest } from '../http/request.js';
import type { paths as CkanPaths } from '../generated/ckan-action.js';
import type { paths as EntryStorePaths } from '../generated/entrystore-search.js';
import { checkPage, paginate } from '../http/paginate.js';
import {
  createTransport,
  type CallOptions,
  type Transport,
  type TransportOptions,
} from '../http/transport.js';
import { buildFromResponse, validateAnswer, type ValidationMode } from '../http/validation.js';
import type {
  Dataset,
  Facet,
  SearchFacetName,
  PortalConfig,
  SearchPage,
  SearchQuery,
} from './model.js';
import { FACET_NAMES } from './model.js';
import { portalId } from './portals.js';

/** Options of `createOpenDataClient` (and of the single-portal factories): the portal plus HTTP options. */
export interface OpenDataClientOptions extends PortalConfig, Omit<TransportOptions, 'baseUrl'> {
  /** What to do when an answer breaks what the model needs. Default `error`. */
  validate?: ValidationMode;
  /** Receives validation issues in `warn` mode. Default: `console.warn`. */
  onValidationWarning?: (message: string, issues: ValidationIssue[]) => void;
}

/** A client of one open-data portal; CKAN and EntryStore portals answer through the same model. */
export interface OpenDataClient {
  /** The portal this client talks to, with its resolved id. */
  readonly portal: PortalConfig & { id: string };
  /** One page of datasets with facet counts. */
  search(query?: SearchQuery, options?: CallOptions): Promise<SearchPage>;
  /** One dataset by id (as `Dataset.id`); rejects with `NotFoundError` when there is none. */
  dataset(id: string, options?: CallOptions): Promise<Dataset>;
  /** Every matching dataset, fetched page by page (`limit` a page, default 100) as you iterate. */
  searchAll(query?: SearchQuery, options?: CallOptions): AsyncGenerator<Dataset, void, undefined>;
  /**
   * The dataset's machine-readable record on its portal: CKAN `package_show`, EntryStore the
   * entry as JSON. Undefined when the dataset does not say where it lives.
   */
  datasetApiUrl(dataset: Dataset): string | undefined;
  /**
   * The dataset's DCAT metadata as RDF/XML, Turtle and JSON-LD: CKAN with ckanext-dcat
   * (`/dataset/{id}.rdf|.ttl|.jsonld`), EntryStore its metadata resource with `format`. Empty when
   * the portal cannot be asked for them.
   */
  representations(dataset: Dataset): Representation[];
  /**
   * The search as an Atom feed where the portal has one (CKAN's `/feeds/custom.atom`); undefined
   * where it has none (EntryStore) or the feed cannot express the query.
   */
  feedUrl(query?: SearchQuery): string | undefined;
}

/** `request()` of a CKAN portal: any Action API GET of the contract; answers the `result`. */
export type CkanRequest = GetRequest<CkanPaths, 'ckan'>;
/** `request()` of an EntryStore portal: `/search`, `/{context}/entry/{entry}`, … */
export type EntryStoreRequest = GetRequest<EntryStorePaths>;

/**
 * An open-data client with the escape hatch for endpoints it has no method for, typed from the
 * portal API's OpenAPI `paths`: `request('/api/3/action/organization_show', { query: { id } })`.
 * It goes through the client's retries, sharing, cache and errors (a CKAN error envelope or an
 * EntryStore error answer becomes a `PortalError`); `options.schema` checks the answer in the
 * client's `validate` mode. `createOpenDataClient` types it for both kinds of portal unless the
 * options' `type` is a literal.
 */
export interface PortalClient<Request = CkanRequest & EntryStoreRequest> extends OpenDataClient {
  request: Request;
}

/** One serialisation of a dataset's DCAT metadata on its portal. */
export interface Representation {
  format: 'RDF/XML' | 'Turtle' | 'JSON-LD';
  mediaType: string;
  url: string;
}

/** What an adapter needs from the client: HTTP, validation, language and the portal's id. */
export interface AdapterContext {
  transport: Transport;
  portal: PortalConfig & { id: string };
  language: Language;
  /**
   * Fetches JSON and validates it with a generated check (zod loaded only for the issues of a
   * malformed answer), honouring the client's validation mode.
   */
  getValidated<T>(answer: AnswerCheck<T>, url: string, options?: CallOptions): Promise<T>;
  /** Validates data already fetched (e.g. after unwrapping an envelope), honouring the mode. */
  check<T>(answer: AnswerCheck<T>, data: unknown, url: string): Promise<T>;
  /**
   * Maps an answer from `url` into the model. In `warn` and `off` mode the answer is unchecked: a
   * failure while mapping it becomes a `ResponseValidationError` naming `url`; `SaxonError`s of
   * further requests and aborts pass through. Wrap only the steps that read server data.
   */
  build<T>(
    url: string,
    build: () => T | Promise<T>,
    options?: { call?: CallOptions | undefined; data?: unknown },
  ): Promise<T>;
}

export function createAdapterContext(options: OpenDataClientOptions): AdapterContext {
  const {
    type,
    baseUrl,
    id: _id,
    title,
    validate: mode = 'error',
    onValidationWarning,
    ...http
  } = options;
  const portal = {
    type,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    id: portalId(options),
    ...(title ? { title } : {}),
  };
  const transport = createTransport({ ...http, baseUrl: portal.baseUrl });
  const check: AdapterContext['check'] = (answer, data, url) =>
    validateAnswer(answer, data, {
      mode,
      url,
      language: transport.language,
      ...(onValidationWarning ? { warn: onValidationWarning } : {}),
    });
  return {
    transport,
    portal,
    language: transport.language,
    check,
    build: (url, build, { call, ...data } = {}) =>
      buildFromResponse(
        { url, language: transport.language, signal: call?.signal, ...data },
        build,
      ),
    async getValidated(answer, url, call) {
      return check(answer, await transport.getJson(url, call), url);
    },
  };
}

/** Page size within what every portal accepts (EntryStore clamps at 100). */
export function pageSize(limit: number | undefined, fallback = 20): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(100, Math.max(1, Math.floor(limit)));
}

export function pageOffset(offset: number | undefined): number {
  return offset === undefined || !Number.isFinite(offset) ? 0 : Math.max(0, Math.floor(offset));
}

export function requestedFacets(query: SearchQuery): readonly SearchFacetName[] {
  return query.facets ?? FACET_NAMES;
}

/** An adapter's `search` that also tells the URL of the page's request. */
export type PageSearch = (
  query: SearchQuery,
  options?: CallOptions,
) => Promise<{ page: SearchPage; url: string }>;

/**
 * `searchAll` in terms of `search`, shared by both adapters. A page whose `total` is no number
 * (possible with `validate: 'warn'` or `'off'`) ends it with a `ResponseValidationError`: the
 * paging could not tell where the list ends.
 */
export function searchAllWith(search: PageSearch, language: Language): OpenDataClient['searchAll'] {
  return (query = {}, call) =>
    paginate(
      async (offset, limit) => {
        const { page, url } = await search({ ...query, offset, limit, facets: [] }, call);
        return checkPage<Dataset>(page, { url, language });
      },
      { offset: query.offset, limit: pageSize(query.limit, 100), signal: call?.signal },
    );
}

/**
 * Facet entries that normalise to the same value (two spellings of one licence) become one entry
 * with the counts added; most frequent first, then by label.
 */
export function mergeFacets(entries: readonly Facet[]): Facet[] {
  const merged = new Map<string, Facet>();
  for (const entry of entries) {
    const seen = merged.get(entry.value);
    merged.set(entry.value, seen ? { ...seen, count: seen.count + entry.count } : { ...entry });
  }
  return [...merged.values()].sort(
    (a, b) => b.count - a.count || a.label.localeCompare(b.label, 'de'),
  );
}

/** Empty facet lists for the facets not asked for, so `page.facets.x` always exists. */
export function emptyFacets(): SearchPage['facets'] {
  return {
    publisher: [],
    theme: [],
    category: [],
    format: [],
    license: [],
    keyword: [],
    region: [],
  };
}
