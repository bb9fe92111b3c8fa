// "Für Fachleute: API, Metadaten, Feed", the disclosure around the expert panel's content: it loads
// with the detail view (detail.view.ts), the content when the disclosure is first opened.
import { html, nothing } from 'lit';
import type { Localizer } from '../shared/i18n/localizer.js';
import type { LazyPart } from '../shared/lazy-part.js';
import { whenLoaded } from './lazy-shells.view.js';

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
