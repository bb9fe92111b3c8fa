// Acceptance: the static Storybook, served with no API server running, shows a widget with demo data
// in Chromium. The demo API core runs inside the page, behind MSW's service worker.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { DEMO_API_ORIGIN } from '../../../.storybook/demo-origins.js';
import { serveStatic, type StaticServer } from './static-server.js';

const staticDir = new URL('../../../storybook-static/', import.meta.url).pathname;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${staticDir}index.json`)) {
    throw new Error(
      'storybook-static/ is missing: run `pnpm build-storybook` first (`pnpm test` does).',
    );
  }
  server = await serveStatic({ '/': staticDir });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens a story's iframe and records page errors, the demo-API answers the service worker gave, and
 * every request to a host other than this machine that the service worker did not answer.
 */
async function openStory(id: string, globals = '') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  const network: string[] = [];
  const mocked: string[] = [];
  const isLocal = (url: string) => ['127.0.0.1', 'localhost'].includes(new URL(url).hostname);
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    const url = response.url();
    if (response.fromServiceWorker()) mocked.push(url);
    else if (!isLocal(url) && url.startsWith('http')) network.push(url);
  });
  page.on('requestfailed', (request) => {
    if (!isLocal(request.url())) network.push(`${request.url()} (failed)`);
  });
  const query = `id=${id}&viewMode=story${globals ? `&globals=${globals}` : ''}`;
  await page.goto(`${server.url}/iframe.html?${query}`);
  return { page, errors, network, mocked, close: () => context.close() };
}

const topicLabels = (page: Page) => page.locator('saxon-topic-list [part="label"]');

// Each browser-driving test opens a story in Chromium; on a loaded 2-core machine that alone can take
// several seconds, so the budget is generous (timings belong to pnpm bench, not to this test).
describe('static Storybook', { timeout: 30_000 }, () => {
  it('lists the stories of the shared pieces, the topic list and the embedding guide', () => {
    const index = JSON.parse(readFileSync(`${staticDir}index.json`, 'utf8')) as {
      entries: Record<string, { title: string; type: string }>;
    };
    const ids = Object.keys(index.entries);
    expect(ids).toContain('widgets-themenliste--default');
    expect(ids).toContain('widgets-themenliste--docs');
    expect(ids).toContain('einbinden-embedding--docs');
    expect(existsSync(`${staticDir}mockServiceWorker.js`)).toBe(true);
  });

  it('makes every story an accessibility test that fails on any axe violation', () => {
    const preview = readFileSync(
      new URL('../../../.storybook/preview.ts', import.meta.url),
      'utf8',
    );
    expect(preview).toMatch(/a11y:\s*\{\s*test:\s*'error'\s*\}/);
    const stories = (
      readdirSync(new URL('../src/', import.meta.url), { recursive: true }) as string[]
    )
      .filter((file) => file.endsWith('.stories.ts'))
      .map((file) => readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8'));
    expect(stories.length).toBeGreaterThan(0);
    for (const source of [preview, ...stories]) {
      expect(source).not.toMatch(/test:\s*'(todo|off)'|a11y:\s*\{\s*disable/);
    }
  });

  it('shows the topic list with demo data, answered by the service worker, with no server', async () => {
    const story = await openStory('widgets-themenliste--default');
    try {
      await expect.poll(() => topicLabels(story.page).count(), { timeout: 15_000 }).toBe(17);
      await expect(topicLabels(story.page).allTextContents()).resolves.toContain(
        'Maschinelles Lernen',
      );
      const status = await story.page.locator('saxon-topic-list [role="status"]').textContent();
      expect(status?.trim()).toBe('17 Themen');
      expect(
        story.mocked.some((url) => url.startsWith(`${DEMO_API_ORIGIN}/directory/v1/topics`)),
      ).toBe(true);
      expect(story.network).toEqual([]); // nothing went past the service worker
      expect(story.errors).toEqual([]);
    } finally {
      await story.close();
    }
  });

  it('applies the toolbar: English, dark colour scheme', async () => {
    const story = await openStory('widgets-themenliste--default', 'locale:en;theme:dark');
    try {
      await expect.poll(() => topicLabels(story.page).count(), { timeout: 15_000 }).toBe(17);
      await expect(topicLabels(story.page).allTextContents()).resolves.toContain(
        'Machine learning',
      );
      const background = await story.page
        .locator('saxon-topic-list')
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).toBe('rgb(21, 24, 28)'); // the dark default of --saxon-color-surface
    } finally {
      await story.close();
    }
  });

  it('switches the theme tokens to system colours under forced colours', async () => {
    const story = await openStory('widgets-themenliste--default');
    try {
      await story.page.emulateMedia({ forcedColors: 'active' });
      await expect.poll(() => topicLabels(story.page).count(), { timeout: 15_000 }).toBe(17);
      const accent = await story.page
        .locator('saxon-topic-list')
        .evaluate((el) => getComputedStyle(el).getPropertyValue('--_color-accent').trim());
      expect(accent).toBe('LinkText');
    } finally {
      await story.close();
    }
  });
});
