import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { SaxonElement } from './base-element.js';
import { describeError, isRetryable } from './error-message.js';
import { themeStyles } from './theme.js';

/**
 * Says that loading failed and why — a localized message per SDK error class (network, timeout, rate
 * limit with the wait the server asked for, server error, not found, unexpected data, anything
 * else) — and offers to try again. The element that owns the data keeps its parameters and loads
 * again when the button is pressed.
 *
 * @tagname saxon-error-panel
 * @fires saxon-retry - The visitor pressed "Erneut versuchen" (bubbles, composed). No detail.
 * @csspart panel - The panel around title, message and button.
 * @csspart title - "Die Daten konnten nicht geladen werden."
 * @csspart message - Why, in words for the visitor.
 * @csspart retry-button - The retry button.
 */
export class SaxonErrorPanel extends SaxonElement {
  static override styles = [
    themeStyles,
    css`
      .panel {
        padding: calc(var(--_space) * 0.75) var(--_space);
        border: 1px solid var(--_color-danger);
        border-inline-start-width: 0.375rem;
        border-radius: var(--_radius);
        background: var(--_color-surface-raised);
      }
      .title {
        margin: 0;
        font-weight: bold;
        color: var(--_color-danger);
      }
      .message {
        margin: 0.25em 0 0;
      }
      .button {
        margin-top: calc(var(--_space) * 0.75);
      }
    `,
  ];

  /** The failure to describe; usually an error thrown by the SDK. */
  @property({ attribute: false }) error: unknown;

  override render() {
    return html`<div class="panel" part="panel">
      <p class="title" part="title">${this.i18n.t('errorTitle')}</p>
      <p class="message" part="message">${describeError(this.error, this.i18n)}</p>
      ${
        isRetryable(this.error)
          ? html`<button class="button" part="retry-button" type="button" @click=${this.onRetry}>
              ${this.i18n.t('retry')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private onRetry(): void {
    this.emit('saxon-retry', undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'saxon-error-panel': SaxonErrorPanel;
  }
  interface HTMLElementEventMap {
    'saxon-retry': CustomEvent<undefined>;
  }
}
