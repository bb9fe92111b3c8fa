import { countFacet, type FacetCount } from '../search/facets.js';
import { SearchIndex, UnknownFieldError, type FieldValues } from '../search/index.js';
import { parseQuery, QuerySyntaxError, type QueryNode } from '../search/lucene.js';
import { tokenize } from '../search/text.js';
import type { Catalog, StoreEntry } from './catalog.js';
import { entryStoreSchema, isSortable, solrFields } from './index-fields.js';
import type { SearchRequest, SortClause } from './search-params.js';

/** Whatever Solr rejects (syntax, unknown field in query, facet or sort): one 400 on EntryStore. */
export class WrongParametersError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'WrongParametersError';
  }
}

export interface FacetField {
  name: string;
  valueCount: number;
  values: { name: string; count: number }[];
}

export interface SearchOutcome {
  page: StoreEntry[];
  results: number;
  facetFields: FacetField[];
}

const DEFAULT_SORT: SortClause[] = [
  { field: 'score', descending: true },
  { field: 'modified', descending: true },
];

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** The Solr side of EntryStore's search over the catalogue's entries. */
export class EntrySearch {
  private readonly index: SearchIndex<StoreEntry>;
  private readonly fields = new Map<StoreEntry, FieldValues>();
  private readonly position = new Map<StoreEntry, number>();

  constructor(private readonly catalog: Catalog) {
    catalog.entries.forEach((entry, i) => {
      this.fields.set(entry, solrFields(entry));
      this.position.set(entry, i);
    });
    this.index = new SearchIndex(entryStoreSchema, catalog.entries, (entry) =>
      this.fields.get(entry)!,
    );
  }

  run(request: SearchRequest): SearchOutcome {
    const query = parse(request.query);
    const filters = request.filterQueries.filter((fq) => fq.trim() !== '').map(parse);
    for (const field of request.facetFields) {
      if (!entryStoreSchema.kindOf(field))
        throw new WrongParametersError(`undefined field ${field}`);
    }
    const sort = effectiveSort(request.sort);
    for (const clause of sort) {
      if (!isSortable(clause.field))
        throw new WrongParametersError(`can not sort on ${clause.field}`);
    }

    let hits: StoreEntry[];
    try {
      hits = this.index.filter([query, ...filters]);
    } catch (error) {
      if (error instanceof UnknownFieldError) throw new WrongParametersError(error.message);
      throw error;
    }

    const scores = this.scores(query, hits);
    hits = [...hits].sort((a, b) => this.compare(a, b, sort, scores));
    const page = hits.slice(request.offset, request.offset + request.limit);
    return {
      page,
      // Since ENTRYSTORE-556 the count is forced to 0 whenever the page is empty — also for limit=0.
      results: page.length === 0 ? 0 : hits.length,
      facetFields: request.facetFields.map((field) =>
        this.facet(field, hits, request.facetLimit, request.facetMinCount),
      ),
    };
  }

  /**
   * A crude relevance: how many of the query's positive text terms an entry matches. Pure
   * wildcards (`title.de:*`) and exact-string clauses match every hit alike, so they do not count.
   */
  private scores(query: QueryNode, hits: readonly StoreEntry[]): Map<StoreEntry, number> {
    const scores = new Map(hits.map((hit) => [hit, 0]));
    for (const term of scoringTerms(query)) {
      for (const hit of this.index.filter([term])) {
        const score = scores.get(hit);
        if (score !== undefined) scores.set(hit, score + 1);
      }
    }
    return scores;
  }

  private compare(
    a: StoreEntry,
    b: StoreEntry,
    sort: readonly SortClause[],
    scores: Map<StoreEntry, number>,
  ): number {
    for (const { field, descending } of sort) {
      let order: number;
      if (field === 'score') {
        order = (scores.get(a) ?? 0) - (scores.get(b) ?? 0);
      } else {
        const x = this.fields.get(a)?.[field]?.[0];
        const y = this.fields.get(b)?.[field]?.[0];
        // Entries without a value sort last in both directions (sortMissingLast).
        if (x === undefined || y === undefined) {
          if (x !== y) return x === undefined ? 1 : -1;
          continue;
        }
        order = field.startsWith('title_sort.')
          ? collator.compare(x, y)
          : x < y
            ? -1
            : x > y
              ? 1
              : 0;
      }
      if (order !== 0) return descending ? -order : order;
    }
    // Solr breaks remaining ties by index order.
    return this.position.get(a)! - this.position.get(b)!;
  }

  private facet(
    field: string,
    hits: readonly StoreEntry[],
    limit: number,
    minCount: number,
  ): FacetField {
    const analysed = entryStoreSchema.kindOf(field) === 'text';
    const valuesOf = (entry: StoreEntry) => {
      const values = this.fields.get(entry)?.[field] ?? [];
      return analysed ? values.flatMap(tokenize) : values;
    };
    let counts: FacetCount[] = countFacet(hits, valuesOf, Infinity, Math.max(1, minCount));
    if (minCount <= 0) {
      // facet.mincount=0 also lists the values of the whole index that no hit has.
      const present = new Set(counts.map((c) => c.value));
      const absent = [...new Set(this.catalog.entries.flatMap(valuesOf))]
        .filter((v) => !present.has(v))
        .sort();
      counts = counts.concat(absent.map((value) => ({ value, count: 0 })));
    }
    const values = counts.slice(0, limit).map(({ value, count }) => ({ name: value, count }));
    return { name: field, valueCount: values.length, values };
  }
}

/** No `sort` parameter: EntryStore's default. One without a usable pair: Solr's own (score). */
function effectiveSort(requested: SortClause[] | undefined): SortClause[] {
  if (requested === undefined) return DEFAULT_SORT;
  return requested.length > 0 ? requested : DEFAULT_SORT.slice(0, 1);
}

function parse(query: string): QueryNode {
  try {
    return parseQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) throw new WrongParametersError(error.message);
    throw error;
  }
}

function scoringTerms(node: QueryNode): QueryNode[] {
  switch (node.kind) {
    case 'term': {
      const kind = node.field === undefined ? 'text' : entryStoreSchema.kindOf(node.field);
      return kind === 'text' && !/^[*?]+$/.test(node.value) ? [node] : [];
    }
    case 'and':
    case 'or':
      return node.children.flatMap(scoringTerms);
    default:
      return [];
  }
}
