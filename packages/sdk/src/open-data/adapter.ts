import type { ZodMiniType, output } from 'zod/mini';
import type { ValidationIssue } from '../http/errors.js';
import type { Language } from '../http/messages.js';
import { paginate } from '../http/paginate.js';
import {
  createTransport,
  type CallOptions,
  type Transport,
  type TransportOptions,
} from '../http/transport.js';
import { validate, type ValidationMode } from '../http/validation.js';
import type { Dataset, Facet, FacetName, PortalConfig, SearchPage, SearchQuery } from './model.js';
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
}

/** What an adapter needs from the client: HTTP, validation, language and the portal's id. */
export interface AdapterContext {
  transport: Transport;
  portal: PortalConfig & { id: string };
  language: Language;
  /** Fetches JSON and validates it with a schema, honouring the client's validation mode. */
  getValidated<S extends ZodMiniType>(
    schema: S,
    url: string,
    options?: CallOptions,
  ): Promise<output<S>>;
  /** Validates data already fetched (e.g. after unwrapping an envelope), honouring the mode. */
  check<S extends ZodMiniType>(schema: S, data: unknown, url: string): output<S>;
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
  const check: AdapterContext['check'] = (schema, data, url) =>
    validate(schema, data, {
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
    async getValidated(schema, url, call) {
      return check(schema, await transport.getJson(url, call), url);
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

export function requestedFacets(query: SearchQuery): readonly FacetName[] {
  return query.facets ?? FACET_NAMES;
}

/** `searchAll` in terms of `search`, shared by both adapters. */
export function searchAllWith(search: OpenDataClient['search']): OpenDataClient['searchAll'] {
  return (query = {}, call) =>
    paginate(async (offset, limit) => search({ ...query, offset, limit, facets: [] }, call), {
      offset: query.offset,
      limit: pageSize(query.limit, 100),
      signal: call?.signal,
    });
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
  return { publisher: [], theme: [], format: [], license: [], keyword: [] };
}
