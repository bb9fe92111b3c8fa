import { css } from 'lit';

/**
 * The loading and error line of a part that loads inside another (the Kreis map, the time choices,
 * the expert panel's content) and of the facets' frame, which stays in the bundle.
 */
export const placeTimeStyles = css`
  .region-map-status {
    margin: 0.25em 0;
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
`;
