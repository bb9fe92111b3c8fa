import { ifDefined } from 'lit/directives/if-defined.js';
import { html, literal } from 'lit/static-html.js';
import { parseWholeNumber, type UnusableNumber } from './attributes.js';

// Fixed tag literals (never built from data), so the page's outline decides the level. The lit lint
// rules read `<${tag}>` as a binding in a tag name; with lit/static-html.js literals it is not one.
/* eslint-disable lit/binding-positions, lit/no-invalid-html */
const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

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
  const tag = TAGS[Math.min(Math.max(Math.round(level), 1), 6) - 1]!;
  return html`<${tag}
    id=${ifDefined(options.id)}
    class=${options.className}
    part=${ifDefined(options.part)}
    tabindex=${ifDefined(options.tabindex)}
    >${content}</${tag}
  >`;
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
