// The dataset preview as a page gets it: the script-tag bundle with its lazily loaded chunks, a
// strict Content-Security-Policy, the Node demo API over real HTTP, Chromium. A 50 MB CSV is capped
// and read in the Web Worker. axe in every state, and 320 px without sideways page scrolling.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations as axeOf } from '../../../scripts/test/axe.js';
import type { StaticServer } from './static-server.js';
import { startPreviewSite, type PreviewSite } from './support/preview-page.js';

const TITLE = 'Verkehrszählung "Blaues Wunder" 2024';
let previewSite: PreviewSite;
let demo: PreviewSite['demo'];
let site: StaticServer;
let browser: Browser;

/** The demo API's preview samples that the tests add to the dataset's files. */
const samples = () => [
  { name: 'Groß (CSV, 50 MB)', url: `${demo.url}/demo/vorschau/gross-50mb.csv`, format: 'CSV' },
  { name: 'Einwohner (CSV)', url: `${demo.url}/demo/vorschau/einwohner-kreise.csv`, format: 'CSV' },
  {
    name: 'Gesperrt (CSV)',
    url: `${demo.url}/demo/ohne-cors/einwohner-kreise.csv`,
    format: 'CSV',
  },
  {
    name: 'Ladesäulen (GeoJSON)',
    url: `${demo.url}/demo/vorschau/ladesaeulen.geojson`,
    format: 'GeoJSON',
  },
  { name: 'Haushalt (JSON)', url: `${demo.url}/demo/vorschau/haushalt.json`, format: 'JSON' },
];

beforeAll(async () => {
  previewSite = await startPreviewSite();
  ({ demo, browser } = previewSite);
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    'connect-src {demo}',
    "base-uri 'none'",
  ];
  site = await previewSite.site(csp);
}, 120_000);

afterAll(async () => {
  await previewSite?.close();
});

interface Opened {
  page: Page;
  problems: string[];
  workers: string[];
}

/**
 * Opens the page and the dataset. The
 * CKAN answer is the demo API's own, with the preview samples added to the dataset's resources on
 * the way (no demo dataset links to them).
 */
async function openDataset({ width = 1280 } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const workers: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.route(/\/ckan\/api\/3\/action\/package_search/, async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    for (const pkg of body.result.results)
      pkg.resources.push(
        ...samples().map(({ name, url, format }) => ({ name, url, format, id: name })),
      );
    await route.fulfill({ response, json: body });
  });
  await page.goto(`${site.url}/`);
  const link = page.locator('saxon-dataset-search [part="result-link"]', { hasText: TITLE });
  await link.click({ timeout: 30_000 });
  await page.locator('saxon-dataset-search [part="detail-title"]').waitFor({ timeout: 30_000 });
  return { page, problems, workers };
}

const row = (page: Page, name: string) =>
  page.locator('saxon-dataset-search [part="distribution"]', {
    has: page.locator(`[part="distribution-link"]`, { hasText: name }),
  });

/** Presses a file's "Vorschau" and waits until the panel shows its content or why not. */
async function preview(page: Page, name: string) {
  const file = row(page, name);
  await file.locator('[part="preview-button"]').click();
  await file.locator('.preview-panel').waitFor({ timeout: 60_000 });
  return file;
}

/** axe on the dataset's detail, where the previews open (the facets beside it are not this test's). */
const axeViolations = (page: Page) =>
  axeOf(page, {
    tags: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'],
    include: { fromShadowDom: ['saxon-dataset-search', '[part="detail"]'] },
  });

describe('dataset preview from dist/cdn under a strict CSP', () => {
  it('loads nothing of the preview before it is opened, then its chunk from dist/cdn/chunks/', async () => {
    const { page, problems } = await openDataset();
    const scripts = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.includes('/cdn/')),
      );
    // (an opened dataset loads its JSON-LD chunk; nothing of the preview comes with it)
    const previewParts =
      /\/chunks\/(?:saxon-dataset-search-(?:preview-panel|geo-map)-|preview-worker)/;
    expect((await scripts()).filter((name) => previewParts.test(name))).toEqual([]);
    await preview(page, 'Einwohner (CSV)');
    const chunks = (await scripts()).filter((name) => name.includes('/chunks/'));
    expect(chunks).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/cdn\/chunks\/saxon-dataset-search-preview-panel-\w+\.js$/),
      ]),
    );
    // the map's chunk comes only with a GeoJSON preview
    expect(chunks.some((name) => name.includes('geo-map'))).toBe(false);
    await preview(page, 'Ladesäulen (GeoJSON)');
    expect((await scripts()).some((name) => name.includes('geo-map'))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('caps a 50 MB CSV, read and parsed in the Web Worker', async () => {
    const { page, problems, workers } = await openDataset();
    const file = await preview(page, 'Groß (CSV, 50 MB)');
    // a failure would show its message here
    expect(await file.locator('[part="preview"]').textContent()).toContain('Zeilen');
    const caption = (await file.locator('caption').textContent())?.trim();
    expect(caption).toBe('Die ersten 100 Zeilen der Datei');
    // the rows appear a few per task
    await expect.poll(() => file.locator('tbody tr').count(), { timeout: 60_000 }).toBe(100);
    expect(await file.locator('[part="preview"]').textContent()).toContain(
      'Gelesen wurden nur die ersten 2 MB der Datei.',
    );
    expect(workers.filter((url) => url.endsWith('/chunks/preview-worker.js'))).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('has no axe violation with a table, a map, a tree and a blocked file open', async () => {
    const { page, problems } = await openDataset();
    expect(await axeViolations(page)).toEqual([]);
    await preview(page, 'Einwohner (CSV)');
    expect(await axeViolations(page)).toEqual([]);
    await preview(page, 'Ladesäulen (GeoJSON)');
    expect(await axeViolations(page)).toEqual([]);
    await preview(page, 'Haushalt (JSON)');
    expect(await axeViolations(page)).toEqual([]);
    const blocked = await preview(page, 'Gesperrt (CSV)');
    expect(await blocked.locator('[part="preview-error"]').textContent()).toContain('CORS');
    expect(await axeViolations(page)).toEqual([]);
    // the CORS refusal is the browser's own console message; nothing else may complain
    expect(problems.filter((p) => !/CORS|Failed to load resource|fetch/i.test(p))).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('reflows at 320 px: the page never scrolls sideways, a wide table scrolls in its region', async () => {
    const { page } = await openDataset({ width: 320 });
    const file = await preview(page, 'Groß (CSV, 50 MB)');
    await preview(page, 'Ladesäulen (GeoJSON)');
    const pageWidth = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(pageWidth.scroll).toBeLessThanOrEqual(pageWidth.client);
    const region = file.locator('[part="preview-scroll"]');
    const regionWidth = await region.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
    }));
    expect(regionWidth.scroll).toBeGreaterThan(regionWidth.client);
    // keyboard: the region takes focus and scrolls with the arrow keys
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.context().close();
  }, 180_000);
});
