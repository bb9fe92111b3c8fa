import { css } from 'lit';

export const topicListStyles = css`
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  .label {
    display: block;
    font-weight: bold;
    overflow-wrap: anywhere;
  }
  .counts {
    display: block;
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .content:focus {
    outline: none;
  }
  .content:focus-visible {
    outline: 2px solid var(--_color-focus);
  }
`;
