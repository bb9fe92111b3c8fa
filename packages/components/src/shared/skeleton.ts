import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { themeStyles } from './theme.js';

/**
 * Placeholder bars shown while content loads. Purely decorative: it is hidden from assistive
 * technology, which learns about loading from the widget's `aria-busy` area and live region instead.
 * With `items`, it draws that many placeholder items (a title bar and `lines - 1` text bars each) so
 * that the loading state takes about the room of the list it stands for, and the page does not jump
 * when the list arrives; a widget sizes them like its real items through `::part(item)`. At most
 * twelve: taller than a screen already, so nothing visible moves when a longer list arrives, and
 * more only cost time (50 pulsing items for a list of 200 events: their render and first frame
 * took ~50 ms of that list's first page, measured in `pnpm bench`'s trace).
 *
 * @tagname saxon-skeleton
 * @csspart bar - Each placeholder bar.
 * @csspart item - Each placeholder item (with `items`).
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
      .item {
        padding: 0.5em 0;
      }
      .item .bar:first-child {
        width: 70%;
        height: 1.2em;
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

  /** Number of placeholder bars (of each item, with `items`). */
  @property({ type: Number }) lines = 3;

  /** Number of placeholder items; 0 (the default) draws the bars alone. */
  @property({ type: Number }) items = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('aria-hidden', 'true');
  }

  override render() {
    const count = Number.isInteger(this.lines) && this.lines > 0 ? Math.min(this.lines, 50) : 3;
    const bars = () =>
      Array.from({ length: count }, () => html`<div class="bar" part="bar"></div>`);
    const items = Number.isInteger(this.items) && this.items > 0 ? Math.min(this.items, 12) : 0;
    if (items === 0) return html`${bars()}`;
    return html`${Array.from({ length: items }, () => html`<div class="item" part="item">${bars()}</div>`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'saxon-skeleton': SaxonSkeleton;
  }
}
