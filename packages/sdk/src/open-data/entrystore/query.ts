import { hasRange, instantRange } from '../date-range.js';
import type { DateRange, SearchQuery } from '../model.js';
import { GEOCODING_BASE, isAgs } from '../regions.js';
import { licenseVariants, themeCode, THEME_URI } from '../vocabulary.js';
import { escapeTerm, quotePhrase, searchWords } from './escape.js';
import { DCAT_DATASET, FIELD } from './terms.js';

/** Public datasets only: what the portal itself lists. */
const DATASETS = `public:true AND rdfType:${escapeTerm(DCAT_DATASET)}`;

/** Fields a search word is matched against: titles in any language or none, descriptions, keywords. */
const TEXT_FIELDS = ['title', 'description', 'tag.literal'] as const;

/**
 * One clause per word, ANDed: `(title:w* OR description:w* OR tag.literal:w*)`. The general
 * `title` field holds titles of every language *and* untagged ones (`title.de` misses harvested
 * records). Empty or punctuation-only text → undefined.
 */
export function textClause(text: string | undefined): string | undefined {
  const words = searchWords(text ?? '');
  if (words.length === 0) return undefined;
  return words
    .map((word) => `(${TEXT_FIELDS.map((f) => `${f}:${escapeTerm(word)}*`).join(' OR ')})`)
    .join(' AND ');
}

function anyOf(field: string, terms: readonly string[]): string | undefined {
  const unique = [...new Set(terms)];
  return unique.length === 0 ? undefined : `${field}:(${unique.join(' OR ')})`;
}

const nonEmpty = (values: readonly string[] | undefined) =>
  (values ?? []).map((v) => v.trim()).filter((v) => v !== '');

/** A theme code (`TRAN`) becomes the EU theme URI; another URI is taken as it is. */
function themeUri(value: string): string {
  const code = themeCode(value);
  return code ? THEME_URI + code : value;
}

/**
 * Regions by AGS on the geocoding and `dcterms:spatial` URIs (exact strings; a Kreis also by its
 * Gemeinden's keys as a prefix, a Gemeinde by its Regionalschlüssel with any Verband digits).
 */
function regionClause(regions: readonly string[] | undefined): string | undefined {
  const terms = nonEmpty(regions).flatMap((ags) => {
    if (!isAgs(ags)) throw new TypeError(`Not an AGS (2, 5 or 8 digits): "${ags}"`);
    const uri = (key: string, code: string) => escapeTerm(`${GEOCODING_BASE}${key}/${code}`);
    if (ags.length === 2) return [uri('stateKey', ags)];
    if (ags.length === 5)
      return [
        uri('districtKey', ags),
        `${uri('municipalityKey', ags)}*`,
        `${uri('regionalKey', ags)}*`,
      ];
    return [
      uri('municipalityKey', ags),
      `${uri('regionalKey', ags.slice(0, 5))}????${ags.slice(5)}`,
    ];
  });
  if (terms.length === 0) return undefined;
  const list = [...new Set(terms)].join(' OR ');
  return `(${FIELD.geocoding}:(${list}) OR ${FIELD.spatial}:(${list}))`;
}

/**
 * A date range on a typed metadata literal. With `fallback`, entries whose metadata has no such
 * date are judged by that field instead (the entry's own date, as `Dataset.modified` does).
 */
function dateClause(field: string, range: DateRange | undefined, fallback?: string) {
  if (!hasRange(range)) return undefined;
  const solr = instantRange(range);
  if (!fallback) return `${field}:${solr}`;
  return `(${field}:${solr} OR (${fallback}:${solr} AND -${field}:[* TO *]))`;
}

/**
 * Temporal coverage overlapping the range: a start (DCAT 2's `dcat:startDate` or the
 * `schema:startDate` DCAT-AP.de used before) before the range ends, and an end after it starts or
 * no end (still running). Dates without a zone are indexed as UTC midnight.
 */
