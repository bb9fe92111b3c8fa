// What a visitor chose (search term, filters, sort, page, open dataset) and how it is written in
// the page URL with `sync-url`.
import type { UrlStateCodec } from '../shared/url-state.js';
import {
  DEFAULT_SORT,
  FACETS,
  isSortOrder,
  type FilterFacet,
  type SortOrder,
} from './attributes.js';
import {
  isActive,
  TIME_FIELDS,
  timeFromParam,
  timeToParam,
  type TimeFilters,
} from './time-filter.js';

/** Selected facet values per facet. A facet without a selection has no key or an empty list. */
export type Filters = Partial<Record<FilterFacet, readonly string[]>>;

/** Everything a visitor chose: what the page URL reflects with `sync-url`. */
export interface SearchState {
  text: string;
  filters: Filters;
  /** Date filters (last change, publication, time covered); none by default. */
  time: TimeFilters;
  sort: SortOrder;
  /** From 1. */
  page: number;
  /** The id of the dataset whose detail is open, if one is. */
  dataset?: string;
}

/** Whether any facet has a selected value or any time filter is set. */
export const hasFilters = (filters: Filters, time: TimeFilters = {}) =>
  Object.values(filters).some((values) => values && values.length > 0) ||
  TIME_FIELDS.some((field) => isActive(time[field]));

/** How many filters are active: facet values plus time filters ("Filter (n)"). */
export const activeFilterCount = (filters: Filters, time: TimeFilters) =>
  Object.values(filters).reduce((n, values) => n + (values?.length ?? 0), 0) +
  TIME_FIELDS.filter((field) => isActive(time[field])).length;

/** `filters` with `value` of `facet` switched on or off. */
export function toggleFilter(
  filters: Filters,
  facet: FilterFacet,
  value: string,
  on: boolean,
): Filters {
  const current = filters[facet] ?? [];
  const next = on
    ? [...current.filter((v) => v !== value), value]
    : current.filter((v) => v !== value);
  return { ...filters, [facet]: next };
}

/** Filters in a canonical form (facets in a fixed order, no empty lists), for comparisons. */
export function normalizeFilters(filters: Filters): Filters {
  const normal: Filters = {};
  for (const facet of FACETS) {
    const values = filters[facet];
    if (values && values.length > 0) normal[facet] = [...values];
  }
  return normal;
}

/**
 * The URL parameter names of one widget: `<namespace>-q`, `<namespace>-theme`, … so that two
 * widgets on one page (each with its own namespace) never read each other's state.
 */
const keys = (namespace: string) => ({
  text: `${namespace}-q`,
  sort: `${namespace}-sort`,
  page: `${namespace}-page`,
  dataset: `${namespace}-dataset`,
  facet: (facet: FilterFacet) => `${namespace}-${facet}`,
  time: (field: string) => `${namespace}-${field}`,
});

/**
 * How a search is written in the page URL with `sync-url` (time filters as `ds-modified=month` or
 * `ds-issued=2024-01-01..2024-06-30`). Defaults are left out (no `page=1`, no
 * `sort=relevance`); what is missing or invalid reads as the default.
 */
export const searchStateCodec: UrlStateCodec<SearchState> = {
  keys(namespace) {
    const k = keys(namespace);
    return [k.text, k.sort, k.page, k.dataset, ...FACETS.map(k.facet), ...TIME_FIELDS.map(k.time)];
  },
  read(params, namespace) {
    const k = keys(namespace);
    const filters: Filters = {};
    for (const facet of FACETS) {
      const values = params.getAll(k.facet(facet)).filter((value) => value !== '');
      if (values.length > 0) filters[facet] = [...new Set(values)];
    }
    const time: TimeFilters = {};
    for (const field of TIME_FIELDS) {
      const filter = timeFromParam(params.get(k.time(field)));
      if (filter) time[field] = filter;
    }
    const sort = params.get(k.sort);
    const page = Number(params.get(k.page));
    const dataset = params.get(k.dataset);
    return {
      text: params.get(k.text) ?? '',
      filters,
      time,
      sort: isSortOrder(sort) ? sort : DEFAULT_SORT,
      page: Number.isInteger(page) && page >= 1 ? page : 1,
      ...(dataset ? { dataset } : {}),
    };
  },
  write(params, namespace, state) {
    const k = keys(namespace);
    if (state.text) params.set(k.text, state.text);
    for (const facet of FACETS) {
      for (const value of state.filters[facet] ?? []) params.append(k.facet(facet), value);
    }
    for (const field of TIME_FIELDS) {
      const filter = state.time[field];
      if (isActive(filter)) params.set(k.time(field), timeToParam(filter));
    }
    if (state.sort !== DEFAULT_SORT) params.set(k.sort, state.sort);
    if (state.page > 1) params.set(k.page, String(state.page));
    if (state.dataset) params.set(k.dataset, state.dataset);
  },
};
