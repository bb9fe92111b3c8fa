import { css } from 'lit';
import { formControl } from '../shared/theme.js';

export const entryFormStyles = css`
  .form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.25);
    max-width: 42rem;
  }
  .form-title {
    margin: 0;
    font-size: 1.5em;
  }
  .intro,
  .hint {
    margin: 0;
    color: var(--_color-text-muted);
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding-block-start: calc(var(--_space) * 0.5);
    border-block-start: 1px solid var(--_color-border);
  }
  .section-title {
    margin: 0;
    font-size: 1.2em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .field > label:not(.check),
  .field > legend {
    padding: 0;
    font-weight: bold;
  }
  .marker {
    font-weight: normal;
    color: var(--_color-text-muted);
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    ${formControl}
    width: 100%;
    max-width: 100%;
    padding: 0.375em 0.5em;
  }
  textarea {
    min-height: 6em;
    resize: vertical;
  }
  [aria-invalid='true']:is(input, select, textarea) {
    border: 2px solid var(--_color-danger);
  }
  .field-error {
    margin: 0;
    font-weight: bold;
    color: var(--_color-danger);
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-height: 2.75em;
    padding-block: 0.5em;
    cursor: pointer;
  }
  .check input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.1em 0 0;
    accent-color: var(--_color-accent);
  }
  .group[aria-invalid='true'],
  .consent:has([aria-invalid='true']) {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_color-danger);
  }
  .privacy {
    margin: 0;
  }
  a {
    color: var(--_color-accent);
  }
  /* The honeypot: out of sight and out of the tab order, but not display:none (bots skip those). */
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: center;
  }
  .button-secondary {
    ${formControl}
    padding: 0.5em 1em;
    cursor: pointer;
  }
  .summary,
  .notice {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 2px solid var(--_color-danger);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  .notice.success {
    border-color: var(--_color-accent);
  }
  .summary:focus,
  .notice:focus {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .summary h3,
  .notice h3 {
    margin: 0 0 0.5em;
    font-size: 1.2em;
  }
  .summary ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .summary a {
    display: inline-block;
    /* top: the list's bullet then stands at the first line of a wrapped link, not its last */
    vertical-align: top;
    padding-block: 0.25em; /* 24 px targets, also for one-line links in a row */
    color: var(--_color-danger);
    font-weight: bold;
  }
  .notice p {
    margin: 0.5em 0 0;
  }
  .status-link {
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    [aria-invalid='true']:is(input, select, textarea) {
      border-color: Mark;
    }
    .summary a {
      color: LinkText;
    }
  }
`;
