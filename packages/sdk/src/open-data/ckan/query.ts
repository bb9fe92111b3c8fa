import { dayRange, hasRange, instantRange } from '../date-range.js';
import type { DateRange, SearchFacetName, SearchQuery } from '../model.js';
import { isAgs } from '../regions.js';
import { formatVariants, licenseVariants, themeCode, themeGroups } from '../vocabulary.js';

/** Backslash-escapes every character of the Lucene/Solr syntax, so `value` is matched literally. */
export function escapeSolr(value: string): string {
  return value.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, '\\$&');
}

/** A quoted Solr value (`"…"`) with quotes and backslashes escaped. */
function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** CKAN's Solr field for each facet of the model. */
export const CKAN_FACET_FIELDS: Record<SearchFacetName, string> = {
  publisher: 'organization',
  theme: 'groups',
  category: 'groups',
  format: 'res_format',
  license: 'license_id',
  keyword: 'tags',
  // CKAN indexes every extra twice: as `extras_<key>` (analysed text) and, for keys that are no
  // field of its own, as `<key>` (an exact string, through schema.xml's `*` dynamic field). The
  // facet counts the exact values: one JSON list per dataset, split by the client.
  region: 'politicalGeocodingURI',
};

const SORTS = {
  relevance: 'score desc, metadata_modified desc',
  modified: 'metadata_modified desc',
  title: 'title_string asc',
} as const;

function clause(field: string, values: readonly string[] | undefined): string | undefined {
  const list = (values ?? []).filter((value) => value !== '');
  if (list.length === 0) return undefined;
  return `${field}:(${list.map(quoted).join(' OR ')})`;
}

/**
 * Regions by AGS in `extras_politicalGeocodingURI`, which Solr tokenises at `/`, so the key of
 * `…/districtKey/14612` is a token of its own: a Kreis matches its token and its Gemeinden's keys
 * as a prefix (`14612*`: `…/municipalityKey/14612000`, `…/regionalKey/146120000000`); a Gemeinde
 * its key and its Regionalschlüssel (`14612????000`); a Land its 2-digit key.
 */
function regionClause(regions: readonly string[] | undefined): string | undefined {
  const list = [...new Set((regions ?? []).map((value) => value.trim()).filter(Boolean))];
  if (list.length === 0) return undefined;
  const terms = list.flatMap((ags) => {
    if (!isAgs(ags)) throw new TypeError(`Not an AGS (2, 5 or 8 digits): "${ags}"`);
    if (ags.length === 5) return [`${ags}*`];
    if (ags.length === 8) return [ags, `${ags.slice(0, 5)}????${ags.slice(5)}`];
    return [ags];
  });
  return `extras_politicalGeocodingURI:(${terms.join(' OR ')})`;
}

/** A date field of CKAN's own (`metadata_modified`, UTC instants). */
function dateClause(field: string, range: DateRange | undefined): string | undefined {
  return hasRange(range) ? `${field}:${instantRange(range)}` : undefined;
}

/**
 * Temporal coverage overlapping the range, on the `temporal_start`/`temporal_end` extras. CKAN
 * keeps them as the strings the publisher wrote (`2020-01-01`, `2020-01-01T00:00:00+01:00`), so
 * they compare as text: by day, which ISO 8601 text orders correctly. A coverage without an end
 * is open (still running).
 */
function temporalClause(range: DateRange | undefined): string | undefined {
  if (!hasRange(range)) return undefined;
  const { from, before } = dayRange(range);
  const parts = [
    ...(before ? [`temporal_start:[* TO "${before}"}`] : ['temporal_start:[* TO *]']),
    ...(from ? [`(temporal_end:["${from}" TO *] OR (*:* -temporal_end:[* TO *]))`] : []),
  ];
  return parts.join(' AND ');
}

/** The `fq` clauses of a model query (ANDed). */
export function ckanFilterClauses(query: SearchQuery): string[] {
  return [
    clause(
      'groups',
      query.theme?.flatMap((theme) => {
        const code = themeCode(theme);
        return code ? themeGroups(code) : [theme];
      }),
    ),
    clause('groups', query.category),
    clause('organization', query.publisher),
    clause('res_format', query.format?.flatMap(formatVariants)),
    clause('license_id', query.license?.flatMap(licenseVariants)),
    clause('tags', query.keyword),
    regionClause(query.region),
    dateClause('metadata_modified', query.modified),
    dateClause('metadata_created', query.issued),
    temporalClause(query.temporal),
  ].filter((part): part is string => part !== undefined);
}

/** The text of a query as CKAN's `q` takes it (plain words stay plain for dismax ranking). */
export function ckanText(query: SearchQuery): string | undefined {
  const text = query.text?.trim();
  if (!text) return undefined;
  return /^[\p{L}\p{N}\s]+$/u.test(text) ? text : escapeSolr(text);
}

/**
 * `package_search` parameters for a model query. Text goes to `q` with the query syntax escaped
 * (plain words stay plain so CKAN's dismax parser ranks them); filters go to `fq`.
 */
export function ckanSearchParams(
  query: SearchQuery,
  page: { limit: number; offset: number; facets: readonly SearchFacetName[]; facetLimit: number },
): URLSearchParams {
  const params = new URLSearchParams();
  const text = ckanText(query);
  if (text) params.set('q', text);
  const filters = ckanFilterClauses(query);
  if (filters.length) params.set('fq', filters.join(' AND '));
  params.set('sort', SORTS[query.sort ?? 'relevance']);
  params.set('rows', String(page.limit));
  params.set('start', String(page.offset));
  const fields = new Set(page.facets.map((name) => CKAN_FACET_FIELDS[name]));
  params.set('facet.field', JSON.stringify([...fields]));
  params.set('facet.limit', String(page.facetLimit));
  return params;
}

/**
 * CKAN's Atom feed of a search (`/feeds/custom.atom`, ckan/views/feed.py `custom`): its own
 * parameters become `field:"value"` filters, which cannot say "one of several" or a range, so the
 * whole query goes into `q`, which CKAN passes to Solr's standard parser when it has a colon.
 * The feed lists the newest changes first (`metadata_modified desc`).
 */
export function ckanFeedParams(query: SearchQuery): URLSearchParams {
  const text = ckanText(query);
  const filters = ckanFilterClauses(query);
  const params = new URLSearchParams();
  if (filters.length) {
    const textPart = text ? [`text:(${escapeSolr(query.text!.trim())})`] : [];
    params.set('q', [...textPart, ...filters.map((f) => `(${f})`)].join(' AND '));
  } else if (text) {
    params.set('q', text);
  }
  params.set('sort', SORTS.modified);
  return params;
}
