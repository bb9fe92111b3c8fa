import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildViteExample, type BuiltExample } from './vite-example.js';

/**
 * examples/vite-vue as a user builds it: `vite build` (with @vitejs/plugin-vue) and VITE_SAXON_API
 * pointing at a demo API, the static `dist/` served from another origin, opened in Chromium (see
 * vite-example.ts). (The template types of `@saxon-ai/components/vue` are checked by
 * `pnpm typecheck`, which includes examples/vite-vue/src/widget-types.ts.)
 */
let example: BuiltExample;

beforeAll(async () => {
  example = await buildViteExample('vite-vue');
}, 60_000);

afterAll(async () => {
  await example?.close();
});

describe('examples/vite-vue', () => {
  it('renders the widgets with props from the template, and their events reach Vue', async () => {
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

    const results = page.locator('saxon-dataset-search [part~="result"]');
    const events = page.locator('saxon-event-list [part~="event"]');
    const markers = page.locator(
      'saxon-actor-map [part~="marker"], saxon-actor-map [part~="cluster"]',
    );
    for (const locator of [results, events, markers]) {
      await locator.first().waitFor({ timeout: 20_000 });
    }
    expect(await results.count()).toBe(5); // :page-size="5", set as the pageSize property
    expect(await events.count()).toBe(5); // :limit="5"
    expect(
      await page.locator('saxon-event-list').evaluate((el) => (el as { layout?: string }).layout),
    ).toBe('cards');

    const selection = page.getByTestId('selection');
    await expect(selection.textContent()).resolves.toBe('Noch nichts ausgewählt.');
    const datasetLink = results.first().locator('[part~="result-link"]');
    const datasetTitle = (await datasetLink.textContent())!.trim();
    await datasetLink.click();
    await expect
      .poll(() => selection.textContent())
      .toBe(`Zuletzt ausgewählt: Datensatz „${datasetTitle}“`);

    const eventLink = events.first().locator('[part~="title-link"]');
    const eventTitle = (await eventLink.textContent())!.trim();
    await eventLink.click();
    await expect
      .poll(() => selection.textContent())
      .toBe(`Zuletzt ausgewählt: Veranstaltung „${eventTitle}“`);
    expect(page.url()).toBe(`${example.siteUrl}/`); // the handler's preventDefault() kept us here

    await page.locator('saxon-actor-map [part~="view-button"]', { hasText: 'Liste' }).click();
    const row = page.locator('saxon-actor-map [part~="item-button"]').first();
    const actorName = (await row.locator('[part~="item-name"]').textContent())!.trim();
    await row.click();
    await expect
      .poll(() => selection.textContent())
      .toBe(`Zuletzt ausgewählt: Akteur „${actorName}“`);

    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);
});
