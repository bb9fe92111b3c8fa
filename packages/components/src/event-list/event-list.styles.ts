import { css } from 'lit';
import { formControl } from '../shared/theme.js';

export const eventListStyles = css`
  .content:focus {
    outline: none;
  }
  .content:focus-visible {
    outline: 2px solid var(--_color-focus);
  }

  /* Filters */
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
  }
  .filter {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 12em;
    flex: 1 1 12em;
  }
  .filter label {
    font-weight: bold;
  }
  .filter select {
    ${formControl}
    padding: 0.25em 0.5em;
  }

  /* Months and events */
  .month-heading {
    margin: calc(var(--_space) * 1.25) 0 calc(var(--_space) * 0.5);
    font-size: 1.25em;
  }
  .month:first-child .month-heading {
    margin-block-start: 0;
  }
  .month-events {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .event {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    overflow-wrap: anywhere;
    content-visibility: auto;
    contain-intrinsic-size: auto 9rem;
  }
  .event.selected {
    border-color: var(--_color-accent);
    border-inline-start-width: 0.3em;
  }
  .event:focus {
    outline: none;
  }
  .event:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .event > * {
    margin: 0;
  }
  .event > * + * {
    margin-block-start: 0.35em;
  }
  .title {
    font-size: 1.1em;
    line-height: 1.3;
  }
  a {
    color: var(--_color-accent);
  }
  .status-cancelled .title-link {
    text-decoration-line: underline line-through;
  }
  .status-cancelled .title-text {
    text-decoration-line: line-through;
  }
  .when {
    font-weight: bold;
  }
  .where,
  .organizers,
  .description {
    color: var(--_color-text-muted);
  }
  .where {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .badge {
    display: inline-block;
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.8em;
    font-weight: bold;
    line-height: 1.6;
    color: var(--_color-text);
    vertical-align: 0.1em;
  }
  .title .badge {
    margin-inline-end: 0.4em;
    color: var(--_color-danger);
  }
  .title .badge.status-rescheduled {
    color: var(--_color-text);
  }
  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .topic {
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .action {
    display: inline-block;
    padding-block: 0.5em;
  }

  /* Compact: dense rows */
  .layout-compact .month-events {
    gap: 0;
  }
  .layout-compact .event {
    border-width: 0 0 1px;
    border-radius: 0;
    background: transparent;
    padding: calc(var(--_space) * 0.5) 0;
  }
  .layout-compact .title {
    font-size: 1em;
  }
  .layout-compact .event > * + * {
    margin-block-start: 0.15em;
  }
  .layout-compact .where,
  .layout-compact .organizers,
  .layout-compact .topics,
  .layout-compact .actions {
    font-size: 0.875em;
  }
  .layout-compact .action {
    padding-block: 0.25em;
  }

  /* Cards: a grid */
  .layout-cards .month-events {
    grid-template-columns: repeat(auto-fill, minmax(min(18em, 100%), 1fr));
  }
  .layout-cards .event {
    display: flex;
    flex-direction: column;
  }
  .layout-cards .actions {
    margin-block-start: auto;
    padding-block-start: 0.35em;
  }

  /* Load more, subscribe */
  .more {
    margin-block-start: var(--_space);
  }
  .more-error {
    margin: 0 0 0.5em;
    color: var(--_color-danger);
  }
  .more-button[aria-disabled='true'] {
    cursor: progress;
  }
  .subscribe {
    margin: var(--_space) 0 0;
    font-size: 0.875em;
  }
  .subscribe .hint {
    display: block;
    color: var(--_color-text-muted);
  }
  .subscribe [part='feed-link'] {
    display: inline-block;
    margin-block-start: 0.25em;
  }
  @media (forced-colors: active) {
    .badge,
    .topic {
      border-color: CanvasText;
    }
    .event.selected {
      border-color: Highlight;
    }
  }
`;
