import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../packages/demo-api/dist/node.js';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { startMunicipalSite } from '../municipal-site.mjs';

/**
 * The embed configurator (konfigurator.html) as a webmaster uses it: set a widget up, copy the
 * snippet and the CSP header with its buttons, paste both into a blank page on another site. That
 * page loads the widget under exactly the copied CSP with no violation. The data comes from the
 * demo API on a third origin, map tiles from a fourth (the blank site's server as `localhost`), so
 * the copied CSP must name them.
 */
let site: Awaited<ReturnType<typeof startMunicipalSite>>;
let api: DemoServer;
let blankSite: Server;
let blankUrl: string;
let browser: Browser;
let configurator: Page;
let blank: Page;
/** What the blank site answers at `/`: the pasted snippet, under the pasted CSP header. */
const pasted = { snippet: '', csp: '' };
const consoleCspErrors: string[] = [];
/** A 1×1 PNG: every map tile of the tile service on `localhost` (another origin than the page). */
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const cdnDir = new URL('../../packages/components/dist/cdn/', import.meta.url).pathname;

beforeAll(async () => {
  [site, api] = await Promise.all([startMunicipalSite({ port: 0 }), startDemoServer({ port: 0 })]);
  blankSite = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      const page = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Leere Seite</title></head><body>\n${pasted.snippet}\n</body></html>`;
      response.writeHead(200, {
        'content-type': 'text/html',
        'content-security-policy': pasted.csp,
      });
      return response.end(page);
    }
    if (/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(path))
      return response.writeHead(200, { 'content-type': 'image/png' }).end(TILE);
    try {
      const body = await readFile(join(cdnDir, path.replace(/^\/cdn\//, '')));
      const type = extname(path) === '.js' ? 'text/javascript' : 'application/json';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => blankSite.listen(0, '127.0.0.1', resolve));
  const address = blankSite.address();
  blankUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  // Injected by the browser's automation, not by the page: the page's CSP does not apply to it.
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = list;
    document.addEventListener('securitypolicyviolation', (event) =>
      list.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  configurator = await context.newPage();
  blank = await context.newPage();
  blank.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text()))
      consoleCspErrors.push(message.text());
  });
  await configurator.goto(`${site.url}/konfigurator.html`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  blankSite?.close();
  await Promise.all([site?.close(), api?.close()]);
});

/** Presses the button that copies `button` and returns the clipboard, once the page says so. */
async function copy(button: string): Promise<string> {
  await configurator.getByRole('button', { name: `${button} kopieren` }).click();
  await expect
    .poll(() => configurator.locator('#copy-status').textContent(), { timeout: 10_000 })
    .toBe(`${button} kopiert.`);
  return configurator.evaluate(() => navigator.clipboard.readText());
}

/** Sets a field of the configurator as a person does: types, then leaves it. */
async function setField(label: string, value: string) {
  const field = configurator.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Tab');
}

/** Pastes the copied snippet and CSP into the blank page and opens it; returns its violations. */
async function openPasted(ready: string) {
  pasted.snippet = await copy('Code zum Einfügen');
  const header = await copy('HTTP');
  expect(header).toMatch(/^Content-Security-Policy: /);
  pasted.csp = header.replace(/^Content-Security-Policy: /, '');
  consoleCspErrors.length = 0;
  await blank.goto(blankUrl);
  await blank.locator(ready).first().waitFor({ timeout: 30_000 });
}

const violations = () =>
  blank.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('embed configurator page', () => {
  it('runs under the site’s strict CSP with no violation, its preview showing demo data', async () => {
    await configurator
      .locator(
        'saxon-embed-configurator saxon-actor-map [part~="marker"], saxon-embed-configurator saxon-actor-map [part~="cluster"]',
      )
      .first()
      .waitFor({ timeout: 30_000 });
    expect(
      await configurator.evaluate(
        () => (window as unknown as { __violations: string[] }).__violations,
      ),
    ).toEqual([]);
    // the no-JS fallback inside the configurator's element is no longer shown
    expect(await configurator.getByText('Der Konfigurator braucht JavaScript').isVisible()).toBe(
      false,
    );
  }, 60_000);
});

describe('embed configurator: the copied snippet under the copied CSP', () => {
  it('loads the dataset search on a blank page with 0 CSP violations', async () => {
    await configurator.getByLabel('Baustein', { exact: true }).selectOption('saxon-dataset-search');
    await setField('api-url', `${api.url}/ckan`);
    await openPasted('saxon-dataset-search [part~="result"]');
    expect(pasted.snippet).toMatch(
      /^<script type="module" src="\/cdn\/saxon-dataset-search\.js" integrity="sha384-[\w+/=]+" crossorigin="anonymous"><\/script>/,
    );
    expect(pasted.csp).toContain(`connect-src 'self' ${api.url}`);
    expect(pasted.csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(await violations()).toEqual([]);
    expect(consoleCspErrors).toEqual([]);
  }, 90_000);

  it('loads the map without tiles, then with tiles after consent, with 0 CSP violations', async () => {
    await configurator.getByLabel('Baustein', { exact: true }).selectOption('saxon-actor-map');
    await setField('api-url', `${api.url}/directory/v1`);
    const marker = 'saxon-actor-map [part~="marker"], saxon-actor-map [part~="cluster"]';
    await openPasted(marker);
    expect(pasted.csp).toContain("img-src 'self' data:");
    expect(await violations()).toEqual([]);
    expect(consoleCspErrors).toEqual([]);

    const tileHost = blankUrl.replace('127.0.0.1', 'localhost').slice(0, -1);
    await setField('tiles', `${tileHost}/tiles/{z}/{x}/{y}.png`);
    await openPasted(marker);
    expect(pasted.csp).toContain(`img-src 'self' ${tileHost} data:`);
    const tileLoaded = blank.waitForResponse((answer) =>
      /\/tiles\/\d+\/\d+\/\d+\.png$/.test(answer.url()),
    );
    await blank.locator('saxon-actor-map [part="consent-button"]').click();
    expect((await tileLoaded).status()).toBe(200);
    await blank
      .locator('saxon-actor-map img[src*="/tiles/"]')
      .first()
      .waitFor({ state: 'attached', timeout: 20_000 });
    expect(await violations()).toEqual([]);
    expect(consoleCspErrors).toEqual([]);
  }, 120_000);
});

describe('embed configurator: accessible like the widgets', () => {
  it('passes axe (WCAG 2.0 A/AA, 2.1 AA)', async () => {
    const results = await new AxeBuilder({ page: configurator })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  }, 60_000);

  it('copies with the keyboard and announces it in a live region', async () => {
    const button = configurator.getByRole('button', {
      name: 'Text für die Datenschutzerklärung kopieren',
    });
    await button.focus();
    await configurator.keyboard.press('Enter');
    await expect
      .poll(() => configurator.locator('#copy-status').textContent(), { timeout: 10_000 })
      .toBe('Text für die Datenschutzerklärung kopiert.');
    expect(await configurator.evaluate(() => navigator.clipboard.readText())).toContain(
      'Kartenkacheln von localhost',
    );
  }, 60_000);

  it('reflows at 320 px without horizontal scrolling', async () => {
    await configurator.setViewportSize({ width: 320, height: 800 });
    const overflow = await configurator.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await configurator.setViewportSize({ width: 1280, height: 900 });
    expect(overflow).toBeLessThanOrEqual(0);
  }, 60_000);
});
