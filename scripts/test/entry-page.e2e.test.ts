import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { startMunicipalSite } from '../municipal-site.mjs';
import { axeViolations as axeOf } from './axe.js';
import { lowContrastTexts } from './text-contrast.js';

/**
 * Musterstadt's "KI-Akteur eintragen" page (`eintragen.html`) as `pnpm start` serves it: the entry
 * form from its one-file CDN bundle under the site's strict CSP, reachable from every page's
 * navigation, accessible in light, dark and forced colours and at 320 px.
 */
let site: Awaited<ReturnType<typeof startMunicipalSite>>;
let browser: Browser;

beforeAll(async () => {
  site = await startMunicipalSite({ port: 0 });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface EntryPage {
  page: Page;
  requests: string[];
  problems: string[];
}

/** Opens the page and waits until the form shows its first field. */
async function openEntryPage(
  options: BrowserContextOptions = {},
  path = '/eintragen.html',
): Promise<EntryPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const opened: EntryPage = { page, requests: [], problems: [] };
  // Injected by the browser's automation, not by the page: the page's CSP does not apply to it.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  page.on('request', (request) => opened.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') opened.problems.push(message.text());
  });
  page.on('pageerror', (error) => opened.problems.push(String(error)));
  await page.goto(`${site.url}${path}`);
  await page.getByRole('textbox', { name: /Name der Organisation/ }).waitFor({ timeout: 30_000 });
  return opened;
}

function axeViolations(page: Page): Promise<string[]> {
  return axeOf(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
}

describe('Musterstadt: KI-Akteur eintragen', () => {
  it('shows the form from its own script under the strict CSP, asking only the site’s origin', async () => {
    const { page, requests, problems } = await openEntryPage();
    const header = await page.request.get(`${site.url}/eintragen.html`);
    expect(header.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    expect(requests.map((url) => new URL(url).pathname)).toContain('/cdn/saxon-entry-form.js');
    expect(requests.filter((url) => new URL(url).origin !== site.url)).toEqual([]);
    // The privacy notice the page's form points to has its section on the form.
    const notice = await page.request.get(`${site.url}/datenschutz.html`);
    expect(await notice.text()).toContain('id="eintragsformular"');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('is linked from the navigation of every page, and the keyboard reaches the link', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of ['/', '/datenschutz.html', '/eintragen.html']) {
      await page.goto(`${site.url}${path}`);
      const link = page
        .getByRole('navigation', { name: 'Hauptnavigation' })
        .getByRole('link', { name: 'KI-Akteur eintragen' });
      expect(await link.getAttribute('href'), path).toBe('eintragen.html');
      // Tab from the top of the page until the link has the focus.
      let reached = false;
      for (let i = 0; i < 12 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await link.evaluate((element) => element === document.activeElement);
      }
      expect(reached, path).toBe(true);
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/eintragen.html`);
    await context.close();
  }, 60_000);

  for (const [name, options] of [
    ['light', { colorScheme: 'light' }],
    ['dark', { colorScheme: 'dark' }],
    ['forced colours', { forcedColors: 'active' }],
  ] as const) {
    it(`passes axe (WCAG 2.1 A/AA) in ${name}`, async () => {
      const { page } = await openEntryPage(options);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }, 60_000);
  }

  it('keeps the form’s text readable in a forced-colours theme (pixels)', async () => {
    const { page } = await openEntryPage({ forcedColors: 'active', colorScheme: 'dark' });
    const { looked, failures } = await lowContrastTexts(page, 'controls');
    expect(looked.join('\n')).toContain('saxon-entry-form');
    expect(failures).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('reflows at 320 px without horizontal scrolling', async () => {
    const { page } = await openEntryPage({ viewport: { width: 320, height: 800 } });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      form: document.querySelector('saxon-entry-form')!.getBoundingClientRect().right,
    }));
    expect(widths.page).toBeLessThanOrEqual(320);
    expect(widths.form).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('opens a change proposal for an entry with ?aendern=<id>, prefilled from the live entry', async () => {
    const live = (await (await fetch(`${site.url}/directory/v1/actors/tu-dresden`)).json()) as {
      name: string;
    };
    const { page, problems } = await openEntryPage({}, '/eintragen.html?aendern=tu-dresden');
    const name = page.getByRole('textbox', { name: /Name der Organisation/ });
    await expect.poll(() => name.inputValue(), { timeout: 20_000 }).toBe(live.name);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('ignores an ?aendern value that is no entry id and shows the form for a new actor', async () => {
    const { page, problems } = await openEntryPage(
      {},
      `/eintragen.html?aendern=${encodeURIComponent('../moderation/audit')}`,
    );
    expect(
      await page.locator('saxon-entry-form').evaluate((form) => form.hasAttribute('entry-id')),
    ).toBe(false);
    expect(await page.getByRole('textbox', { name: /Name der Organisation/ }).inputValue()).toBe(
      '',
    );
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('links the privacy notice the page names relatively (privacy-url="datenschutz.html#…")', async () => {
    const { page } = await openEntryPage();
    const form = page.locator('saxon-entry-form');
    const link = form.getByRole('link', { name: /Datenschutz/ });
    expect(await link.count()).toBe(1);
    expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(
      `${site.url}/datenschutz.html#eintragsformular`,
    );
    await page.context().close();
  }, 60_000);

  it('names the real Website field by its own label, not by the honeypot’s', async () => {
    const { page } = await openEntryPage();
    const form = page.locator('saxon-entry-form');
    const website = form.getByRole('textbox', { name: /^Website/ });
    expect(await website.count()).toBe(1);
    expect(await website.evaluate((input) => input.id)).not.toBe('honeypot-website');
    expect(await form.getByRole('textbox', { name: /leer lassen/ }).count()).toBe(0);
    await page.context().close();
  }, 60_000);
});
