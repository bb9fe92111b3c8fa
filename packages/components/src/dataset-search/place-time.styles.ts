import { css } from 'lit';

/** The time filters, the region group's Kreis map and the detail's expert panel. */
export const placeTimeStyles = css`
  /* Time filters */
  .time-fields {
    display: grid;
    gap: 0.75em;
    padding-bottom: 0.5em;
  }
  .time-field {
    display: grid;
    gap: 0.25em;
  }
  .time-field select,
  .time-field input {
    max-width: 100%;
    min-height: 2.25em;
    font: inherit;
  }
  .time-range {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
  }
  .time-range label {
    display: grid;
    gap: 0.125em;
  }
  .time-error {
    flex-basis: 100%;
    margin: 0;
    color: var(--_color-danger);
  }

  /* Region map */
  .region-map-box {
    padding-bottom: 0.5em;
  }
  .region-map-help,
  .region-map-credit,
  .region-map-status {
    margin: 0.25em 0;
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .region-map-svg {
    display: block;
    width: 100%;
    height: auto;
  }
  .kreis {
    fill: var(--_color-surface-raised);
    stroke: var(--_color-text-muted);
    stroke-width: 2;
    cursor: pointer;
  }
  .kreis.empty {
    fill: var(--_color-surface);
  }
  .kreis.selected {
    fill: var(--_color-accent);
  }
  .kreis:hover {
    stroke: var(--_color-text);
  }
  .kreis:focus {
    outline: none;
  }
  .kreis:focus-visible {
    stroke: var(--_color-focus);
    stroke-width: 8;
  }
  .kreis-count {
    fill: var(--_color-text);
    text-anchor: middle;
    dominant-baseline: middle;
    pointer-events: none;
  }
  .kreis-count.selected {
    fill: var(--_color-on-accent);
  }

  /* Expert panel */
  .expert {
    margin-top: calc(var(--_space) * 1.25);
    border-top: 1px solid var(--_color-border);
    padding-top: 0.5em;
  }
  .expert-summary {
    font-weight: bold;
    cursor: pointer;
  }
  .expert-facts {
    margin: 0.5em 0 0;
  }
  .expert-facts dt {
    margin-top: 0.75em;
    font-weight: bold;
  }
  .expert-facts dd {
    margin: 0.25em 0 0;
    overflow-wrap: anywhere;
  }
  .representations {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .media-type {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .copyable {
    display: grid;
    gap: 0.25em;
    justify-items: start;
  }
  .copy-source {
    max-width: 100%;
    margin: 0;
    padding: 0.5em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .kreis.selected {
      forced-color-adjust: none;
      fill: Highlight;
    }
  }
`;
