import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { parseWholeNumber, type UnusableNumber } from './attributes.js';

/** Where a heading sits and how it can be reached. */
export interface HeadingOptions {
  className: string;
  /** For `aria-labelledby` of a section around it, in the same shadow root. */
  id?: string;
  part?: string;
  /** `-1` for a heading that receives focus from script (the detail's title). */
  tabindex?: number;
}

/** A real `<h1>`…`<h6>` at `level` (clamped to 1–6), so headings follow the page's outline. */
export function heading(level: number, options: HeadingOptions, content: unknown) {
  const id = ifDefined(options.id);
  const className = options.className;
  const part = ifDefined(options.part);
  const tabindex = ifDefined(options.tabindex);
  // One template per level: a tag name cannot be a binding. Kept on one line each, so that the
  // heading holds its content alone, without white space around it.
  // prettier-ignore
  switch (Math.min(Math.max(Math.round(level), 1), 6)) {
    case 1: return html`<h1 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h1>`;
    case 2: return html`<h2 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3: return html`<h3 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4: return html`<h4 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5: return html`<h5 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h5>`;
    default: return html`<h6 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h6>`;
  }
}

/** The levels a widget's `heading-level` accepts, and the level it uses otherwise. */
export interface HeadingLevelRange {
  /** 6, or less where the widget's own headings sit below the one `heading-level` sets. */
  max: number;
  fallback: number;
}

/**
 * The `heading-level` attribute: a whole number from 1 to `max`, else `fallback`. A missing
 * attribute gives `fallback` silently; an unusable one calls `unusable`, which writes the widget's
 * warning.
 */
export function parseHeadingLevel(
  value: unknown,
  { max, fallback }: HeadingLevelRange,
  unusable: (problem: UnusableNumber) => void,
): number {
  return parseWholeNumber(value, { min: 1, max, fallback }, unusable);
}
