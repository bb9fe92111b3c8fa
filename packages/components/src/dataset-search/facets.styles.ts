import { css } from 'lit';

/** Facet groups and the chips of the active filters. */
export const facetsStyles = css`
  /* Facets */
  .facet {
    border-bottom: 1px solid var(--_color-border);
    padding-bottom: calc(var(--_space) * 0.25);
  }
  .facet + .facet {
    margin-top: calc(var(--_space) * 0.25);
  }
  .facet-summary {
    padding: calc(var(--_space) * 0.5) 0;
    font-weight: bold;
    cursor: pointer;
  }
  .badge {
    display: inline-block;
    min-width: 1.5em;
    padding: 0 0.35em;
    border-radius: 1em;
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font-size: 0.8125em;
    text-align: center;
  }
  .facet-options {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .options {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .option {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    padding: 0.25em 0;
    cursor: pointer;
  }
  .option input {
    flex: none;
    /* 24 × 24 CSS px at least: WCAG 2.2 target size (2.5.8), with the facet's summary close above. */
    width: max(1.125em, 24px);
    height: max(1.125em, 24px);
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .option-label {
    flex: 1;
    min-width: 0;
  }
  .count {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }

  .active-filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    max-width: 100%;
    min-height: 2.25em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_color-accent);
    border-radius: 1.25em;
    background: var(--_color-surface-raised);
    color: var(--_color-text);
    text-align: start;
    cursor: pointer;
  }
  .chip-text {
    min-width: 0;
  }
  @media (forced-colors: active) {
    .badge {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  .region-map-box {
    padding-bottom: 0.5em;
  }
  /* Portal text may carry bidi controls; very long names stop after four lines. */
  .option-label,
  .chip-text {
    unicode-bidi: isolate;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
`;
