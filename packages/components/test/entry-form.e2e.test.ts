// <saxon-entry-form> as a page gets it: the script-tag bundle, the Node demo API over real HTTP,
// Chromium driven by the keyboard alone. axe in light, dark and forced colours; 320 px without
// sideways scrolling; the hostile corpus typed into every text field stays text.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo-api/src/node.js';
import { HOSTILE_TEXT } from '../../demo-api/src/index.js';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { axeViolations as axeOf } from '../../../scripts/test/axe.js';
import { serveStatic, type StaticServer } from './static-server.js';

const cdnDir = new URL('../dist/cdn/', import.meta.url).pathname;
let demo: Awaited<ReturnType<typeof startDemoServer>>;
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${cdnDir}saxon-entry-form.js`))
    throw new Error('dist/cdn/ is missing: run `pnpm build` first (`pnpm test` does).');
  demo = await startDemoServer({ port: 0 });
  const page = (kind: string) => `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>Eintrag vorschlagen</title>
    <script type="module" src="/cdn/saxon-entry-form.js"></script>
  </head>
  <body>
    <main>
      <h1>KI in Sachsen</h1>
      <saxon-entry-form kind="${kind}" api-url="${demo.url}/directory/v1"
        privacy-url="https://www.musterstadt.example/datenschutz"></saxon-entry-form>
    </main>
  </body>
</html>`;
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${demo.url}`,
    "base-uri 'none'",
  ].join('; ');
  site = await serveStatic(
    { '/cdn/': cdnDir },
    {
      files: { '/': page('actor'), '/event.html': page('event') },
      headers: { 'content-security-policy': csp },
    },
  );
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await demo?.close();
});

type Options = {
  width?: number;
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
  path?: string;
};

async function open({
  width = 1280,
  colorScheme = 'light',
  forcedColors = 'none',
  path = '/',
}: Options = {}) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    colorScheme,
    forcedColors,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  await page.goto(`${site.url}${path}`);
  await page.locator('saxon-entry-form [part="submit-button"]').waitFor({ timeout: 30_000 });
  // the topics load through the SDK: wait for their boxes, so axe sees the whole form
  await page.locator('saxon-entry-form input[name="topics"]').first().waitFor({ timeout: 30_000 });
  return { page, problems };
}

