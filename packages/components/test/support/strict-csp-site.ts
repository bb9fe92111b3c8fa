// What the script-tag tests in Chromium share: the Node demo API over real HTTP, a site on another
// origin that serves dist/cdn/ (entries and their lazy chunks) and pages of the test's own under a
// strict Content-Security-Policy with Trusted Types enforced, one Chromium for the file, and fresh
// pages that collect what went wrong. Outside src/: not part of the package.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
  startDemoServer,
  type DemoServer,
  type DemoServerOptions,
} from '../../../demo-api/src/node.js';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from '../static-server.js';

/** The script-tag bundles, built by `pnpm build`. */
export const cdnDir = new URL('../../dist/cdn/', import.meta.url).pathname;

/**
 * A strict policy: scripts and styles from the page's own origin only, no inline code, no eval,
 * Trusted Types enforced, requests only to the API at `apiOrigin`.
 */
export const strictCsp = (apiOrigin: string) =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${apiOrigin}`,
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');

/** A page that loads the `stylesheets` and module `scripts` in its head and holds `body`. */
export function widgetPage(page: {
  title: string;
  scripts: string[];
  body: string;
  lang?: 'de' | 'en';
  stylesheets?: string[];
}): string {
  const head = [
    ...(page.stylesheets ?? []).map((href) => `<link rel="stylesheet" href="${href}" />`),
    ...page.scripts.map((src) => `<script type="module" src="${src}"></script>`),
  ];
  return `<!doctype html>
<html lang="${page.lang ?? 'de'}">
  <head>
    <title>${page.title}</title>
    ${head.join('\n    ')}
  </head>
  <body>
    ${page.body}
  </body>
</html>`;
}

/**
 * What a watched page counts as a problem besides page errors (uncaught exceptions): every
 * console error and warning, console errors only (a test that blocks a file on purpose filters
 * the failed load out), or only the CSP violations (which the page logs as console errors).
 */
export type ProblemKinds = 'errors-and-warnings' | 'errors' | 'csp-violations';

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Page errors, console messages of the kinds asked for, CSP violations. */
  problems: string[];
  /** The path of every script the page requested, in order. */
  scripts: string[];
}

export interface StrictCspSite {
  demo: DemoServer;
  site: StaticServer;
  browser: Browser;
  /** A fresh page in a context of its own (its own HTTP cache) that collects its problems. */
  watchedPage(kinds?: ProblemKinds): Promise<WatchedPage>;
  close(): Promise<void>;
}

/**
 * Starts the demo API (`demo` options; any free port), a site that serves `cdnDir` below each of
 * `routes` (by default `/cdn/`) and the `files` made for the API's URL, every answer under
 * `strictCsp`, and Chromium.
 */
export async function startStrictCspSite(options: {
  files: (apiUrl: string) => Record<string, string>;
  routes?: string[];
  demo?: Omit<DemoServerOptions, 'port'>;
}): Promise<StrictCspSite> {
  if (!existsSync(`${cdnDir}saxon-widgets.js`))
    throw new Error('dist/cdn/ is missing: run `pnpm build` first (`pnpm test` does).');
  const demo = await startDemoServer({ ...options.demo, port: 0 });
  const routes = Object.fromEntries((options.routes ?? ['/cdn/']).map((route) => [route, cdnDir]));
  const site = await serveStatic(routes, {
    files: options.files(demo.url),
    headers: { 'content-security-policy': strictCsp(demo.url) },
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return {
    demo,
    site,
    browser,
    watchedPage: (kinds = 'errors-and-warnings') => watchedPage(browser, kinds),
    async close() {
      await browser.close();
      await site.close();
      await demo.close();
    },
  };
}

async function watchedPage(browser: Browser, kinds: ProblemKinds): Promise<WatchedPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  const scripts: string[] = [];
  const counts = (type: string, text: string) =>
    kinds === 'csp-violations'
      ? text.startsWith('CSP violation')
      : type === 'error' || (kinds === 'errors-and-warnings' && type === 'warning');
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (counts(message.type(), message.text()))
      problems.push(
        kinds === 'csp-violations'
          ? message.text()
          : `console.${message.type()}: ${message.text()}`,
      );
  });
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { context, page, problems, scripts };
}
