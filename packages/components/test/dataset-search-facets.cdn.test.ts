// The dataset search's facets are a chunk of dist/cdn/ loaded beside the first search (issue 27):
// under a strict CSP with Trusted Types they load, take their styles (a constructed style sheet),
// filter; and when the chunk cannot be fetched the column says so, and "Erneut versuchen" brings
// them. (Its page server is the one cdn.test.ts uses; a shared helper may replace both.)
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo-api/src/node.js';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from './static-server.js';

const cdnDir = new URL('../dist/cdn/', import.meta.url).pathname;
const FACETS_CHUNK = /\/chunks\/saxon-dataset-search-facets\.view-\w+\.js$/;

describe('the dataset search’s facets chunk under a strict CSP and Trusted Types', () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let site: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(`${cdnDir}saxon-dataset-search.js`)) {
      throw new Error('dist/cdn/ is missing: run `pnpm build` first (`pnpm test` does).');
    }
    demo = await startDemoServer({ port: 0 });
    const csp = [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      `connect-src ${demo.url}`,
      "base-uri 'none'",
      "require-trusted-types-for 'script'",
    ].join('; ');
    const page = `<!doctype html>
<html lang="de">
  <head>
    <title>Offene Daten</title>
    <link rel="stylesheet" href="/page.css" />
    <script type="module" src="/cdn/saxon-dataset-search.js"></script>
  </head>
  <body>
    <saxon-dataset-search facets="format theme" api-type="ckan" api-url="${demo.url}/ckan"></saxon-dataset-search>
  </body>
</html>`;
    site = await serveStatic(
      { '/cdn/': cdnDir },
      {
        // Wide enough for the facets beside the results (a style sheet: the CSP allows no inline style).
        files: { '/': page, '/page.css': 'saxon-dataset-search { display: block; width: 60rem; }' },
        headers: { 'content-security-policy': csp },
      },
    );
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await demo?.close();
  });

  /** A fresh page that collects errors, warnings and CSP violations in `problems`. */
  async function watchedPage() {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        problems.push(`console.${message.type()}: ${message.text()}`);
      }
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    return { context, page, problems };
  }

  const checkboxes = (page: Page) => page.locator('saxon-dataset-search [part="facet-checkbox"]');

  it('loads the facets, styled, and they filter', async () => {
    const { context, page, problems } = await watchedPage();
    await page.goto(site.url);
    await expect.poll(() => checkboxes(page).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // The facets' styles came with the chunk: the checkboxes are 24 px targets.
    const width = await checkboxes(page)
      .first()
      .evaluate((box) => getComputedStyle(box).width);
    expect(Number.parseFloat(width)).toBeGreaterThanOrEqual(24);
    await checkboxes(page).first().check();
    await expect
      .poll(() => page.locator('saxon-dataset-search [part="chip"]').count(), { timeout: 30_000 })
      .toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('says so when the chunk cannot be fetched; "Erneut versuchen" brings the facets', async () => {
    const { context, page, problems } = await watchedPage();
    let refused = 0;
    await page.route(FACETS_CHUNK, (route) =>
      refused++ === 0 ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto(site.url);
    const retry = page.locator('saxon-dataset-search [part="filters-retry"]');
    await expect.poll(() => retry.count(), { timeout: 30_000 }).toBe(1);
    await expect
      .poll(() => page.locator('saxon-dataset-search [part="result"]').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await retry.click();
    await expect.poll(() => checkboxes(page).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(refused).toBe(2);
    // The refused fetch is the only problem the page reports.
    expect(
      problems.filter((problem) => !/facets\.view|Failed to fetch|net::/i.test(problem)),
    ).toEqual([]);
    await context.close();
  }, 60_000);
});
