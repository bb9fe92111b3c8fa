import { javaParseInt, javaSplit, javaUrlDecode } from './query-string.js';

/**
 * The parameters of `GET /search` as SearchResource reads them (SHAPE.md §1): defaults, clamping,
 * the sort rewriting and the order in which the mandatory parameters are checked.
 */

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 100;
export const DEFAULT_FACET_LIMIT = 100;
export const MAX_FACET_LIMIT = 1000;

export interface SortClause {
  field: string;
  descending: boolean;
}

export interface SearchRequest {
  type: string;
  query: string;
  limit: number;
  offset: number;
  /** `undefined`: no `sort` parameter, so the server's default `score desc, modified desc`. */
  sort: SortClause[] | undefined;
  facetFields: string[];
  facetLimit: number;
  facetMinCount: number;
  filterQueries: string[];
  /**
   * A numeric parameter was not a number: the server sets 400 but goes on with the default and
   * sends a normal result (BaseResource.getOptionalParameterAsInteger).
   */
  badNumber: boolean;
}

export type ParsedSearch = { ok: true; request: SearchRequest } | { ok: false; message: string };

/** `field order` pairs; a pair that is not exactly two space-separated words is ignored. */
function parseSort(value: string): SortClause[] {
  const clauses: SortClause[] = [];
  for (const item of javaSplit(value, ',')) {
    const pair = javaSplit(item, ' ');
    if (pair.length !== 2) continue;
    let field = pair[0]!;
    if (field.startsWith('title.')) field = field.replaceAll('title.', 'title_sort.');
    // An order other than asc/desc falls back to ascending.
    clauses.push({ field, descending: pair[1]!.toLowerCase() === 'desc' });
  }
  return clauses;
}

export function parseSearchParameters(parameters: ReadonlyMap<string, string>): ParsedSearch {
  const type = parameters.get('type');
  if (type === undefined) return { ok: false, message: "Mandatory parameter 'type' is missing" };
  const rawQuery = parameters.get('query');
  if (rawQuery === undefined)
    return { ok: false, message: "Mandatory parameter 'query' is missing" };
  const query = javaUrlDecode(rawQuery);
  if (query.length < 3) return { ok: false, message: 'Query too short' };

  let badNumber = false;
  const integer = (name: string): number | undefined => {
    const raw = parameters.get(name);
    if (raw === undefined) return undefined;
    const n = javaParseInt(javaUrlDecode(raw));
    if (n === undefined) badNumber = true;
    return n;
  };

  let limit = integer('limit') ?? DEFAULT_LIMIT;
  if (limit > MAX_LIMIT) limit = MAX_LIMIT;
  else if (limit < 0) limit = DEFAULT_LIMIT;
  const offset = Math.max(0, integer('offset') ?? 0);
  let facetLimit = integer('facetLimit') ?? DEFAULT_FACET_LIMIT;
  if (facetLimit > MAX_FACET_LIMIT) facetLimit = MAX_FACET_LIMIT;
  else if (facetLimit < 1) facetLimit = DEFAULT_FACET_LIMIT;
  const facetMinCount = integer('facetMinCount') ?? 1;

  const sort = parameters.get('sort');
  const facetFields = parameters.get('facetFields');
  const filterQuery = parameters.get('filterQuery');
  return {
    ok: true,
    request: {
      type: javaUrlDecode(type),
      query,
      limit,
      offset,
      sort: sort === undefined ? undefined : parseSort(javaUrlDecode(sort)),
      facetFields:
        facetFields === undefined
          ? []
          : javaSplit(javaUrlDecode(facetFields), ',').map((f) =>
              f.replaceAll('metadata.predicate.literal.', 'metadata.predicate.literal_s.'),
            ),
      facetLimit,
      facetMinCount,
      // Split first, then decode each: the documented way to put a comma inside one filter (`%2C`).
      filterQueries:
        filterQuery === undefined ? [] : javaSplit(filterQuery, ',').map(javaUrlDecode),
      badNumber,
    },
  };
}
