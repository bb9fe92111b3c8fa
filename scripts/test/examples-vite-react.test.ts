import { createDirectoryClient, createOpenDataClient } from '../../packages/sdk/src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildViteExample, type BuiltExample } from './vite-example.js';

/**
 * examples/vite-react as a user builds it: `vite build` with VITE_SAXON_API pointing at a demo
 * API, the static `dist/` served from another origin, opened in Chromium (see vite-example.ts).
 */
let example: BuiltExample;

beforeAll(async () => {
  example = await buildViteExample('vite-react');
}, 60_000);

afterAll(async () => {
  await example?.close();
});

describe('examples/vite-react', () => {
  it('renders the three widgets and the SDK counts, and shows selections in React state', async () => {
    const context = await example.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${example.siteUrl}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('KI in Sachsen');

    // The widgets, with demo data (locators pierce shadow roots).
    const results = page.locator('saxon-dataset-search [part~="result"]');
    const events = page.locator('saxon-event-list [part~="event"]');
    const markers = page.locator(
      'saxon-actor-map [part~="marker"], saxon-actor-map [part~="cluster"]',
    );
    for (const locator of [results, events, markers]) {
      await locator.first().waitFor({ timeout: 20_000 });
    }
    expect(await results.count()).toBe(5); // page-size={5}
    expect(await events.count()).toBeGreaterThan(0);
    expect(await markers.count()).toBeGreaterThan(0);

    // The counts the app fetched with the SDK itself.
    const directory = createDirectoryClient({ baseUrl: `${example.api.url}/directory/v1` });
    const openData = createOpenDataClient({ type: 'ckan', baseUrl: `${example.api.url}/ckan` });
    const [actors, datasets, upcoming] = await Promise.all([
      directory.actors.list({ limit: 1 }),
      openData.search({ limit: 1 }),
      directory.events.list({ limit: 1 }),
    ]);
    const de = new Intl.NumberFormat('de-DE');
    const count = (id: string) => page.getByTestId(id).textContent();
    await expect.poll(() => count('actor-count')).toBe(de.format(actors.total));
    expect(actors.total).toBeGreaterThan(0);
    expect(await count('dataset-count')).toBe(de.format(datasets.total));
    expect(datasets.total).toBeGreaterThan(0);
    expect(await count('event-count')).toBe(de.format(upcoming.total));

    // Each widget's select event reaches React through its `onsaxon-…-select` prop.
    const selection = page.getByTestId('selection');
    const datasetTitle = (await results.first().locator('[part~="result-link"]').textContent())!;
    await results.first().locator('[part~="result-link"]').click();
    await expect
      .poll(() => selection.textContent())
      .toBe(`Zuletzt ausgewählt: Datensatz „${datasetTitle.trim()}“`);

    const eventTitle = (await events.first().locator('[part~="title-link"]').textContent())!;
    await events.first().locator('[part~="title-link"]').click();
    await expect
      .poll(() => selection.textContent())
      .toBe(`Zuletzt ausgewählt: Veranstaltung „${eventTitle.trim()}“`);
    expect(page.url()).toBe(`${example.siteUrl}/`); // the handler's preventDefault() kept us here

    await page.locator('saxon-actor-map [part~="view-button"]', { hasText: 'Liste' }).click();
    const row = page.locator('saxon-actor-map [part~="item-button"]').first();
    const actorName = (await row.locator('[part~="item-name"]').textContent())!;
    await row.click();
    await expect
      .poll(() => selection.textContent())
      .toBe(`Zuletzt ausgewählt: Akteur „${actorName.trim()}“`);

    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);
});
