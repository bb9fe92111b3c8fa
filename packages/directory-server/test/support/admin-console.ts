import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';
import { SUBMITTER } from '../../../../scripts/test/directory/submission-fixtures.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultAdminDir } from '../../src/admin/console-routes.js';
import { mintToken } from './accounts.js';
import { startTestServer } from './server.js';

/**
 * The moderation console as an editor meets it: the real server (built console, SQLite in a temp
 * directory, demo seed) and system Chromium. Every page records CSP violations, page errors and any
 * mouse or pointer event (the journeys are keyboard only), and the storage of the origin.
 */
export async function startConsole() {
  if (!existsSync(join(defaultAdminDir(), 'index.html'))) {
    throw new Error('The console is not built: run `pnpm build` before its browser tests.');
  }
  const server = await startTestServer(
    { engine: 'sqlite' },
    { submissionRateLimit: { windows: [{ limit: 1_000_000, windowMs: 60_000 }] } },
  );
  const token = await mintToken(server.storage, 'Erika Editor', 'editor');
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });

  async function submit(body: Record<string, unknown>): Promise<{ id: string }> {
    const response = await fetch(`${server.url}/directory/v1/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ submitter: SUBMITTER, consent: true, ...body }),
    });
    if (response.status !== 202)
      throw new Error(`submission: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  }

  async function open(options: BrowserContextOptions = {}): Promise<ConsolePage> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      ...options,
    });
    const page = await context.newPage();
    const record: ConsolePage = { page, pageErrors: [], consoleErrors: [] };
    // Injected by the automation, not the page: the console's CSP does not apply to it.
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[]; __mouse: string[] };
      w.__violations = [];
      w.__mouse = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        w.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
      for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'wheel'])
        window.addEventListener(type, () => w.__mouse.push(type), true);
    });
    page.on('pageerror', (error) => record.pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') record.consoleErrors.push(message.text());
    });
    await page.goto(`${server.url}/admin/`);
    await page.locator('saxon-admin-console h1').waitFor();
    return record;
  }

  return {
    server,
    token,
    browser,
    submit,
    open,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface ConsolePage {
  page: Page;
  pageErrors: string[];
  consoleErrors: string[];
}

export const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
export const mouseEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { __mouse: string[] }).__mouse);

/** The element focused inside the console's shadow root, described for a test's matcher. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '';
    return `${active.tagName.toLowerCase()}#${active.id} ${active.textContent?.trim().replace(/\s+/g, ' ') ?? ''} ${(active as HTMLInputElement).value ?? ''}`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused control matches: the way a keyboard user gets
 * there. Fails when it is not reachable within `limit` presses.
 */
export async function tabTo(page: Page, matches: RegExp, { back = false, limit = 120 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (matches.test(now)) return now;
  }
  throw new Error(`${matches} not reachable with the keyboard`);
}

/** Signs in with the keyboard: Tab to the token field, type it, Enter. */
export async function signIn(page: Page, token: string) {
  await tabTo(page, /^input#token/);
  await page.keyboard.type(token);
  await page.keyboard.press('Enter');
  await page.locator('saxon-admin-console h1', { hasText: /Warteschlange|Queue/ }).waitFor();
}
