// The attributes of <saxon-dataset-search>: their accepted values, defaults and parsers. A value the
// widget cannot use falls back to its default with a console warning (shared/attributes.ts).
import type { FacetName, PortalType, SearchQuery } from '@saxon-ai/sdk';
import { attributeWarning, isOneOf, type UnusableNumber } from '../shared/attributes.js';

/** How results are ordered; the SDK's `sort`. */
export type SortOrder = NonNullable<SearchQuery['sort']>;

/**
 * A facet the widget can offer: the SDK's facets and `region` (Kreise and Gemeinden by their AGS),
 * which only portals with DCAT-AP.de geocoding answer; where a portal does not, its group stays hidden.
 */
export type FilterFacet = FacetName | 'region';

export const FACETS: readonly FilterFacet[] = [
  'publisher',
  'theme',
  'format',
  'license',
  'keyword',
  'region',
];
export const DEFAULT_FACETS: readonly FilterFacet[] = [
  'publisher',
  'theme',
  'format',
  'license',
  'region',
];
export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'modified', 'title'];
export const DEFAULT_SORT: SortOrder = 'relevance';
/** What `api-type` accepts besides nothing (the type then comes from `portal`). */
export const PORTAL_TYPES: readonly PortalType[] = ['ckan', 'entrystore'];
export const DEFAULT_PAGE_SIZE = 10;
export const DEFAULT_HEADING_LEVEL = 2 as const;

/** A console warning for the webmaster, once per page and message (attributes are read often). */
export const warnOnce = attributeWarning('saxon-dataset-search', { once: true });
const warn = warnOnce;

const isFacet = (value: string): value is FilterFacet => (FACETS as string[]).includes(value);
/** `time` in `facets` offers the time filters (last change, publication, time covered). */
const TIME_GROUP = 'time';
export const isSortOrder = (value: unknown): value is SortOrder => isOneOf(SORT_ORDERS, value);

/**
 * The `facets` attribute: names separated by blanks or commas, in the order to show them. Unknown
 * names are skipped with a warning; without the attribute all but `keyword` are shown (and the time filters, see {@link offersTime}), and an
 * empty attribute shows none.
 */
export function parseFacets(value: string | null | undefined): FilterFacet[] {
  if (value == null) return [...DEFAULT_FACETS];
  const names = value.split(/[\s,]+/).filter(Boolean);
  const unknown = names.filter((name) => !isFacet(name) && name !== TIME_GROUP);
  if (unknown.length > 0) {
    warn(
      `unknown facets ${unknown.join(', ')} in "facets"; known: ${FACETS.join(' ')} ${TIME_GROUP}.`,
    );
  }
  return [...new Set(names.filter(isFacet))];
}

/** Whether `facets` offers the time filters: by default, or when it names `time`. */
export const offersTime = (value: string | null | undefined): boolean =>
  value == null || value.split(/[\s,]+/).includes(TIME_GROUP);

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
