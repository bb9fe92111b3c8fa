// What stays in the bundle around the lazily loaded parts (shared/lazy-part.ts): the facets' frame
// while they load, the detail's back button and its frame while the detail view loads, and the
// loading and error line of the parts that load inside those. The time group's disclosure and the
// region group's map button load with the facets (filter-shells.view.ts), the "Für Fachleute"
// disclosure with the detail (expert-shell.view.ts).
import { html } from 'lit';
import type { Localizer } from '../shared/i18n/localizer.js';
import type { LazyPart } from '../shared/lazy-part.js';

/** "Karte wird geladen …" while `part` loads, the error line when it failed, else `content()`. */
export function whenLoaded<T extends object>(
  i18n: Localizer,
  part: LazyPart<T>,
  content: (module: T) => unknown,
) {
  if (part.module) return content(part.module);
  return part.failed
    ? html`<p class="region-map-status" role="alert">${i18n.t('datasetSearchLoadError')}</p>`
    : html`<p class="region-map-status">${i18n.t('datasetSearchLoading')}</p>`;
}

/** "Zurück zur Trefferliste". */
export const renderBackButton = (i18n: Localizer, onClose: () => void) =>
  html`<button type="button" class="text-button back" part="back-button" @click=${onClose}>
    <span aria-hidden="true">←</span> ${i18n.t('datasetSearchBack')}
  </button>`;

/**
 * Placeholder bars (`lines` of them) while `part` loads; when it could not be loaded, why
 * (`message`) and "Erneut versuchen", which calls `onRetry`. `parts` names the error and its button.
 */
function barsOrRetry<T extends object>(
  i18n: Localizer,
  part: LazyPart<T>,
  lines: number,
  message: 'datasetSearchDetailLoadError' | 'datasetSearchFiltersLoadError',
  [errorPart, retryPart]: readonly [string, string],
  onRetry: () => void,
) {
  return part.failed
    ? html`<div role="alert" part=${errorPart}>
        <p>${i18n.t(message)}</p>
        <button type="button" class="button" part=${retryPart} @click=${onRetry}>
          ${i18n.t('retry')}
        </button>
      </div>`
    : html`<saxon-skeleton part="skeleton" lines=${lines}></saxon-skeleton>`;
}

/**
 * An opened dataset while the detail view's code loads (placeholder bars), or when it could not be
 * loaded (why, and "Erneut versuchen"); the back button works in both.
 */
export function renderDetailPending<T extends object>(
  i18n: Localizer,
  part: LazyPart<T>,
  onClose: () => void,
) {
  return html`<div class="detail">
    ${renderBackButton(i18n, onClose)}
    ${barsOrRetry(i18n, part, 8, 'datasetSearchDetailLoadError', ['error', 'retry-button'], () => void part.retry())}
  </div>`;
}

/**
 * The filters column's frame: placeholder bars in the place the facet groups will take while the
 * first answer or the facets' code loads (so that the results beside them do not move), or, when
 * that code could not be loaded, why and "Erneut versuchen" (`onRetry`). The results never wait
 * for it.
 */
export function renderFacetsPending<T extends object>(
  i18n: Localizer,
  part: LazyPart<T>,
  onRetry: () => void,
) {
  return html`<div class="filters" id="filters" aria-busy=${part.failed ? 'false' : 'true'}>
    ${barsOrRetry(i18n, part, 6, 'datasetSearchFiltersLoadError', ['filters-error', 'filters-retry'], onRetry)}
  </div>`;
}
