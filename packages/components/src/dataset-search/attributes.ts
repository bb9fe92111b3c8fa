// The attributes of <saxon-dataset-search>: their accepted values, defaults and parsers. A value the
// widget cannot use falls back to its default with a console warning (shared/attributes.ts).
import type { FacetName, PortalType, SearchQuery } from '@saxon-ai/sdk';
import { attributeWarning, isOneOf, type UnusableNumber } from '../shared/attributes.js';

/** How results are ordered; the SDK's `sort`. */
export type SortOrder = NonNullable<SearchQuery['sort']>;

export const FACETS: readonly FacetName[] = ['publisher', 'theme', 'format', 'license', 'keyword'];
export const DEFAULT_FACETS: readonly FacetName[] = ['publisher', 'theme', 'format', 'license'];
export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'modified', 'title'];
export const DEFAULT_SORT: SortOrder = 'relevance';
/** What `api-type` accepts besides nothing (the type then comes from `portal`). */
export const PORTAL_TYPES: readonly PortalType[] = ['ckan', 'entrystore'];
export const DEFAULT_PAGE_SIZE = 10;
export const DEFAULT_HEADING_LEVEL = 2 as const;

/** A console warning for the webmaster, once per page and message (attributes are read often). */
export const warnOnce = attributeWarning('saxon-dataset-search', { once: true });
const warn = warnOnce;

const isFacet = (value: string): value is FacetName => (FACETS as string[]).includes(value);
export const isSortOrder = (value: unknown): value is SortOrder => isOneOf(SORT_ORDERS, value);

/**
 * The `facets` attribute: names separated by blanks or commas, in the order to show them. Unknown
 * names are skipped with a warning; without the attribute the first four facets are shown, and an
 * empty attribute shows none.
 */
export function parseFacets(value: string | null | undefined): FacetName[] {
  if (value == null) return [...DEFAULT_FACETS];
  const names = value.split(/[\s,]+/).filter(Boolean);
  const unknown = names.filter((name) => !isFacet(name));
  if (unknown.length > 0) {
    warn(`unknown facets ${unknown.join(', ')} in "facets"; known: ${FACETS.join(' ')}.`);
  }
  return [...new Set(names.filter(isFacet))];
}

/** The `sort` attribute, `relevance` when it is missing or unknown (with a warning). */
export function parseSort(value: string | null | undefined): SortOrder {
  if (value == null || value === '') return DEFAULT_SORT;
  if (isSortOrder(value)) return value;
  warn(`unknown sort "${value}"; using "${DEFAULT_SORT}" (known: ${SORT_ORDERS.join(', ')}).`);
  return DEFAULT_SORT;
}

/** The warning about a number attribute the widget cannot use (`page-size`, `heading-level`). */
export const unusableNumber =
  (name: string) =>
  ({ value, min, max, fallback }: UnusableNumber) =>
    warn(
      `"${name}" must be a whole number from ${min} to ${max}, not "${String(value)}"; using ${fallback}.`,
    );
