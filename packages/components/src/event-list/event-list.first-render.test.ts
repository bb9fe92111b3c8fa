import { afterEach, describe, expect, inject, it } from 'vitest';
import { mount, until } from '../../test/fixture.js';
import { countFormatterBuilds, heldAnswerClient } from '../../test/support/first-render.js';
import './define.js';

// One test in this file on purpose: the `Intl` formatters are cached for the whole page
// (`intl-cache.ts`), and each browser test file has a page of its own, so here they start unbuilt
// as on a visitor's first page.

const server = inject('demoApiUrl');
const apiUrl = `${server.replace('//127.0.0.1:', '//localhost:')}/directory/v1`;
const COUNTED = ['PluralRules', 'NumberFormat', 'DateTimeFormat'] as const;

let restore = () => {};
afterEach(() => {
  restore();
  document.body.replaceChildren();
});

describe('<saxon-event-list> first render', () => {
  it('builds its number and date formatters while the events load, not between answer and render', async () => {
    document.documentElement.lang = 'de';
    const counter = countFormatterBuilds(COUNTED);
    restore = counter.restore;
    // The answer is held back until the test lets it through: the time a network takes.
    const { client, release, asked } = heldAnswerClient(apiUrl, '/events');
    const el = document.createElement('saxon-event-list');
    el.client = client;
    await mount(el);
    const shadow = el.shadowRoot!;
    await until(() => expect(asked()).toBe(true));
    // Tasks the element queued when it sent the request run before one queued now.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shadow.querySelector('[part~="event"]')).toBeNull();
    const beforeAnswer = counter.builds.length;
    expect(new Set(counter.builds)).toEqual(new Set(COUNTED));

    release();
    await until(() => expect(shadow.querySelectorAll('[part~="event"]')).toHaveLength(10));
    // Between the answer and the events on screen no such formatter had to be built…
    expect(counter.builds.slice(beforeAnswer)).toEqual([]);
    // …and the render uses them: dates, month headings and the count in German.
    expect(shadow.querySelector('[part~="status"]')!.textContent!.trim()).toMatch(
      /^10 von \d+ Veranstaltungen angezeigt$/,
    );
    expect(shadow.querySelector('[part~="month-heading"]')!.textContent).toMatch(/^\p{L}+ \d{4}$/u);
    expect(shadow.querySelector('[part~="date"] time')!.textContent).toMatch(/^\p{L}{2}\., \d/u);
  });
});
