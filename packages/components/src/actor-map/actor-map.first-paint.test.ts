import { page } from 'vitest/browser';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { mount, until } from '../../test/fixture.js';
import { countFormatterBuilds, heldAnswerClient } from '../../test/support/first-render.js';
import './define.js';

// One test in this file on purpose: the `Intl` formatters are cached for the whole page
// (`intl-cache.ts`), and each browser test file has a page of its own, so here they start unbuilt
// as on a visitor's first page.

const server = inject('demoApiUrl');
const apiUrl = `${server.replace('//127.0.0.1:', '//localhost:')}/directory/v1`;

let restore = () => {};
beforeAll(async () => {
  await page.viewport(1000, 900);
  document.documentElement.lang = 'de';
});
afterEach(() => {
  restore();
  document.body.replaceChildren();
});

describe('<saxon-actor-map> first clustered paint', () => {
  it('builds the number formatters while the actors load, not between answer and paint', async () => {
    const counter = countFormatterBuilds(['PluralRules', 'NumberFormat']);
    restore = counter.restore;
    // The actors' answer is held back until the test lets it through: the time a network takes.
    const { client, release, asked } = heldAnswerClient(apiUrl, '/actors.geojson');
    const el = document.createElement('saxon-actor-map');
    el.client = client;
    await mount(el);
    const shadow = el.shadowRoot!;
    await until(() => expect(asked()).toBe(true));
    // Tasks the element queued when it sent the request run before one queued now.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shadow.querySelector('[part~="cluster"], [part~="marker"]')).toBeNull();
    const beforeAnswer = counter.builds.length;
    expect(beforeAnswer).toBeGreaterThan(0);

    release();
    await until(() =>
      expect(shadow.querySelector('[part~="cluster"], [part~="marker"]')).not.toBeNull(),
    );
    // Between the answer and the first paint with actors no formatter had to be built…
    expect(counter.builds.slice(beforeAnswer)).toEqual([]);
    // …and the paint uses them: counts and the live region are formatted in German.
    await until(() =>
      expect(shadow.querySelector('[part~="status"]')!.textContent!.trim()).toBe(
        '50 Akteure auf der Karte',
      ),
    );
    const counts = [...shadow.querySelectorAll('[part~="cluster"] .count')];
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(count.textContent).toMatch(/^\d{1,3}(\.\d{3})*$/);
  });
});
