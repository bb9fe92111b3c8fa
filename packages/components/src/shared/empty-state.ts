import { css, html } from 'lit';
import { SaxonElement } from './base-element.js';
import { themeStyles } from './theme.js';

/**
 * Says that there is nothing to show. The text is "Keine Einträge gefunden." in the page's language
 * unless the element is given its own.
 *
 * @tagname saxon-empty-state
 * @slot - A text of your own, e.g. a hint to loosen the filters.
 * @csspart empty - The box around the text.
 */
export class SaxonEmptyState extends SaxonElement {
  static override styles = [
    themeStyles,
    css`
      .empty {
        margin: 0;
        padding: var(--_space);
        border: 1px dashed var(--_color-border);
        border-radius: var(--_radius);
        color: var(--_color-text-muted);
        text-align: center;
      }
    `,
  ];

  override render() {
    return html`<p class="empty" part="empty"><slot>${this.i18n.t('empty')}</slot></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'saxon-empty-state': SaxonEmptyState;
  }
}
