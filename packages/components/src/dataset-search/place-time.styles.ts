import { css } from 'lit';

/** The time filters and the region group's map button. */
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
  .region-map-box {
    padding-bottom: 0.5em;
  }
  .region-map-status {
    margin: 0.25em 0;
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .expert {
    margin-top: calc(var(--_space) * 1.25);
    border-top: 1px solid var(--_color-border);
    padding-top: 0.5em;
  }
  .expert-summary {
    font-weight: bold;
    cursor: pointer;
  }
`;
