import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { themeStyles } from './theme.js';

/**
 * Placeholder bars shown while content loads. Purely decorative: it is hidden from assistive
 * technology, which learns about loading from the widget's `aria-busy` area and live region instead.
 *
 * @tagname saxon-skeleton
 * @csspart bar - Each placeholder bar.
 * @cssprop [--saxon-skeleton-color=color-mix(in srgb, var(--saxon-color-text) 12%, var(--saxon-color-surface))] - Colour of the bars.
 */
export class SaxonSkeleton extends LitElement {
  static override styles = [
    themeStyles,
    css`
      :host {
        background: transparent;
      }
      .bar {
        height: 0.9em;
        margin: 0.6em 0;
        border-radius: 0.25em;
        background: var(--_skeleton-color);
      }
      .bar:last-child {
        width: 60%;
      }
      @media (prefers-reduced-motion: no-preference) {
        .bar {
          animation: pulse 1.4s ease-in-out infinite;
        }
      }
      @keyframes pulse {
        50% {
          opacity: 0.5;
        }
      }
      @media (forced-colors: active) {
        .bar {
          forced-color-adjust: none;
        }
      }
    `,
  ];

  /** Number of placeholder bars. */
  @property({ type: Number }) lines = 3;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('aria-hidden', 'true');
  }

  override render() {
    const count = Number.isInteger(this.lines) && this.lines > 0 ? Math.min(this.lines, 50) : 3;
    return html`${Array.from({ length: count }, () => html`<div class="bar" part="bar"></div>`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'saxon-skeleton': SaxonSkeleton;
  }
}
