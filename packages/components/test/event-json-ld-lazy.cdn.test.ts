// Issue 27: the event list's schema.org JSON-LD is a chunk of its own beside the script-tag file
// (dist/cdn/chunks/saxon-event-list-json-ld-*.js), loaded with the first shown events. Under a
// strict CSP with Trusted Types it arrives after the events and is published in the light DOM;
// when it cannot be loaded, the visitor still has every event and the page no uncaught error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStrictCspSite, widgetPage, type StrictCspSite } from './support/strict-csp-site.js';

const JSON_LD_CHUNK = /\/chunks\/saxon-event-list-json-ld-\w+\.js$/;

describe("the event list's JSON-LD chunk", () => {
  let env: StrictCspSite;

  beforeAll(async () => {
    env = await startStrictCspSite({
      files: (apiUrl) => ({
        '/': widgetPage({
          title: 'Veranstaltungen',
          scripts: ['/cdn/saxon-event-list.js'],
          body: `<saxon-event-list api-url="${apiUrl}/directory/v1"></saxon-event-list>`,
        }),
      }),
    });
  });

  afterAll(() => env?.close());

  it('comes with the first events and publishes each shown event', async () => {
    const { context, page, problems, scripts } = await env.watchedPage();
    await page.goto(env.site.url);
    const events = page.locator('saxon-event-list [part~="event"]');
    await expect.poll(() => events.count(), { timeout: 30_000 }).toBe(10);
    const script = page.locator('saxon-event-list > script[type="application/ld+json"]');
    await expect.poll(() => script.count(), { timeout: 30_000 }).toBe(1);
    const graph = JSON.parse((await script.textContent())!)['@graph'] as { name: string }[];
    const titles = await page
      .locator('saxon-event-list')
      .locator('.title-link, .title-text')
      .allTextContents();
    expect(graph.length).toBeGreaterThan(0);
    for (const node of graph) expect(titles).toContain(node.name);
    expect(scripts.filter((path) => JSON_LD_CHUNK.test(path))).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('leaves the events as they are when it cannot be loaded', async () => {
    const { context, page, problems } = await env.watchedPage('errors');
    let blocked = 0;
    await page.route(JSON_LD_CHUNK, (route) => {
      blocked++;
      return route.abort();
    });
    await page.goto(env.site.url);
    const events = page.locator('saxon-event-list [part~="event"]');
    await expect.poll(() => events.count(), { timeout: 30_000 }).toBe(10);
    await expect.poll(() => blocked, { timeout: 30_000 }).toBe(1);
    // "load more" renders again: the list neither breaks nor asks for the chunk again
    await page.locator('saxon-event-list [part~="more-button"]').click();
    await expect.poll(() => events.count(), { timeout: 30_000 }).toBeGreaterThan(10);
    expect(await page.locator('saxon-event-list > script').count()).toBe(0);
    expect(await page.locator('saxon-event-list [part~="error"]').count()).toBe(0);
    expect(blocked).toBe(1);
    // the blocked file itself is the only console error
    expect(problems.filter((problem) => !/Failed to load resource/.test(problem))).toEqual([]);
    await context.close();
  }, 90_000);
});
