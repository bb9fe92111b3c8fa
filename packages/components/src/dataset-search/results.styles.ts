import { css } from 'lit';

/** The result list and the frame of a dataset's detail (its content's styles, the title's too: detail.styles.ts). */
export const resultsStyles = css`
  /* Results */
  .summary {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-weight: bold;
  }
  .results {
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .result {
    padding: calc(var(--_space) * 0.75) 0;
    border-top: 1px solid var(--_color-border);
  }
  /* Placeholder results about as tall as real ones at each width (their descriptions wrap more
     when narrow), so nothing below the list jumps when the results arrive. */
  saxon-skeleton::part(item) {
    min-height: 26em;
  }
  @container (min-width: 30rem) {
    saxon-skeleton::part(item) {
      min-height: 17em;
    }
  }
  @container (min-width: 50rem) {
    saxon-skeleton::part(item) {
      min-height: 13em;
    }
  }
  @container (min-width: 62rem) {
    saxon-skeleton::part(item) {
      min-height: 11em;
    }
  }
  .result-title {
    margin: 0 0 0.25em;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .result-description {
    margin: 0.5em 0 0;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em var(--_space);
    margin: 0.25em 0 0;
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    min-width: 0;
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
    color: var(--_color-text);
  }
  /* The detail's keyword list (lazy) wears the format labels' look: one rule for both. */
  .formats,
  .tags {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .format,
  .tag {
    padding: 0 0.4em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }

  /* Detail */
  .detail {
    padding: calc(var(--_space) * 0.75) var(--_space) var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .back {
    margin-bottom: calc(var(--_space) * 0.5);
  }
`;
