// <saxon-dataset-search> as a page gets it (issue 26): the script-tag bundle under a strict CSP, the
// Node demo API over real HTTP as a CKAN and as an EntryStore portal, Chromium driven by the
// keyboard. The region facet, the Kreis map and the time filters round-trip through the URL (a
// real reload, Back and Forward); axe in every new state; 320 px without sideways scrolling; the
// expert panel's SDK snippet, copied out of the page, runs in Node against the demo API; the
// JSON-LD of the opened dataset; the hostile corpus through region labels and the attribution.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createOpenDataClient, type PortalType } from '@saxon-ai/sdk';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo-api/src/node.js';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { axeViolations as axeOf } from '../../../scripts/test/axe.js';
import { serveStatic, type StaticServer } from './static-server.js';

const componentsDir = new URL('..', import.meta.url).pathname;
const cdnDir = new URL('../dist/cdn/', import.meta.url).pathname;
const run = promisify(execFile);
let demo: Awaited<ReturnType<typeof startDemoServer>>;
let hostileDemo: Awaited<ReturnType<typeof startDemoServer>>;
let site: StaticServer;
let browser: Browser;

const apiUrl = (base: string, type: PortalType) =>
  type === 'ckan' ? `${base}/ckan` : `${base}/entrystore/store`;

const pageOf = (base: string, type: PortalType) => `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>Offene Daten</title>
    <script type="module" src="/cdn/saxon-dataset-search.js"></script>
  </head>
  <body>
    <main>
      <h1>Offene Daten in Sachsen</h1>
      <saxon-dataset-search api-type="${type}" api-url="${apiUrl(base, type)}" sync-url></saxon-dataset-search>
    </main>
  </body>
</html>`;

