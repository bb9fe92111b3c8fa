// Issue 27: the checks of the directory's actor answers are a chunk of their own beside each
// script-tag file (dist/cdn/chunks/saxon-*-directory-actors-*.js), under a strict CSP with Trusted
// Types. The event list, which reads no actors, never loads it; the actor map loads it beside its
// request for the actors — the request does not wait for it —, and when it cannot be loaded the
// map shows its error panel and draws the actors on retry.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStrictCspSite, widgetPage, type StrictCspSite } from './support/strict-csp-site.js';

const ACTOR_CHECKS = /\/chunks\/saxon-[a-z-]+-directory-actors-\w+\.js$/;

describe("the script tags' chunk of actor checks", () => {
  let env: StrictCspSite;

  beforeAll(async () => {
    env = await startStrictCspSite({
      files: (apiUrl) => ({
        '/': widgetPage({
          title: 'Akteure',
          scripts: ['/cdn/saxon-actor-map.js'],
          body: `<saxon-actor-map api-url="${apiUrl}/directory/v1"></saxon-actor-map>`,
        }),
        '/events.html': widgetPage({
          title: 'Veranstaltungen',
          scripts: ['/cdn/saxon-event-list.js'],
          body: `<saxon-event-list api-url="${apiUrl}/directory/v1"></saxon-event-list>`,
        }),
      }),
    });
  });

  afterAll(() => env?.close());

  const markers = (page: Page) =>
    page.locator('saxon-actor-map').locator('[part~="marker"], [part~="cluster"]').count();

  it('is never loaded by the event list', async () => {
    const { context, page, problems, scripts } = await env.watchedPage('errors');
    await page.goto(`${env.site.url}/events.html`);
    const events = page.locator('saxon-event-list [part~="event"]');
    await expect.poll(() => events.count(), { timeout: 30_000 }).toBe(10);
    expect(scripts).toContain('/cdn/saxon-event-list.js');
    expect(scripts.filter((path) => ACTOR_CHECKS.test(path))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('loads beside the actor map’s request for the actors, which does not wait for it', async () => {
    const { context, page, problems, scripts } = await env.watchedPage('errors');
    const asked: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/directory/v1/actors')) asked.push(pathname);
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(ACTOR_CHECKS, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${env.site.url}/`);
    // While the checks are held, the actors are asked for all the same; none is shown unchecked.
    await expect.poll(() => asked, { timeout: 30_000 }).toEqual(['/directory/v1/actors.geojson']);
    expect(scripts.filter((path) => ACTOR_CHECKS.test(path))).toHaveLength(1);
    expect(await markers(page)).toBe(0);
    release();
    await expect.poll(() => markers(page), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(asked).toEqual(['/directory/v1/actors.geojson']);
    expect(scripts.filter((path) => ACTOR_CHECKS.test(path))).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('that cannot be loaded leave the map with its error panel, and a retry draws the actors', async () => {
    const { context, page, problems } = await env.watchedPage('errors');
    let blocked = true;
    await page.route(ACTOR_CHECKS, (route) => (blocked ? route.abort() : route.continue()));
    await page.goto(`${env.site.url}/`);
    const error = page.locator('saxon-actor-map [part="error"]');
    await expect.poll(() => error.count(), { timeout: 30_000 }).toBe(1);
    expect(await markers(page)).toBe(0);

    blocked = false;
    await error.locator('[part~="retry-button"]').click();
    await expect.poll(() => markers(page), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await error.count()).toBe(0);
    // the blocked request is the only error: the console reports the failed script load
    expect(
      problems.filter((problem) => !/Failed to (load|fetch)|ERR_FAILED/.test(problem)),
    ).toEqual([]);
    await context.close();
  }, 90_000);
});
