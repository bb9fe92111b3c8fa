import { css } from 'lit';

export const topicListStyles = css`
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14em, 100%), 1fr));
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    min-width: 0;
  }
  .plain,
  .choice {
    box-sizing: border-box;
    flex: 1;
    min-width: 0;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    color: inherit;
    font: inherit;
    text-align: start;
  }
  .choice {
    cursor: pointer;
    text-decoration: none;
  }
  a.choice .label {
    color: var(--_color-accent);
    text-decoration: underline;
  }
  .choice:hover {
    border-color: var(--_color-accent);
  }
  .choice:focus-visible,
  .clear:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  /* Chosen: a thicker accent border and a check mark, not colour alone. */
  .choice[aria-pressed='true'] {
    border: 3px solid var(--_color-accent);
    padding: calc(var(--_space) * 0.5 - 2px) calc(var(--_space) * 0.75 - 2px);
    background: color-mix(in srgb, var(--_color-accent) 12%, var(--_color-surface-raised));
  }
  .choice[aria-pressed='true'] .label::before {
    content: '✓ ' / '';
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
  .clear {
    margin-top: calc(var(--_space) * 0.5);
    padding: 0.4em 0.8em;
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_color-accent);
    font: inherit;
    cursor: pointer;
  }
  .content:focus {
    outline: none;
  }
  .content:focus-visible {
    outline: 2px solid var(--_color-focus);
  }
  @media (forced-colors: active) {
    .choice[aria-pressed='true'] {
      border-color: Highlight;
    }
    .counts {
      color: inherit;
    }
  }
`;
