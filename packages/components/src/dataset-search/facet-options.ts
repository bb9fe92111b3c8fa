// What the facet groups offer, decided in the bundle before their view (facets.view.ts, a lazily
// loaded part) is there: whether the filters column shows at all, so that its frame is reserved
// from the first results on.
import type { Facet } from '@saxon-ai/sdk';
import type { Localizer } from '../shared/i18n/localizer.js';
import type { FilterFacet } from './attributes.js';
import type { Filters } from './search-state.js';
import type { TimeField, TimeFilters } from './time-filter.js';

/** What the facet groups and the active-filter chips show and whom they tell. */
export interface FacetsView {
  i18n: Localizer;
  /** The facets to offer, in order. */
  facets: readonly FilterFacet[];
  /** Counts from the latest answer. */
  counts: Partial<Record<FilterFacet, Facet[]>>;
  filters: Filters;
  /** The time filters, shown as chips after the facets'. */
  time: TimeFilters;
  /** What follows a facet's values in its group (the region's map). */
  extra?: Partial<Record<FilterFacet, unknown>>;
  /** Facets whose full list is shown. */
  expanded: ReadonlySet<FilterFacet>;
  labelOf: (facet: FilterFacet, value: string) => string;
  onToggle: (facet: FilterFacet, value: string, on: boolean) => void;
  onExpand: (facet: FilterFacet) => void;
  onRemove: (facet: FilterFacet, value: string, index: number) => void;
  onRemoveTime: (field: TimeField, index: number) => void;
  onClearAll: () => void;
}

/**
 * Whether any facet has a value to offer or a selection to undo (the groups of facets.view.ts list
 * the counted values and every selection).
 */
export const hasFacetOptions = (view: FacetsView) =>
  view.facets.some(
    (facet) => (view.counts[facet]?.length ?? 0) > 0 || (view.filters[facet]?.length ?? 0) > 0,
  );
