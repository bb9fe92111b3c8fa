import { html } from 'lit';

/**
 * A visually hidden `role="status"` region. Render it from the first render on, with an empty text
 * while there is nothing to say: screen readers announce a live region's changes only if the region
 * was in the DOM before its text changed.
 */
export const liveRegion = (text: string) =>
  html`<div role="status" class="visually-hidden" part="status">${text}</div>`;
