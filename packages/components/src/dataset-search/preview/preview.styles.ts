import { css } from 'lit';

/** The open preview: table, map, tree, failure. Adopted when the preview's code arrives. */
export const previewStyles = css`
  .preview-panel {
    margin: 0.25em 0 0.5em;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    min-width: 0;
  }
  .preview-facts {
    margin: 0 0 0.5em;
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  /*
   * A wide or long table scrolls in its own region, never the page sideways (320 px wide screens
   * too). Its height is bounded, so a 100-row table neither makes the page 100 rows longer nor
   * makes the page lay out and paint all of it again as its rows arrive.
   */
  .table-scroll {
    max-width: 100%;
    max-height: min(70vh, 36rem);
    overflow: auto;
    overscroll-behavior-x: contain;
  }
  .preview-table {
    border-collapse: separate;
    border-spacing: 0;
    font-size: 0.875em;
  }
  /* Column widths are set from the data (colgroup): laid out without measuring every cell. */
  .preview-table:has(colgroup) {
    table-layout: fixed;
  }
  .preview-table caption {
    padding-bottom: 0.25em;
    text-align: start;
    font-weight: bold;
  }
  /* Separate borders (not collapsed) stay with the header cells when they stick. */
  .preview-table th,
  .preview-table td {
    padding: 0.25em 0.5em;
    border: 0 solid var(--_color-border);
    border-inline-end-width: 1px;
    border-block-end-width: 1px;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .preview-table tr > :first-child {
    border-inline-start-width: 1px;
  }
  .preview-table thead th {
    border-block-start-width: 1px;
  }
  /* Headers wrap between words (their columns are as wide as their longest word). */
  .preview-table th {
    overflow-wrap: break-word;
    background: var(--_color-surface);
  }
  .preview-table thead th {
    position: sticky;
    top: 0;
  }
  .preview-table .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .preview-map {
    margin: 0 0 0.75em;
  }
  .preview-map svg {
    display: block;
    width: 100%;
    max-height: 24rem;
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
  }
  .preview-map .kreis {
    fill: var(--_color-surface-raised);
    stroke: var(--_color-text-muted);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .preview-map .feature {
    stroke: var(--_color-accent);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  .preview-map .area {
    fill: color-mix(in srgb, var(--_color-accent) 30%, transparent);
  }
  .preview-map .line {
    fill: none;
  }
  .preview-map .point {
    fill: var(--_color-accent);
    stroke: var(--_color-surface);
  }
  .json-tree,
  .json-children {
    margin: 0;
    padding-inline-start: 1.25em;
    list-style: none;
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .json-tree {
    padding-inline-start: 0;
  }
  .json-tree summary {
    cursor: pointer;
    min-height: 1.75em;
  }
  .json-key {
    font-weight: bold;
  }
  .json-count,
  .json-more {
    color: var(--_color-text-muted);
  }
  .preview-failure {
    border-inline-start: 0.375rem solid var(--_color-danger);
    padding-inline-start: 0.75em;
  }
  .preview-failure p {
    margin: 0 0 0.5em;
  }
  .preview-failure-title {
    font-weight: bold;
    color: var(--_color-danger);
  }
  .preview-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
`;