/** The element focused inside the form's shadow root (or the page's). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active
      ? `${active.localName}[${active.getAttribute('name') ?? active.getAttribute('part') ?? ''}]`
      : '';
  });

/** Presses Tab until `name` is focused (at most `limit` times). */
async function tabTo(page: Page, name: string, limit = 120) {
  for (let i = 0; i < limit; i++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name}; last: ${await focusedName(page)}`);
}

const axeViolations = (page: Page) =>
  axeOf(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });

const liveText = (page: Page) =>
  page
    .locator('saxon-entry-form [part="status"]')
    .textContent()
    .then((t) => t?.trim() ?? '');

describe('<saxon-entry-form> in Chromium, keyboard only', () => {
  // Each mode as the page's media emulation (what a context's colorScheme and forcedColors set).
  const modes = [
    ['light', { colorScheme: 'light', forcedColors: 'none' }],
    ['dark', { colorScheme: 'dark', forcedColors: 'none' }],
    ['forced colours', { colorScheme: 'light', forcedColors: 'active' }],
    ['forced colours, dark', { colorScheme: 'dark', forcedColors: 'active' }],
  ] as const;
  /**
   * axe in every mode on one page, empty and then with every error showing: the media switched on
   * the loaded form rather than a page and a keyboard walk to the submit button per mode. The first
   * test checks; the others read what it found. A failed run is not kept, so a retried test runs
   * again.
   */
  let checked: Promise<{ found: Map<string, string[]>; problems: string[] }> | undefined;
  const axeInEveryMode = () =>
    (checked ??= (async () => {
      const { page, problems } = await open();
      const found = new Map(modes.map(([name]) => [name, [] as string[]]));
      const check = async (state: string) => {
        for (const [name, media] of modes) {
          await page.emulateMedia(media);
          for (const violation of await axeViolations(page))
            found.get(name)!.push(`${state}: ${violation}`);
        }
        await page.emulateMedia(modes[0][1]);
      };
      await check('empty');
      await tabTo(page, 'button[submit-button]');
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedName(page), { timeout: 10_000 }).toBe('div[error-summary]');
      await check('errors showing');
      await page.context().close();
      return { found, problems };
    })().catch((error: unknown) => {
      checked = undefined;
      throw error;
    }));

  for (const [name] of modes) {
    it(`has no axe violation in ${name}, empty and with every error showing`, async () => {
      const { found, problems } = await axeInEveryMode();
      expect(found.get(name)).toEqual([]);
      expect(problems).toEqual([]);
    }, 360_000); // the first of them checks for all four
  }

  for (const path of ['/', '/event.html']) {
    it(`reflows at 320 px without sideways scrolling (${path}), errors showing`, async () => {
      const { page } = await open({ width: 320, path });
      const scrolls = () =>
        page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(await scrolls()).toBe(false);
      await tabTo(page, 'button[submit-button]');
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedName(page), { timeout: 10_000 }).toBe('div[error-summary]');
      expect(await scrolls()).toBe(false);
      await page.context().close();
    }, 180_000);
  }

  it('announces the error summary and takes the keyboard from it to the field', async () => {
    const { page } = await open();
    await tabTo(page, 'button[submit-button]');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page), { timeout: 10_000 }).toBe('div[error-summary]');
    await expect.poll(() => liveText(page)).toMatch(/^Bitte prüfen Sie Ihre Angaben/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('input[name]');
    await page.context().close();
  }, 120_000);

  it('takes the hostile corpus typed into every text field as text', async () => {
    const { page, problems } = await open();
    const fields = await page
      .locator('saxon-entry-form')
      .evaluate((el) =>
        [
          ...el.shadowRoot!.querySelectorAll<HTMLInputElement>(
            'input[type="text"], input:not([type]), input[type="url"], input[type="email"], textarea',
          ),
        ]
          .filter((input) => input.tabIndex >= 0 && input.checkVisibility())
          .map((input) => [input.name, input.maxLength] as const),
      );
    expect(fields.length).toBeGreaterThan(8);
    const corpus = HOSTILE_TEXT.filter((text) => text.length < 400);
    const typed = new Map<string, string>();
    for (const [index, [name, maxLength]] of fields.entries()) {
      // a field with a `maxlength` (the postal code) takes what fits: the browser stops typing there
      const whole = corpus[index % corpus.length]!;
      const text = maxLength >= 0 ? whole.slice(0, maxLength) : whole;
      await tabTo(
        page,
        `${name === '_message' || name === 'description' ? 'textarea' : 'input'}[${name}]`,
      );
      await page.keyboard.insertText(text);
      typed.set(name, text);
    }
    const values = await page.locator('saxon-entry-form').evaluate((el) =>
      Object.fromEntries(
        // the honeypot (also named "website", out of the tab order) aside
        [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input, textarea')]
          .filter((input) => input.tabIndex >= 0)
          .map((input) => [input.name, input.value]),
      ),
    );
    for (const [name, text] of typed) expect(values[name], name).toBe(text);
    // sent: the browser's checks or the server answer; no payload ran, nothing broke out
    await tabTo(page, 'button[submit-button]');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1000);
    expect(
      await page.evaluate(() => (window as { __saxonPwned?: unknown }).__saxonPwned),
    ).toBeUndefined();
    const injected = await page
      .locator('saxon-entry-form')
      .evaluate(
        (el) =>
          el.shadowRoot!.querySelectorAll('script, iframe, object, img[src="x"], svg[onload]')
            .length,
      );
    expect(injected).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 240_000);
});
