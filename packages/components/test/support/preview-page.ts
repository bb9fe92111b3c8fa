// A page with the script-tag `<saxon-dataset-search>` under a given Content-Security-Policy, the
// Node demo API over real HTTP and the preview samples added to the "Blaues Wunder" dataset's
// files on the way (no demo dataset links to them). For the preview's e2e tests in Chromium.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startDemoServer } from '../../../demo-api/src/node.js';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from '../static-server.js';

const cdnDir = new URL('../../dist/cdn/', import.meta.url).pathname;
const TITLE = 'Verkehrszählung "Blaues Wunder" 2024';

export interface PreviewSite {
  demo: Awaited<ReturnType<typeof startDemoServer>>;
  browser: Browser;
  /** A page at `path` of a site whose every answer carries `csp` (`{demo}` is the API origin). */
  site(csp: string[]): Promise<StaticServer>;
  close(): Promise<void>;
}

export interface OpenedPage {
  page: Page;
  /** `securitypolicyviolation` events (directive: blocked URI and sample), page errors. */
  violations: string[];
  problems: string[];
  /** URLs of the Web Workers the page started. */
  workers: string[];
}

const html = (apiUrl: string) => `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Offene Daten</title>
    <script type="module" src="/cdn/saxon-dataset-search.js"></script>
  </head>
  <body>
    <main>
      <h1>Offene Daten</h1>
      <saxon-dataset-search api-type="ckan" api-url="${apiUrl}" query="Blaues Wunder"></saxon-dataset-search>
    </main>
  </body>
</html>`;

/** The demo API, Chromium, and sites with a policy of the test's choosing. */
export async function startPreviewSite(): Promise<PreviewSite> {
  if (!existsSync(`${cdnDir}saxon-dataset-search.js`))
    throw new Error('dist/cdn/ is missing: run `pnpm build` first (`pnpm test` does).');
  const demo = await startDemoServer({ port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const sites: StaticServer[] = [];
  return {
    demo,
    browser,
    async site(csp) {
      const server = await serveStatic(
        { '/cdn/': cdnDir },
        {
          files: { '/': html(`${demo.url}/ckan`) },
          headers: { 'content-security-policy': csp.join('; ').replaceAll('{demo}', demo.url) },
        },
      );
      sites.push(server);
      return server;
    },
    async close() {
      await browser.close();
      for (const server of sites) await server.close();
      await demo.close();
    },
  };
}

/** A file added to the dataset: its name in the detail, its URL and format. */
export interface AddedFile {
  name: string;
  url: string;
  format: string;
}

/** Opens `site`'s page with `files` added to the dataset, and the dataset's detail. */
export async function openDataset(
  browser: Browser,
  siteUrl: string,
  files: AddedFile[],
  { width = 1280 } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const violations: string[] = [];
  const problems: string[] = [];
  const workers: string[] = [];
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(
        `${event.violatedDirective}: ${event.blockedURI} ${event.sample}`.trim(),
      ),
    );
  });
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
        ...files.map(({ name, url, format }) => ({ name, url, format, id: name })),
      );
    await route.fulfill({ response, json: body });
  });
  await page.goto(`${siteUrl}/`);
  await page
    .locator('saxon-dataset-search [part="result-link"]', { hasText: TITLE })
    .click({ timeout: 60_000 });
  await page.locator('saxon-dataset-search [part="detail-title"]').waitFor({ timeout: 60_000 });
  return { page, violations, problems, workers };
}

/** The detail's row of the file named `name`. */
export const fileRow = (page: Page, name: string) =>
  page.locator('saxon-dataset-search [part="distribution"]', {
    has: page.locator('[part="distribution-link"]', { hasText: name }),
  });

/** Where the page read its previews, from the widget's User Timing marks. */
export const readMarks = (page: Page) =>
  page.evaluate(() => ({
    worker: performance.getEntriesByName('saxon-preview-read-in-worker').length,
    page: performance.getEntriesByName('saxon-preview-read-in-page').length,
  }));
