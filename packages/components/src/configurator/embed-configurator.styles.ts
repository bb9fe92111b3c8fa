import { css } from 'lit';

export const configuratorStyles = css`
  :host {
    display: block;
    color: inherit;
  }
  fieldset {
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    margin: 0 0 1rem;
    padding: 0.75rem 1rem 1rem;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .attributes {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: 0 1.5rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin: 0 0 0.75rem;
  }
  .field.check {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem;
  }
  label,
  code,
  .hint {
    overflow-wrap: anywhere;
  }
  .hint {
    margin: 0;
    font-size: 0.9375em;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  button {
    font: inherit;
    min-height: 2.5rem;
    max-width: 100%;
  }
  input:not([type='checkbox']):not([type='radio']),
  select {
    width: 100%;
    padding: 0.25rem 0.5rem;
  }
  button {
    padding: 0.25rem 1rem;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--saxon-color-focus, currentColor);
    outline-offset: 2px;
  }
  .targets {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: 0.5rem 0;
    padding: 0.75rem;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    font-size: 0.875em;
  }
  .preview {
    border: 2px dashed currentColor;
    padding: 1rem;
    margin: 0 0 1rem;
    min-width: 0;
  }
  .status {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
