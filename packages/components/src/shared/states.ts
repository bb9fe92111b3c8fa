import { html, type TemplateResult } from 'lit';
import type { DataController } from './data-controller.js';

/** Options of {@link renderStates}. */
export interface StatesOptions {
  /** Placeholder bars while loading (of each placeholder item, with `skeletonItems`). Default 3. */
  skeletonLines?: number;
  /**
   * Placeholder items while loading: as many as the list will show, so the loading state takes
   * the room of the content and nothing below it jumps when the data arrives. Default 0 (bars).
   */
  skeletonItems?: number;
}

/**
 * The area of an element that shows its data: placeholder bars while loading, the error panel with
 * its retry button, the empty state, or `success(value)`. Its container is `aria-busy` while
 * loading and takes focus after a retry (`data-refocus`), and its parts are `content`,
 * `skeleton`, `error` (with the panel's `error-title`, `error-message`, `retry-button`) and `empty`.
 * Needs the shared elements registered (`defineSharedElements()`).
 */
export function renderStates<A extends readonly unknown[], R>(
  data: DataController<A, R>,
  success: (value: R) => unknown,
  { skeletonLines = 3, skeletonItems = 0 }: StatesOptions = {},
): TemplateResult {
  const state = data.state;
  let content: unknown;
  switch (state) {
    case 'loading':
      content = html`<saxon-skeleton
        part="skeleton"
        lines=${skeletonLines}
        items=${skeletonItems}
      ></saxon-skeleton>`;
      break;
    case 'error':
      content = html`<saxon-error-panel
        part="error"
        exportparts="title: error-title, message: error-message, retry-button"
        .error=${data.error}
        @saxon-retry=${() => data.retry()}
      ></saxon-error-panel>`;
      break;
    case 'empty':
      content = html`<saxon-empty-state part="empty"></saxon-empty-state>`;
      break;
    case 'success':
      content = success(data.value as R);
      break;
  }
  return html`<div
    class="content"
    part="content"
    data-refocus
    tabindex="-1"
    aria-busy=${state === 'loading' ? 'true' : 'false'}
  >
    ${content}
  </div>`;
}
