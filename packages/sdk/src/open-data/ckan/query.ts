import type { SearchFacetName, SearchQuery } from '../model.js';
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
 * `package_search` parameters for a model query. Text goes to `q` with the query syntax escaped
 * (plain words stay plain so CKAN's dismax parser ranks them); filters go to `fq`.
 */
export function ckanSearchParams(
  query: SearchQuery,
  page: { limit: number; offset: number; facets: readonly SearchFacetName[]; facetLimit: number },
): URLSearchParams {
  const params = new URLSearchParams();
  const text = query.text?.trim();
  if (text) params.set('q', /^[\p{L}\p{N}\s]+$/u.test(text) ? text : escapeSolr(text));
  const filters = [
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
  ].filter((part): part is string => part !== undefined);
  if (filters.length) params.set('fq', filters.join(' AND '));
  params.set('sort', SORTS[query.sort ?? 'relevance']);
  params.set('rows', String(page.limit));
  params.set('start', String(page.offset));
  const fields = new Set(page.facets.map((name) => CKAN_FACET_FIELDS[name]));
  params.set('facet.field', JSON.stringify([...fields]));
  params.set('facet.limit', String(page.facetLimit));
  return params;
}
