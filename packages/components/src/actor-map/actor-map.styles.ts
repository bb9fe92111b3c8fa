import { css } from 'lit';
import { formControl } from '../shared/theme.js';

/**
 * Tokens, layout, filters, view switch and the content area. Symbols, list, detail card and legend:
 * `panels.styles.ts`; the map itself: `map.styles.ts`.
 */
export const actorMapStyles = css`
  :host {
    /* Saxony is about 3 : 4 (height : width) on the map: the box follows the width it gets
       (cqi: of this element), never lower than 12rem nor taller than 32rem or most of the
       screen, so a phone shows all of Saxony without a tall empty band. */
    --_map-height: var(--saxon-actor-map-height, clamp(12rem, 80cqi, min(32rem, 85svh)));
    --_cat-company: var(--saxon-actor-map-company, light-dark(#b34700, #ff9d5c));
    --_cat-research: var(--saxon-actor-map-research, light-dark(#1f5fbf, #8cc4ff));
    --_cat-network: var(--saxon-actor-map-network, light-dark(#7b3fa0, #d4a5f5));
    --_cat-education: var(--saxon-actor-map-education, light-dark(#1d7a35, #6fd68a));
    container-type: inline-size;
  }
  .root {
    display: grid;
    /* minmax(0, 1fr): long option texts must never widen the element past its container (320 px). */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }

  /* Filters */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .field {
    display: grid;
    gap: 0.25em;
    min-width: 0;
    max-width: 100%;
  }
  .field > label,
  .field select {
    min-width: 0;
    max-width: 100%;
  }
  .field select {
    width: 100%;
  }
  .field.text {
    flex: 1 1 14em;
  }
  .field .hint {
    max-width: 16em;
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  label,
  legend {
    font-weight: bold;
  }
  input[type='search'],
  select {
    ${formControl}
    max-width: 100%;
    padding: 0.4em 0.6em;
  }
  .categories {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .categories legend {
    float: left;
    width: 100%;
    margin-bottom: 0.25em;
    padding: 0;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.75em;
    font-weight: normal;
    cursor: pointer;
  }
  .check input {
    width: 1.15em;
    height: 1.15em;
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .reset {
    ${formControl}
    padding: 0.4em 0.8em;
    color: var(--_color-accent);
    cursor: pointer;
  }

  /* View switch and count */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
  }
  .views {
    display: inline-flex;
  }
  .view-button {
    min-height: 2.75em;
    padding: 0.4em 1em;
    border: 1px solid var(--_color-accent);
    background: var(--_color-surface);
    color: var(--_color-accent);
    cursor: pointer;
  }
  .view-button:first-child {
    border-radius: var(--_radius) 0 0 var(--_radius);
  }
  .view-button:last-child {
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .view-button[aria-pressed='true'] {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font-weight: bold;
  }
  .count {
    margin: 0;
    color: var(--_color-text-muted);
  }

  /* Content: map or list, and the detail card */
  .content {
    position: relative;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .content:focus {
    outline: none;
  }
  .content:focus-visible {
    outline: 2px solid var(--_color-focus);
  }
  .content[aria-busy='true'] .markers,
  .content[aria-busy='true'] .list {
    opacity: 0.6;
  }
  @container (min-width: 40rem) {
    .content.map-view .detail {
      position: absolute;
      z-index: 5;
      top: calc(var(--_space) * 0.5);
      right: calc(var(--_space) * 0.5);
      width: min(22rem, 45%);
      max-height: calc(var(--_map-height) - var(--_space));
      overflow: auto;
    }
    /* The card scrolls inside the map: its buttons stay at its bottom edge, in view from the start */
    .content.map-view .detail .actions {
      position: sticky;
      bottom: calc(var(--_space) * -0.75);
      margin: 0 calc(var(--_space) * -0.75) calc(var(--_space) * -0.75);
      padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75) calc(var(--_space) * 0.75);
      border-top: 1px solid var(--_color-border);
      background: var(--_color-surface);
    }
    .content.list-view.with-detail {
      grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
      align-items: start;
    }
    .content.list-view .detail {
      position: sticky;
      top: 0;
      grid-column: 2;
      grid-row: 1 / span 3;
    }
  }
`;
