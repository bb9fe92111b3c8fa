// Issue 27: the script-tag bundles check answers with the SDK's generated checks and load zod with
// the schemas only for a malformed answer — as a lazy file (dist/cdn/chunks/). Under a strict CSP
// with Trusted Types that file must load, the widget must show its error state with a retry, and
// a well-formed answer must not load it at all.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo-api/src/node.js';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from './static-server.js';

const cdnDir = new URL('../dist/cdn/', import.meta.url).pathname;

describe('the lazy schema file of a script-tag bundle under a strict CSP and Trusted Types', () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let site: StaticServer;
  let browser: Browser;
  const setFaults = (rules: unknown[]) =>
    fetch(`${demo.url}/__control/faults`, {
      method: 'PUT',
      body: JSON.stringify(rules),
      headers: { 'content-type': 'application/json' },
    });

  beforeAll(async () => {
    demo = await startDemoServer({ port: 0, control: true });
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
    <title>Themen</title>
    <script type="module" src="/cdn/saxon-topic-list.js"></script>
  </head>
  <body>
    <saxon-topic-list api-url="${demo.url}/directory/v1"></saxon-topic-list>
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

  /** A fresh page (its own HTTP cache) that collects CSP violations and page errors. */
  async function watchedPage() {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.text().startsWith('CSP violation')) problems.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    return { context, page, problems, scripts };
  }

  const isSchemaFile = (path: string) =>
    /^\/cdn\/chunks\/saxon-topic-list-schemas-\w+\.js$/.test(path);
  const items = (page: Awaited<ReturnType<typeof watchedPage>>['page']) =>
    page.locator('saxon-topic-list [part="item"]').count();

  it('loads zod only for a malformed answer, shows the error with a retry, and recovers', async () => {
    // A well-formed answer: the list, and no schema file.
    const wellFormed = await watchedPage();
    await wellFormed.page.goto(site.url);
    await expect.poll(() => items(wellFormed.page), { timeout: 30_000 }).toBe(17);
    expect(wellFormed.scripts.filter(isSchemaFile)).toEqual([]);
    expect(wellFormed.problems).toEqual([]);
    await wellFormed.context.close();

    // A malformed one (the directory's envelope with wrong types): the schema file, then the error.
    await setFaults([{ path: '/directory/v1/topics', body: 'wrong-types' }]);
    const { context, page, problems, scripts } = await watchedPage();
    await page.goto(site.url);
    const error = page.locator('saxon-topic-list [part="error"]');
    await expect.poll(() => error.count(), { timeout: 30_000 }).toBe(1);
    expect(scripts.filter(isSchemaFile)).toHaveLength(1);
    const retry = page.locator('saxon-topic-list button[part="retry-button"]');
    expect(await retry.isVisible()).toBe(true);

    // The server recovers: the retry shows the list.
    await setFaults([]);
    await retry.click();
    await expect.poll(() => items(page), { timeout: 30_000 }).toBe(17);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
