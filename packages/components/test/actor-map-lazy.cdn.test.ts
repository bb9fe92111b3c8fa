// The actor map's lazy parts beside dist/cdn/saxon-actor-map.js (issue 27), under a strict CSP with
// Trusted Types: the Kreis outlines load beside the actors and are drawn, and when their file cannot
// be loaded the map still shows its markers, says so and loads them on retry; the actor card's code
// loads when a card opens (its styles adopted), with placeholder bars meanwhile and a retry.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStrictCspSite, widgetPage, type StrictCspSite } from './support/strict-csp-site.js';

const OUTLINES = /\/chunks\/saxon-actor-map-kreis-outlines-\w+\.js$/;
const CARD = /\/chunks\/saxon-actor-map-card-\w+\.js$/;

describe('the actor map script tag: Kreis outlines and the card as lazy chunks', () => {
  let env: StrictCspSite;

  beforeAll(async () => {
    env = await startStrictCspSite({
      files: (apiUrl) => ({
        '/': widgetPage({
          title: 'Akteure',
          scripts: ['/cdn/saxon-actor-map.js'],
          body: `<saxon-actor-map api-url="${apiUrl}/directory/v1" sync-url></saxon-actor-map>`,
        }),
      }),
    });
  });

  afterAll(() => env?.close());

  /** A fresh page that collects page errors, console errors and CSP violations in `problems`. */
  const watchedPage = () => env.watchedPage('errors');

  const map = (page: Page) => page.locator('saxon-actor-map');
  const count = (page: Page, selector: string) => map(page).locator(selector).count();

  /**
   * Holds the requests for `file` until `release(pass)` lets them through or fails them; after
   * that, `gate.pass` decides for each new request at once.
   */
  async function hold(page: Page, file: RegExp) {
    let release!: (pass: boolean) => void;
    const gate = { verdict: new Promise<boolean>((resolve) => (release = resolve)) };
    await page.route(file, async (route) =>
      (await gate.verdict) ? route.continue() : route.abort(),
    );
    return {
      release,
      set pass(pass: boolean) {
        gate.verdict = Promise.resolve(pass);
      },
    };
  }

  it('shows the markers while the outlines chunk loads, then draws the 13 Kreise', async () => {
    const { context, page, problems, scripts } = await watchedPage();
    const outlines = await hold(page, OUTLINES);
    await page.goto(`${env.site.url}/`);
    // the markers do not wait for the outlines; a line says they are loading
    await expect
      .poll(() => count(page, '[part~="marker"], [part~="cluster"]'), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await count(page, '[part="outlines-status"][data-outlines="loading"]')).toBe(1);
    expect(await count(page, 'path.kreis')).toBe(0);
    outlines.release(true);
    await expect.poll(() => count(page, 'path.kreis'), { timeout: 30_000 }).toBe(13);
    await expect
      .poll(() => count(page, '[part~="marker"], [part~="cluster"]'), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await count(page, '[part="outlines-status"]')).toBe(0);
    expect(scripts.filter((path) => OUTLINES.test(path))).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('shows the markers and a retry when the outlines cannot be loaded, and draws them on retry', async () => {
    const { context, page, problems } = await watchedPage();
    let blocked = true;
    await page.route(OUTLINES, (route) => (blocked ? route.abort() : route.continue()));
    await page.goto(`${env.site.url}/`);
    const status = map(page).locator('[part="outlines-status"][data-outlines="failed"]');
    await expect.poll(() => status.count(), { timeout: 30_000 }).toBe(1);
    expect(await status.textContent()).toContain('Die Daten konnten nicht geladen werden.');
    await expect
      .poll(() => count(page, '[part~="marker"], [part~="cluster"]'), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await count(page, 'path.kreis')).toBe(0);

    blocked = false;
    await map(page).locator('[part="outlines-retry"]').click();
    await expect.poll(() => count(page, 'path.kreis'), { timeout: 30_000 }).toBe(13);
    expect(await count(page, '[part="outlines-status"]')).toBe(0);
    // the blocked request is the only error: the console reports the failed script load
    expect(
      problems.filter((problem) => !/Failed to (load|fetch)|ERR_FAILED/.test(problem)),
    ).toEqual([]);
    await context.close();
  }, 90_000);

  it("loads the card's code when a card opens, with its styles, and retries a failed load", async () => {
    const { context, page, problems } = await watchedPage();
    const card = await hold(page, CARD);
    // a link to an open card: the card opens as soon as the actors are there, with bars while its
    // code loads
    await page.goto(`${env.site.url}/?map-actor=tu-dresden`);
    const bars = map(page).locator('[part="detail"][aria-busy="true"] [part="detail-skeleton"]');
    await expect.poll(() => bars.count(), { timeout: 30_000 }).toBe(1);
    card.release(false);
    const error = map(page).locator('[part="detail"] [part="detail-error"]');
    await expect.poll(() => error.count(), { timeout: 30_000 }).toBe(1);
    expect(await count(page, '#detail-title')).toBe(0);

    card.pass = true;
    await error.locator('[part~="retry-button"]').click();
    const title = map(page).locator('#detail-title');
    await expect.poll(() => title.count(), { timeout: 30_000 }).toBe(1);
    await expect
      .poll(() => title.textContent(), { timeout: 30_000 })
      .toContain('Technische Universität Dresden');
    // the card's styles arrived with it, as a constructed style sheet
    const adopted = await map(page).evaluate((element) =>
      [...element.shadowRoot!.adoptedStyleSheets].some((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.startsWith('.topic-buttons')),
      ),
    );
    expect(adopted).toBe(true);
    expect(
      problems.filter((problem) => !/Failed to (load|fetch)|ERR_FAILED/.test(problem)),
    ).toEqual([]);
    await context.close();
  }, 90_000);
});
