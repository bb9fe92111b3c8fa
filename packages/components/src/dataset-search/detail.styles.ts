import { css } from 'lit';
import { previewToggleStyles } from './preview/toggle.styles.js';

/**
 * The content of a dataset's detail, with the preview buttons: these come with the detail view's
 * code (detail.view.ts) and join the shadow root when it loads.
 */
export const detailStyles = css`
  ${previewToggleStyles}
  .detail-title {
    margin: 0 0 0.25em;
    font-size: 1.375em;
    line-height: 1.3;
  }
  .detail-title:focus {
    outline: none;
  }
  .detail-title:focus-visible {
    outline: 2px solid var(--_color-focus);
  }
  .detail-section {
    margin: calc(var(--_space) * 1.25) 0 0.5em;
    font-size: 1.0625em;
  }
  .description p,
  .description .md-list {
    margin: 0 0 0.75em;
  }
  .description .md-heading {
    font-weight: bold;
  }
  .distributions {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .distribution {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    padding: 0.5em 0;
    border-top: 1px solid var(--_color-border);
  }
  .distribution-facts {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .license,
  .attribution {
    margin: 0 0 0.5em;
  }
  .fact-label {
    font-weight: bold;
  }
  .portal-link {
    display: inline-block;
    margin-top: calc(var(--_space) * 0.75);
    font-weight: bold;
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
  /* Moved here from the bundle's styles (dataset-search.styles.ts, results.styles.ts): only the
     detail shows them. */
  .detail-title,
  .tag,
  .distribution-name,
  .distribution a {
    unicode-bidi: isolate;
  }
`;
