// The time group's disclosure and the region group's map button, around the parts they load (the
// time choices, the Kreis map). They load with the facets (facets.view.ts), inside whose groups
// they show.
import { html, nothing } from 'lit';
import type { Localizer } from '../shared/i18n/localizer.js';
import type { LazyPart } from '../shared/lazy-part.js';
import { focusKey } from './focus-key.js';
import { whenLoaded } from './lazy-shells.view.js';
import { isActive, type TimeField, type TimeFilters } from './time-filter.js';

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
