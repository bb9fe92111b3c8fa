import { css } from 'lit';
import { formControl } from '../shared/theme.js';

/** Category symbols, the list, the detail card and the legend. */
export const panelStyles = css`
  /* Category symbols: colour and shape */
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }
  .shape {
    stroke: var(--_color-surface);
    stroke-width: 1.5;
  }
  [data-category='company'] > .shape {
    fill: var(--_cat-company);
  }
  [data-category='research'] > .shape {
    fill: var(--_cat-research);
  }
  [data-category='network'] > .shape {
    fill: var(--_cat-network);
  }
  [data-category='education'] > .shape {
    fill: var(--_cat-education);
  }

  /* List */
  .list {
    display: grid;
    gap: calc(var(--_space) * 0.375);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    gap: 0.1em 0.6em;
    width: 100%;
    ${formControl}
    padding: 0.5em 0.75em;
    background: var(--_color-surface-raised);
    text-align: start;
    cursor: pointer;
  }
  .row .name {
    font-weight: bold;
    overflow-wrap: anywhere;
  }
  .row .meta {
    grid-column: 2;
    color: var(--_color-text-muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .row:hover .name {
    text-decoration: underline;
  }
  .row.selected {
    border-color: var(--_color-accent);
    box-shadow: inset 0.3em 0 0 var(--_color-accent);
  }

  /* Detail card: its frame (also while its code loads); the rest comes with it (card.styles.ts) */
  .detail {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.15);
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_color-accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .button.secondary {
    background: var(--_color-surface);
    color: var(--_color-accent);
  }

  /* Legend */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1.25em;
    margin: 0;
    padding: 0;
    font-size: 0.875em;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .cluster-symbol {
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border: 2px solid var(--_color-accent);
    border-radius: 50%;
    font-weight: bold;
    font-size: 0.85em;
  }

  @media (forced-colors: active) {
    .icon {
      forced-color-adjust: none;
    }
    .icon .shape {
      fill: CanvasText;
      stroke: Canvas;
    }
    .view-button[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .row.selected {
      outline: 3px solid Highlight;
    }
    .cluster-symbol {
      border-color: CanvasText;
    }
  }
`;
