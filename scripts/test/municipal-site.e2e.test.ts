import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { startMunicipalSite } from '../municipal-site.mjs';
import { axeViolations } from './axe.js';

/**
 * End to end: the Musterstadt page as `pnpm start` serves it — all three widgets from the CDN
 * bundle, the demo API and the directory server behind the same origin, a strict CSP header — in
 * Chromium.
 */
let site: Awaited<ReturnType<typeof startMunicipalSite>>;
let browser: Browser;
/** Paths the directory server logged: proof that a request reached it. */
const directoryPaths: string[] = [];

beforeAll(async () => {
  site = await startMunicipalSite({
    port: 0,
    directoryLogger: (entry) => {
      if (entry.msg === 'request') directoryPaths.push(`${entry.status} ${entry.path}`);
    },
  });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Visit {
  page: Page;
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  violations: () => Promise<string[]>;
}

async function visit(viewport = { width: 1280, height: 900 }): Promise<Visit> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const visitRecord: Visit = {
    page,
    requests: [],
    consoleErrors: [],
    pageErrors: [],
    violations: () =>
      page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
  // Injected by the browser's automation, not by the page: the page's CSP does not apply to it.
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = list;
    document.addEventListener('securitypolicyviolation', (event) =>
      list.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  page.on('request', (request) => visitRecord.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') visitRecord.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => visitRecord.pageErrors.push(String(error)));
  await page.goto(`${site.url}/`);
  await page.locator('saxon-dataset-search [part~="result"]').first().waitFor({ timeout: 20_000 });
  await page.locator('saxon-event-list [part~="event"]').first().waitFor({ timeout: 20_000 });
  await page
    .locator('saxon-actor-map [part~="marker"], saxon-actor-map [part~="cluster"]')
    .first()
    .waitFor({ timeout: 20_000 });
  return visitRecord;
}

describe('Musterstadt: all three widgets on a municipal page', () => {
  it('shows demo data with no console error and no CSP violation', async () => {
    const { page, consoleErrors, pageErrors, violations } = await visit();
    const response = await page.request.get(`${site.url}/`);
    expect(response.headers()['content-security-policy']).toMatch(
      /script-src 'self'; style-src 'self'/,
    );
    expect(response.headers()['content-security-policy']).not.toMatch(/unsafe-(inline|eval)/);
    expect(await page.locator('saxon-dataset-search [part~="result"]').count()).toBeGreaterThan(0);
    expect(await page.locator('saxon-event-list [part~="event"]').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('sends every request to the page’s own origin', async () => {
    const { page, requests } = await visit();
    expect(requests.length).toBeGreaterThan(3);
    const foreign = requests.filter((url) => new URL(url).origin !== site.url);
    expect(foreign).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('reads the map and the event list from the directory server', async () => {
    directoryPaths.length = 0;
    const timings: string[] = [];
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/directory/v1/')) {
        timings.push(response.headers()['server-timing'] ?? '(none)');
      }
    });
    await page.goto(`${site.url}/`);
    await page.locator('saxon-event-list [part~="event"]').first().waitFor({ timeout: 20_000 });
    await page
      .locator('saxon-actor-map [part~="marker"], saxon-actor-map [part~="cluster"]')
      .first()
      .waitFor({ timeout: 20_000 });
    // The directory server logged the widgets' reads, and its answers carry its Server-Timing.
    expect(directoryPaths).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^200 \/directory\/v1\/actors/),
        expect.stringMatching(/^200 \/directory\/v1\/events$/),
      ]),
    );
    expect(timings.length).toBeGreaterThan(1);
    for (const timing of timings) expect(timing).toMatch(/^(db;desc="sqlite"|cache;desc="hit")/);
    await context.close();
  }, 60_000);

  it('passes axe (WCAG 2.0 A/AA, 2.1 AA) on the whole page', async () => {
    const { page } = await visit();
    expect(await axeViolations(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21aa'] })).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('downloads a file and opens the portal page from the dataset detail view', async () => {
    const { page } = await visit();
    const search = page.locator('saxon-dataset-search');
    // The first result whose detail has both a file to download and a portal page.
    const fileLink = search.locator('[part~="distribution-link"][href*="/demo/dateien/"]').first();
    const portalLink = search.locator('[part~="portal-link"]');
    let found = false;
    for (let i = 0; i < 10 && !found; i++) {
      await search.locator('[part~="result-link"]').nth(i).click();
      await search.locator('[part~="detail"]').waitFor();
      found = (await fileLink.count()) > 0 && (await portalLink.count()) > 0;
      if (!found) await search.locator('[part~="back-button"]').click();
    }
    expect(found).toBe(true);
    const title = (await search.locator('[part~="detail-title"]').textContent())!.trim();

    const href = (await fileLink.getAttribute('href'))!;
    expect(new URL(href).origin).toBe(site.url);
    const [download] = await Promise.all([page.waitForEvent('download'), fileLink.click()]);
    expect(await download.failure()).toBeNull();
    expect(download.url()).toBe(href);
    const served = await page.request.get(href);
    expect(served.status()).toBe(200);
    const saved = await readFile((await download.path())!);
    expect(saved.length).toBe(Number(served.headers()['content-length']));
    expect(saved.length).toBeGreaterThan(0);

    const portalHref = (await portalLink.getAttribute('href'))!;
    expect(new URL(portalHref).origin).toBe(site.url);
    const [response] = await Promise.all([page.waitForResponse(portalHref), portalLink.click()]);
    expect(response.status()).toBe(200);
    expect(new URL(page.url()).origin).toBe(site.url);
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
    await expect.poll(() => page.locator('h1').textContent()).toBe(title);
    await page.context().close();
  }, 90_000);

  it('links topics, map and events: a chosen topic filters both, keyboard and axe included', async () => {
    const { page, consoleErrors, pageErrors } = await visit();
    const robotics = page.locator('saxon-topic-list button[part~="topic-button"]', {
      hasText: 'Robotik',
    });
    await robotics.waitFor({ timeout: 20_000 });
    const mapStatus = page.locator('saxon-actor-map [role="status"]').first();
    const eventIds = () =>
      page
        .locator('saxon-event-list [data-event-id]')
        .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['eventId']));
    await expect.poll(() => mapStatus.textContent(), { timeout: 20_000 }).toMatch(/^50 Akteure/);

    // by keyboard: focus the topic, press Space
    await robotics.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => robotics.getAttribute('aria-pressed')).toBe('true');
    const api = `${site.url}/directory/v1`;
    const actors = await (await fetch(`${api}/actors?topic=robotics&limit=1`)).json();
    const events = await (await fetch(`${api}/events?topic=robotics&limit=6`)).json();
    await expect
      .poll(() => mapStatus.textContent(), { timeout: 20_000 })
      .toMatch(new RegExp(`^${actors.total} Akteure`));
    await expect
      .poll(eventIds, { timeout: 20_000 })
      .toEqual(events.items.map((e: { id: string }) => e.id));
    const chosen = await page
      .locator('saxon-actor-map #filter-topic')
      .evaluate((select: HTMLSelectElement) => [...select.selectedOptions].map((o) => o.value));
    expect(chosen).toEqual(['robotics']);

    // the chosen state passes axe too
    expect(await axeViolations(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21aa'] })).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('does not scroll sideways at 320 px', async () => {
    const { page } = await visit({ width: 320, height: 800 });
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.context().close();
  }, 60_000);
});