beforeAll(async () => {
  if (!existsSync(`${cdnDir}saxon-dataset-search.js`))
    throw new Error('dist/cdn/ is missing: run `pnpm build` first (`pnpm test` does).');
  demo = await startDemoServer({ port: 0 });
  hostileDemo = await startDemoServer({ port: 0, hostile: true });
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${demo.url} ${hostileDemo.url}`,
    "base-uri 'none'",
  ].join('; ');
  site = await serveStatic(
    { '/cdn/': cdnDir },
    {
      files: {
        '/ckan.html': pageOf(demo.url, 'ckan'),
        '/entrystore.html': pageOf(demo.url, 'entrystore'),
        '/hostile-ckan.html': pageOf(hostileDemo.url, 'ckan'),
        '/hostile-entrystore.html': pageOf(hostileDemo.url, 'entrystore'),
      },
      headers: { 'content-security-policy': csp },
    },
  );
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await demo?.close();
  await hostileDemo?.close();
});

interface Options {
  width?: number;
  colorScheme?: 'light' | 'dark';
  query?: string;
}

/** The page with the widget, its first results shown; problems collects errors and CSP reports. */
async function open(
  path: string,
  { width = 1280, colorScheme = 'light', query = '' }: Options = {},
) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  await page.goto(`${site.url}${path}${query}`);
  await resultsShown(page);
  return { page, problems };
}

const widget = 'saxon-dataset-search';
const resultsShown = (page: Page) =>
  page.locator(`${widget} [part~="result"]`).first().waitFor({ timeout: 30_000 });
const status = (page: Page) =>
  page
    .locator(`${widget} [part="status"]`)
    .textContent()
    .then((t) => t?.trim() ?? '');
const chips = (page: Page) => page.locator(`${widget} [part="chip"] .chip-text`).allTextContents();
const param = (page: Page, name: string) => new URL(page.url()).searchParams.getAll(name);
/** The summary line once no load is running. */
const settledSummary = async (page: Page) => {
  await page.locator(`${widget} [part="content"][aria-busy="false"]`).waitFor({ timeout: 30_000 });
  return page.locator(`${widget} [data-results-summary]`).textContent();
};

/** The element focused inside the widget's shadow root: `tag[part]`, or an SVG Kreis by its AGS. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '';
    const ags = active.getAttribute('data-ags');
    return ags ? `kreis[${ags}]` : `${active.localName}[${active.getAttribute('part') ?? ''}]`;
  });

const axeViolations = (page: Page) =>
  axeOf(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/** Opens the time group with the keyboard; its choices load then. */
async function openTimeGroup(page: Page) {
  const group = page.locator(`${widget} [part~="time-filters"]`);
  expect(await group.locator('select').count()).toBe(0); // nothing before it is opened
  await group.locator('summary').focus();
  await page.keyboard.press('Enter');
  await page.locator(`${widget} #time-modified`).waitFor({ timeout: 30_000 });
}

/** The region facet's first value: its label and checkbox. */
async function firstRegion(page: Page) {
  const group = page.locator(`${widget} [part~="facet"]`, {
    has: page.locator('[part="facet-summary"]', { hasText: 'Region' }),
  });
  await group.waitFor({ timeout: 30_000 });
  const option = group.locator('[part="facet-option"]').first();
  const label = (await option.locator('.option-label').textContent())!.trim();
  return { group, label, box: option.locator('input') };
}

for (const type of ['ckan', 'entrystore'] as const) {
  const path = `/${type}.html`;

  describe(`<saxon-dataset-search> place and time on the ${type} demo portal`, () => {
    it('filters by a region from the list with the keyboard; the filter survives reload, Back and Forward', async () => {
      const { page, problems } = await open(path);
      const before = await settledSummary(page);
      const { label, box } = await firstRegion(page);
      await box.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => param(page, 'ds-region'), { timeout: 30_000 }).toHaveLength(1);
      const [ags] = param(page, 'ds-region');
      expect(ags).toMatch(/^\d{2}(\d{3}(\d{3})?)?$/); // Land, Kreis or Gemeinde
      await expect.poll(() => chips(page), { timeout: 30_000 }).toEqual([`Region: ${label}`]);
      await expect.poll(() => status(page), { timeout: 30_000 }).toContain(`Region: ${label}`);
      const filtered = await settledSummary(page);
      expect(filtered).not.toBe(before);
      // the SDK, asked the same, counts the same
      const sdk = createOpenDataClient({ type, baseUrl: apiUrl(demo.url, type) });
      const total = (await sdk.search({ region: [ags!], limit: 1 })).total;
      expect(filtered).toContain(String(total));

      await page.reload();
      await resultsShown(page);
      expect(await chips(page)).toEqual([`Region: ${label}`]);
      expect(await settledSummary(page)).toBe(filtered);
      expect(await (await firstRegion(page)).box.isChecked()).toBe(true);

      await page.goBack();
      await expect.poll(() => chips(page), { timeout: 30_000 }).toEqual([]);
      expect(await settledSummary(page)).toBe(before);
      await page.goForward();
      await expect.poll(() => chips(page), { timeout: 30_000 }).toEqual([`Region: ${label}`]);
      expect(await settledSummary(page)).toBe(filtered);
      expect(problems).toEqual([]);
      await page.context().close();
    }, 180_000);

    it('offers the Kreis map on request: every Kreis a labelled switch with its count, Space filters by it', async () => {
      const { page, problems } = await open(path);
      const { group } = await firstRegion(page);
      expect(await group.locator('[part="region-map-kreis"]').count()).toBe(0); // not before asked
      const toggle = group.locator('[part="region-map-toggle"]');
      await toggle.focus();
      await page.keyboard.press('Enter');
      const kreise = group.locator('[part="region-map-kreis"]');
      await expect.poll(() => kreise.count(), { timeout: 30_000 }).toBe(13);
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const labels = await kreise.evaluateAll((paths) =>
        paths.map((p) => [p.getAttribute('role'), p.getAttribute('aria-label')]),
      );
      for (const [role, name] of labels) {
        expect(role).toBe('checkbox');
        expect(name).toMatch(/^.+, \d+ Datens(atz|ätze)$/);
      }
      expect(labels.map(([, name]) => name)).toContainEqual(expect.stringMatching(/^Leipzig, /));
      // Tab from the toggle reaches the Kreise; Space on Leipzig (14713) filters by it
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatch(/^kreis\[\d{5}\]$/);
      const leipzig = group.locator('[data-ags="14713"]');
      await leipzig.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => param(page, 'ds-region'), { timeout: 30_000 }).toEqual(['14713']);
      await expect
        .poll(() => leipzig.getAttribute('aria-checked'), { timeout: 30_000 })
        .toBe('true');
      await settledSummary(page);
      expect(await focused(page)).toBe('kreis[14713]'); // focus stays on the Kreis
      expect(await chips(page)).toEqual([expect.stringMatching(/^Region: .*Leipzig/)]);
      expect(await axeViolations(page)).toEqual([]);
      // Enter toggles it off again
      await page.keyboard.press('Enter');
      await expect.poll(() => param(page, 'ds-region'), { timeout: 30_000 }).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    }, 180_000);

    it('filters by last change and publication; presets and ranges survive reload, Back and Forward', async () => {
      const { page, problems } = await open(path);
      const before = await settledSummary(page);
      await openTimeGroup(page);
      const modified = page.locator(`${widget} #time-modified`);
      await modified.focus();
      await modified.selectOption('year');
      await expect.poll(() => param(page, 'ds-modified'), { timeout: 30_000 }).toEqual(['year']);
      await expect
        .poll(() => chips(page), { timeout: 30_000 })
        .toEqual(['Zuletzt geändert: Letztes Jahr']);
      await expect
        .poll(() => status(page), { timeout: 30_000 })
        .toContain('gefiltert nach Zuletzt geändert: Letztes Jahr');
      const lastYear = await settledSummary(page);

      // A custom range for the publication date, first backwards: an error, nothing searched.
      const issued = page.locator(`${widget} #time-issued`);
      await issued.selectOption('custom');
      const range = page.locator(`${widget} .time-field`, { has: page.locator('#time-issued') });
      await range.locator('input[name="from"]').fill('2024-12-31');
      await range.locator('input[name="to"]').fill('2020-01-01');
      await range.locator('[part="time-apply"]').focus();
      await page.keyboard.press('Enter');
      await range.locator('.time-error[role="alert"]').waitFor();
      expect(await range.locator('input[name="from"]').getAttribute('aria-invalid')).toBe('true');
      expect(param(page, 'ds-issued')).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await range.locator('input[name="from"]').fill('2020-01-01');
      await range.locator('input[name="to"]').fill('2024-12-31');
      await range.locator('[part="time-apply"]').focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => param(page, 'ds-issued'), { timeout: 30_000 })
        .toEqual(['2020-01-01..2024-12-31']);
      const chipText = 'Veröffentlicht: 01.01.2020 – 31.12.2024';
      await expect
        .poll(() => chips(page), { timeout: 30_000 })
        .toEqual(['Zuletzt geändert: Letztes Jahr', chipText]);
      const both = await settledSummary(page);
      const sdk = createOpenDataClient({ type, baseUrl: apiUrl(demo.url, type) });
      const { from, to } = { from: '2020-01-01', to: '2024-12-31' };
      const total = (
        await sdk.search({ issued: { from, to }, modified: lastYearRange(), limit: 1 })
      ).total;
      expect(both).toContain(String(total));

      await page.reload();
      await resultsShown(page);
      expect(await chips(page)).toEqual(['Zuletzt geändert: Letztes Jahr', chipText]);
      expect(await settledSummary(page)).toBe(both);
      expect(await page.locator(`${widget} #time-modified`).inputValue()).toBe('year');

      await page.goBack();
      await expect
        .poll(() => chips(page), { timeout: 30_000 })
        .toEqual(['Zuletzt geändert: Letztes Jahr']);
      expect(await settledSummary(page)).toBe(lastYear);
      await page.goBack();
      await expect.poll(() => chips(page), { timeout: 30_000 }).toEqual([]);
      expect(await settledSummary(page)).toBe(before);
      await page.goForward();
      await expect
        .poll(() => chips(page), { timeout: 30_000 })
        .toEqual(['Zuletzt geändert: Letztes Jahr']);

      // Removing the chip clears the filter and focus stays on a chip or the field.
      await page.locator(`${widget} [part="chip"]`).first().focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => param(page, 'ds-modified'), { timeout: 30_000 }).toEqual([]);
      expect(await focused(page)).toBe('input[search-input]');
      expect(problems).toEqual([]);
      await page.context().close();
    }, 240_000);

    /**
     * axe in light and in dark on one page, with region and time filters set and the Kreis map
     * open, then with the detail's expert panel open: the colour scheme switched on the loaded
     * page rather than a page and the same steps per scheme. The first test checks; the other reads
     * what it found. A failed run is not kept, so a retried test runs again.
     */
    const schemes = ['light', 'dark'] as const;
    let checked: Promise<{ found: Map<string, string[]>; problems: string[] }> | undefined;
    const axeInBothSchemes = () =>
      (checked ??= (async () => {
        const { page, problems } = await open(path, {
          query: '?ds-modified=year&ds-issued=2015-01-01..',
        });
        const found = new Map(schemes.map((scheme) => [scheme, [] as string[]]));
        const check = async (state: string) => {
          for (const colorScheme of schemes) {
            await page.emulateMedia({ colorScheme });
            for (const violation of await axeViolations(page))
              found.get(colorScheme)!.push(`${state}: ${violation}`);
          }
          await page.emulateMedia({ colorScheme: 'light' });
        };
        await firstRegion(page);
        await page.locator(`${widget} [part="region-map-toggle"]`).click();
        await page.locator(`${widget} [part="region-map-kreis"]`).first().waitFor();
        await check('filters and map');
        await page.locator(`${widget} [part="result-link"]`).first().click();
        await page.locator(`${widget} [part="expert-summary"]`).click();
        await page.locator(`${widget} [part="snippet"]`).waitFor();
        await check('expert panel');
        await page.context().close();
        return { found, problems };
      })().catch((error: unknown) => {
        checked = undefined;
        throw error;
      }));

    for (const colorScheme of schemes) {
      it(`has no axe violation (${colorScheme}) with region and time filters set and the detail's expert panel open`, async () => {
        const { found, problems } = await axeInBothSchemes();
        expect(found.get(colorScheme)).toEqual([]);
        expect(problems).toEqual([]);
      }, 300_000); // the first of them checks for both
    }

    it('reflows at 320 px: filters, map, custom range and the expert panel without sideways scrolling', async () => {
      const { page, problems } = await open(path, { width: 320 });
      expect(await sideways(page)).toBe(false);
      await page.locator(`${widget} [part="filter-toggle"]`).click();
      await page.locator(`${widget} [part="region-map-toggle"]`).click();
      await page.locator(`${widget} [part="region-map-kreis"]`).first().waitFor();
      await openTimeGroup(page);
      await page.locator(`${widget} #time-issued`).selectOption('custom');
      await page.locator(`${widget} input[name="from"]`).waitFor();
      expect(await sideways(page)).toBe(false);
      await page.locator(`${widget} [part="result-link"]`).first().click();
      await page.locator(`${widget} [part="expert-summary"]`).click();
      await page.locator(`${widget} [part="snippet"]`).waitFor();
      expect(await sideways(page)).toBe(false);
      expect(problems).toEqual([]);
      await page.context().close();
    }, 180_000);

    it("the expert panel's SDK snippet, copied out of the page, fetches that dataset in Node", async () => {
      const { page, problems } = await open(path);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: site.url,
      });
      await page.locator(`${widget} [part="result-link"]`).first().click();
      const title = (await page.locator(`${widget} [part="detail-title"]`).textContent())!.trim();
      const summary = page.locator(`${widget} [part="expert-summary"]`);
      await summary.focus();
      await page.keyboard.press('Enter');
      const snippet = (await page.locator(`${widget} [part="snippet"]`).textContent())!;
      expect(snippet).toContain("from '@saxon-ai/sdk'");

      // Copy with the keyboard: the clipboard holds the snippet, the live region says so.
      await page.locator(`${widget} [part="copy-button"]`).first().focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator(`${widget} [part="copy-status"]`).textContent(), {
          timeout: 10_000,
        })
        .toBe('Abruf mit @saxon-ai/sdk in die Zwischenablage kopiert.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

      // Run it where `@saxon-ai/sdk` resolves (this package depends on it).
      const dir = await mkdtemp(join(componentsDir, '.snippet-'));
      try {
        await writeFile(join(dir, 'snippet.mjs'), snippet);
        const { stdout } = await run(process.execPath, [join(dir, 'snippet.mjs')], {
          timeout: 60_000,
        });
        expect(stdout.trim()).toBe(title);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }

      // The rest of the panel: the API URL answers, DCAT links, the licence's attribution.
      const api = await page.locator(`${widget} [part="api-url"]`).getAttribute('href');
      expect((await fetch(api!)).ok).toBe(true);
      const representations = await page
        .locator(`${widget} [part="representation"]`)
        .evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
      expect(representations.length).toBeGreaterThan(0);
      for (const [, href] of representations) expect((await fetch(href!)).ok, href!).toBe(true);
      expect(await page.locator(`${widget} [part="attribution-text"]`).textContent()).not.toBe('');
      const feed = page.locator(`${widget} [part="feed-link"]`);
      if (type === 'ckan') {
        const href = await feed.getAttribute('href');
        const answer = await fetch(href!);
        expect(answer.headers.get('content-type')).toContain('atom');
      } else {
        expect(await feed.count()).toBe(0); // EntryStore portals have no feed
      }
      expect(problems).toEqual([]);
      await page.context().close();
    }, 180_000);

    it('keeps the opened dataset as schema.org JSON-LD in the light DOM, gone when the detail closes', async () => {
      const { page, problems } = await open(path);
      const jsonLd = page.locator(`${widget} > script[type="application/ld+json"]`);
      expect(await jsonLd.count()).toBe(0);
      await page.locator(`${widget} [part="result-link"]`).first().click();
      const title = (await page.locator(`${widget} [part="detail-title"]`).textContent())!.trim();
      await jsonLd.waitFor({ state: 'attached' });
      const node = JSON.parse((await jsonLd.textContent())!);
      expect(node).toMatchObject({ '@type': 'Dataset', name: title, isAccessibleForFree: true });
      // under `script-src 'self'` the data element is not script: no CSP report, nothing ran
      await page.locator(`${widget} [part="back-button"]`).click();
      await resultsShown(page);
      expect(await jsonLd.count()).toBe(0);
      expect(problems).toEqual([]);
      await page.context().close();
    }, 120_000);

    it('shows the hostile corpus in region labels and the attribution as text', async () => {
      const { page, problems } = await open(`/hostile-${type}.html`);
      const { group } = await firstRegion(page);
      await group.locator('[part="region-map-toggle"]').click();
      await page.locator(`${widget} [part="region-map-kreis"]`).first().waitFor();
      await group.locator('[part="facet-option"] input').first().click();
      await expect.poll(() => chips(page), { timeout: 30_000 }).toHaveLength(1);
      await page.locator(`${widget} [part="result-link"]`).first().click();
      await page.locator(`${widget} [part="expert-summary"]`).click();
      await page.locator(`${widget} [part="attribution-text"]`).waitFor();
      const injected = await page
        .locator(widget)
        .evaluate(
          (el) =>
            el.shadowRoot!.querySelectorAll(
              'script, iframe, object, embed, img[src="x"], [onerror], [onload], [onbegin]',
            ).length +
            el.querySelectorAll(':scope > :not(script[type="application/ld+json"])').length,
        );
      expect(injected).toBe(0);
      expect(
        await page.evaluate(() => (window as { __saxonPwned?: unknown }).__saxonPwned),
      ).toBeUndefined();
      expect(problems).toEqual([]);
      await page.context().close();
    }, 180_000);
  });
}

/** "Letztes Jahr" as the widget computes it: a year before today (Europe/Berlin) up to today. */
function lastYearRange() {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  const from = `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  return { from, to: today };
}
