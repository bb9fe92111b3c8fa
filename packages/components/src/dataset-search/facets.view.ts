import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Facet } from '@saxon-ai/sdk';
import type { Localizer } from '../shared/i18n/localizer.js';
import type { FilterFacet } from './attributes.js';
import type { Filters } from './search-state.js';
import { TIME_FIELDS, isActive, type TimeField, type TimeFilters } from './time-filter.js';
import { timeFilterText } from './time-labels.js';

/** Facet values shown before "Mehr anzeigen". */
export const FACET_PREVIEW = 5;

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

/** Key for `data-focus-key`, so focus survives re-rendering and re-ordering. */
export const focusKey = (kind: string, ...parts: string[]) =>
  [kind, ...parts.map((part) => encodeURIComponent(part))].join(':');

/** The counted values of one facet, plus any selected value the answer did not count. */
function optionsOf(view: FacetsView, facet: FilterFacet): Facet[] {
  const counted = view.counts[facet] ?? [];
  const missing = (view.filters[facet] ?? [])
    .filter((value) => !counted.some((entry) => entry.value === value))
    .map((value) => ({ value, label: view.labelOf(facet, value), count: 0 }));
  return [...counted, ...missing];
}

/** Whether any facet has a value to offer or a selection to undo. */
export const hasFacetOptions = (view: FacetsView) =>
  view.facets.some((facet) => optionsOf(view, facet).length > 0);

function renderGroup(view: FacetsView, facet: FilterFacet) {
  const { i18n } = view;
  const options = optionsOf(view, facet);
  if (options.length === 0) return nothing;
  const selected = new Set(view.filters[facet] ?? []);
  const expanded = view.expanded.has(facet);
  const shown = expanded
    ? options
    : options.filter((option, index) => index < FACET_PREVIEW || selected.has(option.value));
  const name = i18n.t(`datasetSearchFacet_${facet}`);
  return html`<details class="facet" part="facet" open>
    <summary class="facet-summary" part="facet-summary">
      ${name}${selected.size > 0 ? html` <span class="badge">${i18n.number(selected.size)}</span>` : ''}
    </summary>
    <fieldset class="facet-options">
      <legend class="visually-hidden">${name}</legend>
      <ul class="options">
        ${repeat(
          shown,
          (option) => option.value,
          (option) =>
            html`<li>
              <label class="option" part="facet-option">
                <input
                  type="checkbox"
                  part="facet-checkbox"
                  data-focus-key=${focusKey('facet', facet, option.value)}
                  .checked=${selected.has(option.value)}
                  @change=${(event: Event) =>
                    view.onToggle(facet, option.value, (event.target as HTMLInputElement).checked)}
                />
                <span class="option-label">${option.label}</span>
                <span class="count" aria-hidden="true">${i18n.number(option.count)}</span
                ><span class="visually-hidden"
                  >, ${i18n.t('datasetSearchFacetCount', { count: option.count })}</span
                >
              </label>
            </li>`,
        )}
      </ul>
      ${
        options.length > shown.length || expanded
          ? html`<button
              type="button"
              class="text-button"
              part="facet-more"
              data-focus-key=${focusKey('more', facet)}
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-label=${i18n.t(
                expanded ? 'datasetSearchShowLessIn' : 'datasetSearchShowMoreIn',
                {
                  facet: name,
                },
              )}
              @click=${() => view.onExpand(facet)}
            >
              ${i18n.t(expanded ? 'datasetSearchShowLess' : 'datasetSearchShowMore')}
            </button>`
          : nothing
      }
    </fieldset>
    ${view.extra?.[facet] ?? nothing}
  </details>`;
}

/**
 * The facet groups: one collapsible group of labelled checkboxes with counts per facet, then
 * whatever `after` holds (the time filters).
 */
export function renderFacets(view: FacetsView, after: unknown = nothing) {
  return html`<section
    id="filters"
    class="filters"
    part="filters"
    aria-label=${view.i18n.t('datasetSearchFilters')}
  >
    ${repeat(
      view.facets,
      (facet) => facet,
      (facet) => renderGroup(view, facet),
    )}
    ${after}
  </section>`;
}

/** The active filters as chips that remove themselves, and a button that removes all. */
export function renderActiveFilters(view: FacetsView) {
  const { i18n } = view;
  const chips: { key: string; text: string; remove: (index: number) => void }[] = [
    ...view.facets.flatMap((facet) =>
      (view.filters[facet] ?? []).map((value) => ({
        key: focusKey('chip', facet, value),
        text: `${i18n.t(`datasetSearchFacet_${facet}`)}: ${view.labelOf(facet, value)}`,
        remove: (index: number) => view.onRemove(facet, value, index),
      })),
    ),
    ...TIME_FIELDS.flatMap((field) => {
      const filter = view.time[field];
      return isActive(filter)
        ? [
            {
              key: focusKey('chip', 'time', field),
              text: timeFilterText(i18n, field, filter),
              remove: (index: number) => view.onRemoveTime(field, index),
            },
          ]
        : [];
    }),
  ];
  if (chips.length === 0) return nothing;
  return html`<div class="active-filters" part="active-filters">
    <ul class="chips" aria-label=${i18n.t('datasetSearchActiveFilters')}>
      ${repeat(
        chips,
        ({ key }) => key,
        ({ key, text, remove }, index) => {
          return html`<li>
            <button
              type="button"
              class="chip"
              part="chip"
              data-chip-index=${index}
              data-focus-key=${key}
              aria-label=${i18n.t('datasetSearchRemoveFilter', { filter: text })}
              @click=${() => remove(index)}
            >
              <span class="chip-text">${text}</span><span aria-hidden="true">✕</span>
            </button>
          </li>`;
        },
      )}
    </ul>
    <button type="button" class="text-button" part="clear-filters" @click=${view.onClearAll}>
      ${i18n.t('datasetSearchClearFilters')}
    </button>
  </div>`;
}
