import { css } from 'lit';

/** The page around the console: no margin, the console fills it. */
export const pageStyles = css`
  body {
    margin: 0;
  }
`;

/**
 * The console's look: system fonts, light and dark palettes, and forced colours left to the
 * system (no backgrounds or borders that would vanish). Adopted as a constructed stylesheet, so
 * the strict CSP (`style-src 'self'`) needs no exception.
 */
export const consoleStyles = css`
  :host {
    --ink: #1b1f24;
    --muted: #4a525c;
    --paper: #ffffff;
    --panel: #f3f5f7;
    --line: #8a939e;
    --accent: #0b5cad;
    --added-bg: #dff3e4;
    --added-ink: #0c4a1f;
    --removed-bg: #fbe3e3;
    --removed-ink: #7a1010;
    --changed-bg: #fff2cc;
    --danger: #a4161a;
    display: block;
    color: var(--ink);
    background: var(--paper);
    font:
      1rem/1.5 system-ui,
      sans-serif;
    min-height: 100vh;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --ink: #e8eaed;
      --muted: #b7bec7;
      --paper: #16191d;
      --panel: #23272d;
      --line: #7d8793;
      --accent: #8cc4ff;
      --added-bg: #143a20;
      --added-ink: #c4f0cf;
      --removed-bg: #4a1618;
      --removed-ink: #ffd0d0;
      --changed-bg: #3d3310;
      --danger: #ff9b9b;
    }
  }
  * {
    box-sizing: border-box;
  }
  header.bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.5rem 1rem;
    border-bottom: 1px solid var(--line);
    background: var(--panel);
  }
  .brand {
    font-weight: 700;
  }
  .brand small {
    display: block;
    font-weight: 400;
    color: var(--muted);
  }
  nav ul,
  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  main {
    padding: 1rem;
    max-width: 72rem;
    margin: 0 auto;
  }
  h1 {
    font-size: 1.5rem;
    margin: 0 0 1rem;
    overflow-wrap: anywhere;
  }
  h2 {
    font-size: 1.2rem;
    margin: 1.5rem 0 0.5rem;
  }
  h1:focus {
    outline: 2px solid var(--accent);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    padding: 0.4rem 0.8rem;
    border: 1px solid var(--line);
    border-radius: 0.25rem;
    background: var(--paper);
    cursor: pointer;
  }
  button.primary {
    background: var(--accent);
    color: var(--paper);
    border-color: var(--accent);
  }
  button.danger {
    border-color: var(--danger);
    color: var(--danger);
  }
  button[aria-current='page'] {
    font-weight: 700;
    text-decoration: underline;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
  input,
  select,
  textarea {
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--line);
    border-radius: 0.25rem;
    background: var(--paper);
    max-width: 100%;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.2rem;
    height: 1.2rem;
  }
  textarea {
    width: 100%;
    min-height: 6rem;
  }
  label {
    display: block;
    font-weight: 600;
  }
  .field {
    margin: 0 0 0.75rem;
  }
  .field input:not([type='checkbox']),
  .field select {
    width: 100%;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .help {
    color: var(--muted);
    font-size: 0.9rem;
    margin: 0.1rem 0 0.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 1rem 0;
  }
  .panel {
    border: 1px solid var(--line);
    border-radius: 0.25rem;
    padding: 0.75rem 1rem;
    margin: 1rem 0;
    background: var(--panel);
  }
  .alert:not(:empty) {
    border: 2px solid var(--danger);
    border-radius: 0.25rem;
    padding: 0.5rem 1rem;
    margin: 0 0 1rem;
  }
  .status:not(:empty) {
    border-left: 4px solid var(--accent);
    padding: 0.25rem 0.75rem;
    margin: 0 0 1rem;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .item {
    border: 1px solid var(--line);
    border-radius: 0.25rem;
    padding: 0.5rem 0.75rem;
    margin: 0 0 0.5rem;
    overflow-wrap: anywhere;
  }
  .item .meta {
    color: var(--muted);
    font-size: 0.9rem;
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.25rem 1rem;
    overflow-wrap: anywhere;
  }
  dl.facts dt {
    font-weight: 600;
  }
  dl.facts dd {
    margin: 0;
  }
  table.diff {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  table.diff th,
  table.diff td {
    border: 1px solid var(--line);
    padding: 0.35rem 0.5rem;
    vertical-align: top;
    text-align: start;
    overflow-wrap: anywhere;
  }
  table.diff .value {
    white-space: pre-wrap;
  }
  table.diff code.path {
    display: block;
    font-weight: 400;
  }
  table.diff .col-field {
    width: 22%;
  }
  table.diff .col-change {
    width: 10%;
  }
  tr.added td.after,
  ins {
    background: var(--added-bg);
    color: var(--added-ink);
  }
  tr.removed td.before,
  del {
    background: var(--removed-bg);
    color: var(--removed-ink);
  }
  tr.changed td {
    background: var(--changed-bg);
  }
  .cell-label,
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.85rem;
    margin: 0;
  }
  fieldset {
    border: 1px solid var(--line);
    border-radius: 0.25rem;
    margin: 0 0 1rem;
    min-width: 0;
  }
  legend {
    font-weight: 700;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: start;
    font-weight: 400;
  }
  @media (max-width: 40rem) {
    table.diff,
    table.diff tbody,
    table.diff tr,
    table.diff td,
    table.diff th {
      display: block;
      width: auto;
    }
    table.diff thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table.diff tr {
      margin: 0 0 0.75rem;
    }
    table.diff .cell-label {
      position: static;
      width: auto;
      height: auto;
      clip: auto;
      display: block;
      font-weight: 600;
    }
    dl.facts {
      grid-template-columns: 1fr;
    }
    dl.facts dd {
      margin-bottom: 0.5rem;
    }
  }
  @media (forced-colors: active) {
    tr.added td.after,
    tr.removed td.before,
    tr.changed td,
    ins,
    del {
      forced-color-adjust: auto;
    }
    .alert:not(:empty),
    .status:not(:empty) {
      border-color: CanvasText;
    }
  }
`;
