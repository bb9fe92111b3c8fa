import { css } from 'lit';

/**
 * The actor card's title, facts, description and list of actors at one place, its topic buttons,
 * its events and datasets sections and its link buttons: loaded with the card (card.ts).
 */
export const cardStyles = css`
  .title {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0 0 0.5em;
    font-size: 1.15em;
  }
  .facts {
    display: grid;
    gap: 0.35em;
    margin: 0 0 0.75em;
  }
  .fact {
    display: grid;
    grid-template-columns: minmax(5.5em, auto) minmax(0, 1fr);
    gap: 0.75em;
  }
  dt {
    color: var(--_color-text-muted);
  }
  dd {
    margin: 0;
  }
  .description {
    margin: 0 0 0.75em;
  }
  .members {
    display: grid;
    gap: 0.25em;
    max-height: 16em;
    margin: 0 0 0.75em;
    padding: 0;
    overflow: auto;
    list-style: none;
  }
  .member {
    display: flex;
    align-items: center;
    gap: 0.5em;
    width: 100%;
    min-height: 2.5em;
    padding: 0.25em 0.5em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_color-accent);
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
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
    hyphens: auto;
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
