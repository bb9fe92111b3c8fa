// What stays in the bundle around the lazily loaded parts (lazy-part.ts): the time group's
// disclosure, the region group's map button, the detail's back button and its frame while the
// detail view loads, and the "Für Fachleute" disclosure, with their loading and error lines.
import { html, nothing } from 'lit';
import type { Localizer } from '../shared/i18n/localizer.js';
import { focusKey } from './facets.view.js';
import type { LazyPart } from './lazy-part.js';
import { isActive, type TimeField, type TimeFilters } from './time-filter.js';

/** "Karte wird geladen …" while `part` loads, the error line when it failed, else `content()`. */
function whenLoaded<T extends object>(
  i18n: Localizer,
  part: LazyPart<T>,
  content: (module: T) => unknown,
) {
  if (part.module) return content(part.module);
  return part.failed
    ? html`<p class="region-map-status" role="alert">${i18n.t('datasetSearchLoadError')}</p>`
    : html`<p class="region-map-status">${i18n.t('datasetSearchLoading')}</p>`;
}

/** "Auf der Karte wählen" and, once opened, the Kreis map. */
export function renderMapBox<T extends object>(
  i18n: Localizer,
  open: boolean,
  part: LazyPart<T>,
  onToggle: () => void,
  content: (module: T) => unknown,
) {
  return html`<div class="region-map-box">
    <button
      type="button"
      class="text-button"
      part="region-map-toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="region-map-panel"
      data-focus-key=${focusKey('region-map-toggle')}
      @click=${onToggle}
    >
      ${i18n.t(open ? 'datasetSearchMapHide' : 'datasetSearchMapShow')}
    </button>
    <div id="region-map-panel" ?hidden=${!open}>
      ${open ? whenLoaded(i18n, part, content) : nothing}
    </div>
  </div>`;
}

/**
 * "Für Fachleute: API, Metadaten, Feed": a `<details>` whose content loads when it is first opened,
 * and the live region that reads out a copy's outcome.
 */
export function renderExpertShell<T extends object>(
  i18n: Localizer,
  part: LazyPart<T>,
  copyStatus: string,
  content: (module: T) => unknown,
) {
  const onToggle = (event: Event) => {
    if ((event.currentTarget as HTMLDetailsElement).open) void part.retry();
  };
  return html`<details class="expert" part="expert-panel" @toggle=${onToggle}>
    <summary class="expert-summary" part="expert-summary">${i18n.t('datasetSearchExpert')}</summary>
    ${part.module || part.failed ? whenLoaded(i18n, part, content) : nothing}
    <p class="visually-hidden" role="status" part="copy-status">${copyStatus}</p>
  </details>`;
}

/**
 * The time group, closed until a visitor opens it (or a time filter is set): its choices load then.
 * Nothing when `facets` offers no time filters.
 */
export function renderTimeShell<T extends object>(
  i18n: Localizer,
  fields: readonly TimeField[],
  time: TimeFilters,
  part: LazyPart<T>,
  opened: boolean,
  onToggle: (open: boolean) => void,
  content: (module: T) => unknown,
) {
  if (fields.length === 0) return nothing;
  const active = fields.filter((field) => isActive(time[field])).length;
  const open = opened || active > 0;
  // A link with a time filter opens the group: its choices load at once (once; a failure shows).
  if (open) void part.load();
  const toggled = (event: Event) => onToggle((event.currentTarget as HTMLDetailsElement).open);
  return html`<details class="facet" part="facet time-filters" ?open=${open} @toggle=${toggled}>
    <summary class="facet-summary" part="facet-summary">
      ${i18n.t('datasetSearchTime')}${active > 0 ? html` <span class="badge">${i18n.number(active)}</span>` : ''}
    </summary>
    ${part.module || part.failed ? whenLoaded(i18n, part, content) : nothing}
  </details>`;
}

/** "Zurück zur Trefferliste". */
export const renderBackButton = (i18n: Localizer, onClose: () => void) =>
  html`<button type="button" class="text-button back" part="back-button" @click=${onClose}>
    <span aria-hidden="true">←</span> ${i18n.t('datasetSearchBack')}
  </button>`;

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
    ${
      part.failed
        ? html`<div class="detail-load-error" role="alert" part="error">
            <p>${i18n.t('datasetSearchDetailLoadError')}</p>
            <button
              type="button"
              class="button"
              part="retry-button"
              @click=${() => void part.retry()}
            >
              ${i18n.t('retry')}
            </button>
          </div>`
        : html`<saxon-skeleton part="skeleton" lines="8"></saxon-skeleton>`
    }
  </div>`;
}
