import { css } from 'lit';

/** The region group's map button and the expert panel's disclosure, which stay in the bundle. */
export const placeTimeStyles = css`
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
