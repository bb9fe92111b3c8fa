import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { SaxonElement } from './base-element.js';
import { formControl, themeStyles } from './theme.js';

/** Detail of `saxon-page-change`. */
export interface PageChangeDetail {
  /** The page asked for, from 1. */
  page: number;
  /** Its first item's offset, for the SDK's `offset` parameter. */
  offset: number;
}

/**
 * The pages to offer around `current` of `count`: the first, the last, and the current one with its
 * neighbours; `'gap'` stands for the skipped ones (never for a single page, which is shown instead).
 */
export function pageWindow(current: number, count: number): (number | 'gap')[] {
  const wanted = [1, current - 1, current, current + 1, count].filter((p) => p >= 1 && p <= count);
  const pages = [...new Set(wanted)].sort((a, b) => a - b);
  const shown: (number | 'gap')[] = [];
  let previous = 0;
  for (const page of pages) {
    if (page - previous === 2) shown.push(previous + 1);
    else if (page - previous > 2) shown.push('gap');
    shown.push(page);
    previous = page;
  }
  return shown;
}

/**
 * Page navigation for a list of `total` results shown `limit` at a time. The current page is marked
 * `aria-current="page"`; the element hides itself when everything fits on one page.
 *
 * @tagname saxon-pager
 * @fires saxon-page-change - A page was chosen (bubbles, composed, cancelable); `detail` is
 * `{ page, offset }`. Unless cancelled, the pager moves to it.
 * @csspart nav - The navigation landmark.
 * @csspart list - The list of buttons.
 * @csspart page-button - A page number button; the current one is also `current-page`.
 * @csspart current-page - The current page's button.
 * @csspart previous-button - "Vorherige Seite".
 * @csspart next-button - "Nächste Seite".
 */
export class SaxonPager extends SaxonElement {
  static override styles = [
    themeStyles,
    css`
      :host {
        background: transparent;
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_space) * 0.25);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      button {
        ${formControl}
        min-width: 2.75em;
        padding: 0 0.5em;
        color: var(--_color-accent);
        cursor: pointer;
      }
      button[aria-current='page'] {
        border-color: var(--_color-accent);
        background: var(--_color-accent);
        color: var(--_color-on-accent);
        font-weight: bold;
      }
      button:disabled {
        color: var(--_color-text-muted);
        cursor: default;
      }
      .gap {
        align-self: center;
        padding: 0 0.25em;
      }
      @media (forced-colors: active) {
        button[aria-current='page'] {
          forced-color-adjust: none;
          border-color: Highlight;
          background: Highlight;
          color: HighlightText;
        }
        button:disabled {
          color: GrayText;
        }
      }
    `,
  ];

  /** Number of results in all pages. */
  @property({ type: Number }) total = 0;

  /** Results per page. */
  @property({ type: Number }) limit = 20;

  /** Offset of the first result on the current page. */
  @property({ type: Number }) offset = 0;

  /** The current page, from 1. */
  get page(): number {
    return Math.min(Math.floor(Math.max(this.offset, 0) / this.pageSize) + 1, this.pageCount);
  }

  /** How many pages there are (at least 1). */
  get pageCount(): number {
    return Math.max(1, Math.ceil(Math.max(this.total, 0) / this.pageSize));
  }

  private get pageSize(): number {
    return Number.isFinite(this.limit) && this.limit >= 1 ? Math.floor(this.limit) : 20;
  }

  override render() {
    const { page, pageCount } = this;
    if (pageCount <= 1) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    return html`<nav part="nav" aria-label=${t('pagerLabel')}>
      <ul part="list">
        <li>
          <button
            type="button"
            part="previous-button"
            ?disabled=${page === 1}
            @click=${() => this.go(page - 1)}
          >
            <span aria-hidden="true">‹</span
            ><span class="visually-hidden">${t('pagerPrevious')}</span>
          </button>
        </li>
        ${repeat(
          pageWindow(page, pageCount),
          (entry, index) => (entry === 'gap' ? `gap-${index}` : entry),
          (entry) =>
            entry === 'gap'
              ? html`<li class="gap" aria-hidden="true">…</li>`
              : html`<li>
                  <button
                    type="button"
                    part=${entry === page ? 'page-button current-page' : 'page-button'}
                    aria-current=${entry === page ? 'page' : nothing}
                    aria-label=${t('pagerPage', { page: entry })}
                    @click=${() => this.go(entry)}
                  >
                    ${this.i18n.number(entry)}
                  </button>
                </li>`,
        )}
        <li>
          <button
            type="button"
            part="next-button"
            ?disabled=${page === pageCount}
            @click=${() => this.go(page + 1)}
          >
            <span class="visually-hidden">${t('pagerNext')}</span><span aria-hidden="true">›</span>
          </button>
        </li>
      </ul>
    </nav>`;
  }

  private go(page: number): void {
    if (page === this.page || page < 1 || page > this.pageCount) return;
    const offset = (page - 1) * this.pageSize;
    if (this.emit<PageChangeDetail>('saxon-page-change', { page, offset })) this.offset = offset;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'saxon-pager': SaxonPager;
  }
  interface HTMLElementEventMap {
    'saxon-page-change': CustomEvent<PageChangeDetail>;
  }
}
