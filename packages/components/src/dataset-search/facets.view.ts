// The facet groups and the chips of the active filters. Loaded with `import()` beside the first
// search (dataset-search.ts starts it when the element first renders, in parallel with the search),
// so that the result list never waits for it: keep every static import of this module out of the
// widget. Its styles and texts travel with it (shared/lazy-part.ts adopts and registers them).
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { FilterFacet } from './attributes.js';
import type { Facet } from '@saxon-ai/sdk';
import type { FacetsView } from './facet-options.js';
import { facetsMessages } from './facets.messages.js';
import { facetsStyles } from './facets.styles.js';
import { focusKey } from './focus-key.js';
import { TIME_FIELDS, isActive } from './time-filter.js';
import { timeFilterText } from './time-labels.js';

export { renderMapBox, renderTimeShell } from './filter-shells.view.js';
export const messages = facetsMessages;
export const styles = facetsStyles;

/** Facet values shown before "Mehr anzeigen". */
export const FACET_PREVIEW = 5;

/** The counted values of one facet, plus any selected value the answer did not count. */
function optionsOf(view: FacetsView, facet: FilterFacet): Facet[] {
  const counted = view.counts[facet] ?? [];
  const missing = (view.filters[facet] ?? [])
    .filter((value) => !counted.some((entry) => entry.value === value))
    .map((value) => ({ value, label: view.labelOf(facet, value), count: 0 }));
  return [...counted, ...missing];
}

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