function temporalClause(range: DateRange | undefined): string | undefined {
  if (!hasRange(range)) return undefined;
  const { from, to } = range;
  const starts = `(${FIELD.startDate}:[* TO *] OR ${FIELD.schemaStartDate}:[* TO *])`;
  const parts: string[] = [];
  if (to?.trim()) {
    const before = instantRange({ to: to.trim() });
    parts.push(`(${FIELD.startDate}:${before} OR ${FIELD.schemaStartDate}:${before})`);
  } else parts.push(starts);
  if (from?.trim()) {
    const after = instantRange({ from: from.trim() });
    const ends = `${FIELD.endDate}:[* TO *] OR ${FIELD.schemaEndDate}:[* TO *]`;
    parts.push(
      `(${FIELD.endDate}:${after} OR ${FIELD.schemaEndDate}:${after} OR (*:* -(${ends})))`,
    );
  }
  return parts.join(' AND ');
}

/** The filter clauses of a query: values of one filter ORed, the filters ANDed by the caller. */
export function filterClauses(query: SearchQuery): string[] {
  const licenses = nonEmpty(query.license).flatMap(licenseVariants);
  return [
    anyOf(
      FIELD.theme,
      nonEmpty(query.theme).map((v) => escapeTerm(themeUri(v))),
    ),
    anyOf(FIELD.theme, nonEmpty(query.category).map(escapeTerm)),
    anyOf(FIELD.publisher, nonEmpty(query.publisher).map(escapeTerm)),
    anyOf(FIELD.format, nonEmpty(query.format).map(quotePhrase)),
    anyOf(FIELD.license, licenses.map(escapeTerm)),
    anyOf(FIELD.keyword, nonEmpty(query.keyword).map(quotePhrase)),
    regionClause(query.region),
    dateClause(FIELD.modified, query.modified, FIELD.entryModified),
    dateClause(FIELD.issued, query.issued),
    temporalClause(query.temporal),
  ].filter((clause) => clause !== undefined);
}

/** The whole Solr query of a dataset search; every filter goes here, none into `filterQuery`. */
export function datasetQuery(query: SearchQuery): string {
  const text = textClause(query.text);
  return [DATASETS, ...(text ? [text] : []), ...filterClauses(query)].join(' AND ');
}

/** The dataset whose `dcterms:identifier` is `id`. */
export function identifierQuery(id: string): string {
  return `${DATASETS} AND ${FIELD.identifier}:${quotePhrase(id)}`;
}

/** Public entries describing any of these resources (distributions, publishers, contact points). */
export function resourceQuery(uris: readonly string[]): string {
  return `public:true AND resource:(${uris.map(escapeTerm).join(' OR ')})`;
}

export const SORT: Record<NonNullable<SearchQuery['sort']>, readonly string[] | undefined> = {
  // No `sort`: the server's default `score desc, modified desc`.
  relevance: undefined,
  modified: ['modified desc'],
  // The portal's own title order: German titles A–Z, then untagged ones A–Z (Solr sorts missing
  // values last, so the two runs do not interleave).
  title: ['title.de asc', 'title.nolang asc'],
};

export interface SearchParameters {
  query: string;
  limit: number;
  offset?: number;
  sort?: readonly string[] | undefined;
  facetFields?: readonly string[];
  facetLimit?: number;
}

/**
 * `{base}/search?type=solr&query=…`. EntryStore reads the raw query string itself (SHAPE.md §1):
 * it splits on `&` and `=` and then URL-decodes each value once, so every value is sent through
 * `encodeURIComponent` (`+` as `%2B`, `=` as `%3D` …). List parameters (`sort`, `facetFields`)
 * are split on `,`: their items are encoded one by one and joined with a literal comma.
 */
export function searchUrl(baseUrl: string, parameters: SearchParameters): string {
  const list = (items: readonly string[]) => items.map(encodeURIComponent).join(',');
  const pairs: [string, string][] = [
    ['type', 'solr'],
    ['query', encodeURIComponent(parameters.query)],
    ['limit', String(parameters.limit)],
    ['offset', String(parameters.offset ?? 0)],
  ];
  if (parameters.sort?.length) pairs.push(['sort', list(parameters.sort)]);
  if (parameters.facetFields?.length) {
    pairs.push(['facetFields', list(parameters.facetFields)]);
    pairs.push(['facetLimit', String(parameters.facetLimit ?? 20)]);
  }
  return `${baseUrl}/search?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}`;
}
