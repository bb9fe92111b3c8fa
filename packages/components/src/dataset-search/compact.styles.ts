import { css } from 'lit';
import { formControl } from '../shared/theme.js';

/**
 * Narrow layouts (the element narrower than 46rem — the width at which `dataset-search.styles.ts`
 * puts the filters beside the results): the facet groups fold behind the "Filter (n)" button, so a
 * phone shows the first result without scrolling past every facet. Text of the data hyphenates in
 * the content's language instead of breaking anywhere.
 */
export const compactStyles = css`
  .filters-column {
    min-width: 0;
  }
  .filter-toggle {
    display: none;
    align-items: center;
    gap: 0.5em;
    ${formControl}
    padding: 0.25em 0.75em;
    background: var(--_color-surface-raised);
    font-weight: bold;
    cursor: pointer;
  }
  .filter-toggle[aria-expanded='true'] .toggle-icon {
    transform: rotate(90deg);
  }
  @container (width < 46rem) {
    .filter-toggle {
      display: inline-flex;
    }
    .filters-column.collapsed .filters,
    .filters-column.collapsed .skip-link {
      display: none;
    }
    .filters-column:not(.collapsed) .filter-toggle {
      margin-bottom: calc(var(--_space) * 0.5);
    }
  }
  .filters,
  .main {
    hyphens: auto;
  }
`;
