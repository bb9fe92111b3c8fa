import { css } from 'lit';
import { formControl } from '../shared/theme.js';

/** Layout, search form, buttons and toolbar. */
export const datasetSearchStyles = css`
  :host {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  @container (min-width: 46rem) {
    .layout.with-filters {
      grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr);
    }
    .layout.with-filters .search {
      grid-column: 1 / -1;
    }
  }
  .filters,
  .main {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* Portal text may carry bidi controls: each piece keeps its direction to itself (the facets' and
     the detail's own: facets.styles.ts, detail.styles.ts). */
  dd,
  .result-title,
  .format {
    unicode-bidi: isolate;
  }

  /* Very long names (a 2,500-character word) stop after four lines; the detail shows them whole. */
  .result .facts dd {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }

  /* Search form */
  .search-label {
    display: block;
    margin-bottom: 0.25em;
    font-weight: bold;
  }
  .search-row {
    display: flex;
    gap: calc(var(--_space) * 0.5);
  }
  .search-input,
  select {
    ${formControl}
    padding: 0.25em 0.5em;
  }
  .search-input {
    flex: 1;
    min-width: 0;
  }

  /* Text-like buttons: "Mehr anzeigen", "Alle Filter entfernen", "Zurück" */
  .text-button {
    min-height: 2.75em;
    padding: 0 0.25em;
    border: 0;
    background: none;
    color: var(--_color-accent);
    text-decoration: underline;
    cursor: pointer;
  }
  a {
    color: var(--_color-accent);
  }

  /* Active filters and sort */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin-bottom: calc(var(--_space) * 0.5);
  }
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-inline-start: auto;
  }

  .summary:focus,
  .content:focus {
    outline: none;
  }
  .summary:focus-visible,
  .content:focus-visible {
    outline: 2px solid var(--_color-focus);
  }
`;
