// The script-tag dataset search on an English page under a strict CSP and Trusted Types: its
// English texts and its detail view are lazy files of dist/cdn/chunks/ (built by `pnpm build`),
// fetched from the page's own origin, and the page never shows German first.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo-api/src/node.js';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from './static-server.js';

const cdnDir = new URL('../dist/cdn/', import.meta.url).pathname;

describe('the dataset search in English under a strict CSP and Trusted Types', () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let site: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
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
<html lang="en">
  <head>
    <title>Open data</title>
    <script type="module" src="/cdn/saxon-dataset-search.js"></script>
  </head>
  <body>
    <saxon-dataset-search api-type="ckan" api-url="${demo.url}/ckan"></saxon-dataset-search>
  </body>
</html>`;
    site = await serveStatic(
      { '/cdn/': cdnDir },
      { files: { '/': page }, headers: { 'content-security-policy': csp } },
    );
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await demo?.close();
  });

  it('fetches English and the detail view as allowed chunks, and shows no German first', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`console.${message.type()}: ${message.text()}`);
    });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    // Every text the search button ever shows, recorded from before the element's first render.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
      const seen: string[] = ((window as { __buttonTexts?: string[] }).__buttonTexts = []);
      const record = () => {
        const button = document
          .querySelector('saxon-dataset-search')
          ?.shadowRoot?.querySelector('[part="search-button"]');
        const text = button?.textContent?.trim();
        if (text && seen.at(-1) !== text) seen.push(text);
        requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    await page.goto(`${site.url}/`);
    const search = page.locator('saxon-dataset-search');
    await expect
      .poll(() => search.locator('[part="result-link"]').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await search.locator('[part="search-button"]').textContent()).toContain('Search');
    expect(
      await page.evaluate(() => (window as { __buttonTexts?: string[] }).__buttonTexts),
    ).toEqual(['Search']);
    expect(
      scripts.some((path) => /^\/cdn\/chunks\/saxon-dataset-search-en-\w+\.js$/.test(path)),
    ).toBe(true);
    expect(scripts.some((path) => path.includes('-detail.view-'))).toBe(false);

    await search.locator('[part="result-link"]').first().click();
    await expect
      .poll(() => search.locator('[part="detail-title"]').count(), { timeout: 30_000 })
      .toBe(1);
    expect(await search.locator('[part="back-button"]').textContent()).toContain(
      'Back to the results',
    );
    expect(
      scripts.some((path) =>
        /^\/cdn\/chunks\/saxon-dataset-search-detail\.view-\w+\.js$/.test(path),
      ),
    ).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
