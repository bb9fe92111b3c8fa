import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../packages/demo-api/src/node.js';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';

/**
 * examples/vite-vue as a user builds it: `vite build` (with @vitejs/plugin-vue) and VITE_SAXON_API
 * pointing at a demo API, the static `dist/` served from another origin, opened in Chromium. (The
 * template types of `@saxon-ai/components/vue` are checked by `pnpm typecheck`, which includes
 * examples/vite-vue/src/widget-types.ts.)
 */
const root = fileURLToPath(new URL('../../examples/vite-vue/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The built app on 127.0.0.1 (unknown paths get index.html). */
async function serveStatic(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, pathname));
    if (!file.startsWith(dir + sep) || pathname.endsWith('/')) file = join(dir, 'index.html');
    const body = await readFile(file).catch(() => readFile(join(dir, 'index.html')));
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/html; charset=utf-8' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let api: DemoServer;
let outDir: string;
let site: { url: string; server: Server };
let browser: Browser;

beforeAll(async () => {
  api = await startDemoServer({ port: 0 });
  outDir = await mkdtemp(join(tmpdir(), 'saxon-vite-vue-'));
  // Vite reads VITE_* variables from the environment; NODE_ENV is `test` under vitest.
  const previous = { ...process.env };
  process.env['VITE_SAXON_API'] = api.url;
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    for (const name of ['VITE_SAXON_API', 'NODE_ENV']) {
      if (previous[name] === undefined) delete process.env[name];
      else process.env[name] = previous[name];
    }
  }
  site = await serveStatic(outDir);
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.server.close(resolve));
  await api?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('examples/vite-vue', () => {
  it('renders the widgets with props from the template, and their events reach Vue', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${site.url}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('KI in Sachsen');

    const results = page.locator('saxon-dataset-search [part~="result"]');
    const events = page.locator('saxon-event-list [part~="event"]');
    const markers = page.locator(
      'saxon-actor-map [part~="marker"], saxon-actor-map [part~="cluster"]',
    );
    for (const locator of [results, events, markers]) {
      await locator.first().waitFor({ timeout: 20_000 });
    }
    expect(await results.count()).toBe(5); // :page-size="5", set as the pageSize property
    expect(await events.count()).toBe(5); // :limit="5"
    expect(
      await page.locator('saxon-event-list').evaluate((el) => (el as { layout?: string }).layout),
    ).toBe('cards');

    const selection = page.getByTestId('selection');
    await expect(selection.textContent()).resolves.toBe('Noch nichts ausgewählt.');
    const datasetLink = results.first().locator('[part~="result-link"]');
    const datasetTitle = (await datasetLink.textContent())!.trim();
    await datasetLink.click();
    await expect
      .poll(() => selection.textContent())
      .toBe(`Zuletzt ausgewählt: Datensatz „${datasetTitle}“`);

    const eventLink = events.first().locator('[part~="title-link"]');
    const eventTitle = (await eventLink.textContent())!.trim();
    await eventLink.click();
    await expect
      .poll(() => selection.textContent())
      .toBe(`Zuletzt ausgewählt: Veranstaltung „${eventTitle}“`);
    expect(page.url()).toBe(`${site.url}/`); // the handler's preventDefault() kept us here

    await page.locator('saxon-actor-map [part~="view-button"]', { hasText: 'Liste' }).click();
    const row = page.locator('saxon-actor-map [part~="item-button"]').first();
    const actorName = (await row.locator('[part~="item-name"]').textContent())!.trim();
    await row.click();
    await expect
      .poll(() => selection.textContent())
      .toBe(`Zuletzt ausgewählt: Akteur „${actorName}“`);

    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);
});
