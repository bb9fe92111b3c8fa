import { html, type TemplateResult } from 'lit';
import { inlineText, type Inline, type MarkdownBlock } from './markdown.js';

/** Inline content as Lit templates: text bindings and a handful of elements, never markup. */
export function renderInlines(inlines: readonly Inline[]): (TemplateResult | string)[] {
  return inlines.map((inline) => {
    switch (inline.type) {
      case 'text':
        return inline.text;
      case 'break':
        // the newline keeps the words apart in `textContent`, as they are on screen
        return html`${'\n'}<br />`;
      case 'code':
        return html`<code>${inline.text}</code>`;
      case 'emphasis':
        return html`<em>${renderInlines(inline.children)}</em>`;
      case 'strong':
        return html`<strong>${renderInlines(inline.children)}</strong>`;
      case 'strike':
        return html`<del>${renderInlines(inline.children)}</del>`;
      case 'link':
        return html`<a href=${inline.href}>${renderInlines(inline.children)}</a>`;
    }
  });
}

/**
 * A parsed description as paragraphs, lists and heading lines (`<p class="md-heading">`: a line of
 * a description is no heading of the page's outline). Lit binds every piece of text as text.
 */
export function renderMarkdown(blocks: readonly MarkdownBlock[]): TemplateResult[] {
  return blocks.map((block) => {
    switch (block.type) {
      case 'paragraph':
        return html`<p>${renderInlines(block.children)}</p>`;
      case 'heading':
        return html`<p class="md-heading">${renderInlines(block.children)}</p>`;
      case 'list': {
        const items = block.items.map((item) => html`<li>${renderInlines(item)}</li>`);
        return block.ordered
          ? html`<ol class="md-list" start=${block.start}>
              ${items}
            </ol>`
          : html`<ul class="md-list">
              ${items}
            </ul>`;
      }
    }
  });
}

/**
 * The start of a description in one line, for a teaser: at most `length` characters, cut at a
 * word, ending in " …" when cut. Emphasis and code stay; links become their text (a teaser sits
 * inside a result whose title is the link); blocks are joined in reading order, list items by
 * " · ", so that "Inhalt" and its items do not run together.
 */
export function teaserOf(blocks: readonly MarkdownBlock[], length: number) {
  const flat = flattenForTeaser(blocks);
  const text = inlineText(flat);
  if (text.length <= length) return { text, inlines: flat };
  const cut = text.slice(0, length);
  const lastBlank = cut.lastIndexOf(' ');
  const keep = (lastBlank > length / 2 ? cut.slice(0, lastBlank) : cut).trimEnd().length;
  const inlines = [...truncate(flat, keep), { type: 'text', text: ' …' } as const];
  return { text: inlineText(inlines), inlines };
}

const endsSentence = (text: string) => /[.!?:;…]\s*$/.test(text);

/** The blocks as one line of inline content, links unwrapped and breaks as blanks. */
function flattenForTeaser(blocks: readonly MarkdownBlock[]): Inline[] {
  const out: Inline[] = [];
  const add = (inlines: readonly Inline[]) => out.push(...inlines.flatMap(unlink));
  blocks.forEach((block, index) => {
    const before = inlineText(out).trimEnd();
    if (index > 0)
      out.push({ type: 'text', text: block.type === 'list' && !endsSentence(before) ? ': ' : ' ' });
    if (block.type !== 'list') return add(block.children);
    block.items.forEach((item, n) => {
      if (n > 0) out.push({ type: 'text', text: ' · ' });
      add(item);
    });
    if (!endsSentence(inlineText(out))) out.push({ type: 'text', text: '.' });
  });
  return out;
}

function unlink(inline: Inline): Inline[] {
  switch (inline.type) {
    case 'link':
      return inline.children.flatMap(unlink);
    case 'break':
      return [{ type: 'text', text: ' ' }];
    case 'emphasis':
    case 'strong':
    case 'strike':
      return [{ ...inline, children: inline.children.flatMap(unlink) }];
    default:
      return [inline];
  }
}

/** The first `length` characters of inline content, elements kept around what is left of them. */
function truncate(inlines: readonly Inline[], length: number): Inline[] {
  const out: Inline[] = [];
  let left = length;
  for (const inline of inlines) {
    if (left <= 0) break;
    const size = inlineText([inline]).length;
    if (size <= left) out.push(inline);
    else if (inline.type === 'text' || inline.type === 'code') {
      out.push({ ...inline, text: inline.text.slice(0, left).trimEnd() });
    } else if (inline.type !== 'break') {
      out.push({ ...inline, children: truncate(inline.children, left) } as Inline);
    }
    left -= size;
  }
  return out;
}
