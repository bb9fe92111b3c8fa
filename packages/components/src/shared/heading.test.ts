// The shared heading: a real <h1>…<h6> at the level the page's outline needs, with the widget's
// class, part, id and tabindex, and its content alone inside it (screen readers list headings by
// that text, and a test of a widget reads it).
import { html, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { heading } from './heading.js';

afterEach(() => document.body.replaceChildren());

/** Renders `level`'s heading with `options` into a fresh container and returns that heading. */
function rendered(level: number, options: Parameters<typeof heading>[1]): Element {
  const container = document.createElement('div');
  document.body.append(container);
  render(html`${heading(level, options, 'Veranstaltungen im Oktober')}`, container);
  return container.firstElementChild!;
}

describe('heading', () => {
  it('is the element of its level, 1 to 6, with the content alone inside it', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      const element = rendered(level, { className: 'title' });
      expect(element.tagName).toBe(`H${level}`);
      expect(element.textContent).toBe('Veranstaltungen im Oktober');
      expect(element.getAttribute('class')).toBe('title');
    }
  });

  it('clamps and rounds other levels into 1 to 6', () => {
    const tag = (level: number) => rendered(level, { className: 'title' }).tagName;
    expect([0, -3, 1.4, 2.6, 7, 40].map(tag)).toEqual(['H1', 'H1', 'H1', 'H3', 'H6', 'H6']);
  });

  it('carries the id, part and tabindex it is given, and none it is not given', () => {
    const full = rendered(2, {
      className: 'detail-title',
      id: 'detail-title',
      part: 'title',
      tabindex: -1,
    });
    expect(full.outerHTML.replace(/<!--[^>]*-->/g, '')).toBe(
      '<h2 id="detail-title" class="detail-title" part="title" tabindex="-1">Veranstaltungen im Oktober</h2>',
    );
    const bare = rendered(4, { className: 'month-heading' });
    expect(bare.getAttributeNames()).toEqual(['class']);
  });
});
