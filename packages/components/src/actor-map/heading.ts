import { html, type TemplateResult } from 'lit';

type Heading = (id: string, part: string, content: unknown) => TemplateResult;

// One literal template per level (no tag built at run time), so the page's outline decides the level.
const HEADINGS: Heading[] = [
  (id, part, content) =>
    html`<h1 id=${id} class="title" part=${part} tabindex="-1">${content}</h1>`,
  (id, part, content) =>
    html`<h2 id=${id} class="title" part=${part} tabindex="-1">${content}</h2>`,
  (id, part, content) =>
    html`<h3 id=${id} class="title" part=${part} tabindex="-1">${content}</h3>`,
  (id, part, content) =>
    html`<h4 id=${id} class="title" part=${part} tabindex="-1">${content}</h4>`,
  (id, part, content) =>
    html`<h5 id=${id} class="title" part=${part} tabindex="-1">${content}</h5>`,
  (id, part, content) =>
    html`<h6 id=${id} class="title" part=${part} tabindex="-1">${content}</h6>`,
];

/**
 * A real `<h1>`…`<h6>` at `level` (clamped to 1–6) that script can focus (`tabindex="-1"`), so
 * the detail card's title follows the outline of the page the map sits in.
 */
export function focusableHeading(level: number, id: string, part: string, content: unknown) {
  return HEADINGS[Math.min(Math.max(Math.round(level), 1), 6) - 1]!(id, part, content);
}
