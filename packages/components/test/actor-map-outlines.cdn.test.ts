// The actor map's Kreis outlines are a chunk of their own beside dist/cdn/saxon-actor-map.js
// (issue 27): under a strict CSP with Trusted Types they load beside the actors and are drawn, and
// when their file cannot be loaded the map still shows its markers, says so and loads them on retry.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo-api/src/node.js';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from './static-server.js';

const cdnDir = new URL('../dist/cdn/', import.meta.url).pathname;
const OUTLINES = /\/chunks\/saxon-actor-map-kreis-outlines-\w+\.js$/;

describe('the actor map script tag: Kreis outlines as a lazy chunk', () => {
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
<html lang="de">
  <head>
    <title>Akteure</title>
    <script type="module" src="/cdn/saxon-actor-map.js"></script>
  </head>
  <body>
    <saxon-actor-map api-url="${demo.url}/directory/v1"></saxon-actor-map>
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

  /** A fresh page that collects errors and CSP violations in `problems`. */
  async function watchedPage() {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    return { context, page, problems };
  }

  const map = (page: Page) => page.locator('saxon-actor-map');
  const count = (page: Page, selector: string) => map(page).locator(selector).count();

  it('loads the outlines chunk beside the actors and draws the 13 Kreise', async () => {
    const { context, page, problems } = await watchedPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site.url}/`);
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
    await page.goto(`${site.url}/`);
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
});
