import { css } from 'lit';

/** The actor card's topic buttons, its events and datasets sections and its link buttons. */
export const cardStyles = css`
  .topic-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .topic-button {
    min-height: 2.25em;
    padding: 0.2em 0.7em;
    border: 1px solid var(--_color-accent);
    border-radius: 1.2em;
    background: var(--_color-surface);
    color: var(--_color-accent);
    font: inherit;
    cursor: pointer;
  }
  .topic-button:hover {
    text-decoration: underline;
  }
  .card-section {
    margin: 0 0 0.75em;
  }
  .card-heading {
    margin: 0 0 0.35em;
    font-size: 1em;
  }
  .card-list {
    display: grid;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card-item {
    display: grid;
    gap: 0.1em;
    overflow-wrap: anywhere;
  }
  .card-meta,
  .card-more,
  .card-empty {
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  .card-more,
  .card-empty {
    margin: 0.35em 0 0;
  }
  a.button {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  a.button:hover {
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    .topic-button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
