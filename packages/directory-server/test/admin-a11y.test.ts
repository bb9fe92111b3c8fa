import { HOSTILE_TEXT } from '@saxon-ai/demo-api';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../../scripts/test/axe.js';
import { ACTOR_INPUT } from '../../../scripts/test/directory/submission-fixtures.js';
import { signIn, startConsole, tabTo, violations } from './support/admin-console.js';

/**
 * The console for everyone: axe (WCAG 2.1 AA) on every screen in light, dark and forced colours,
 * 320 px without horizontal scrolling, German and English with the right `lang`, hostile text shown
 * as text, and every error state said through a live region with the input kept.
 */
let desk: Awaited<ReturnType<typeof startConsole>>;

beforeAll(async () => {
  desk = await startConsole();
  await desk.submit({
    kind: 'actor',
    action: 'update',
    targetId: 'tu-dresden',
    data: { ...ACTOR_INPUT, name: 'TU Dresden', description: 'Neue Beschreibung der TU.' },
  });
}, 120_000);
afterAll(async () => {
  await desk?.close();
});

const root = (page: Page) => page.locator('saxon-admin-console');

async function press(page: Page, control: RegExp) {
  await tabTo(page, control);
  await page.keyboard.press('Enter');
}

/** Every screen of the console, in order, each checked by `check` once it has loaded. */
async function walk(page: Page, check: (screen: string) => Promise<void>) {
  await check('sign-in');
  await signIn(page, desk.token);
  await root(page).locator('.open-submission').first().waitFor({ timeout: 20_000 });
  await check('queue');
  await press(page, /^button# TU Dresden/);
  await root(page).locator('table.diff').first().waitFor({ timeout: 20_000 });
  await press(page, /^button#edit-before-approve/);
  await check('submission');
  await press(page, /^button# Einträge/);
  await root(page).locator('.open-entry').first().waitFor({ timeout: 20_000 });
  await check('entries');
  await press(page, /^button# Barkhausen Institut/);
  await root(page).locator('#entry-name').waitFor({ timeout: 20_000 });
  await check('entry');
  await press(page, /^button# Protokoll/);
  await expect
    .poll(() => root(page).locator('[role="status"]').textContent(), { timeout: 20_000 })
    .toMatch(/Protokolleinträge|audit entries/);
  await check('audit');
}

const axe = (page: Page) =>
  axeViolations(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });

describe('moderation console: accessibility', () => {
  // Each mode as the page's media emulation (what a context's colorScheme and forcedColors set).
  const modes: [string, Parameters<Page['emulateMedia']>[0]][] = [
    ['light', { colorScheme: 'light', forcedColors: 'none' }],
    ['dark', { colorScheme: 'dark', forcedColors: 'none' }],
    ['forced colours', { colorScheme: 'light', forcedColors: 'active' }],
  ];
  /**
   * One walk through the screens, each screen checked by axe in every mode: the media switched on
   * the loaded screen rather than a walk per mode (the walk's sign-in and keyboard steps are the
   * same in every mode). The first test walks; the others read what it found. A failed walk is not
   * kept, so a retried test walks again.
   */
  let walked: Promise<{ found: Map<string, string[]>; csp: string[] }> | undefined;
  const walkInEveryMode = () =>
    (walked ??= (async () => {
      const { page } = await desk.open();
      const found = new Map(modes.map(([mode]) => [mode, [] as string[]]));
      await walk(page, async (screen) => {
        for (const [mode, media] of modes) {
          await page.emulateMedia(media);
          for (const violation of await axe(page)) found.get(mode)!.push(`${screen}: ${violation}`);
        }
        await page.emulateMedia(modes[0]![1]);
      });
      const csp = await violations(page);
      await page.context().close();
      return { found, csp };
    })().catch((error: unknown) => {
      walked = undefined;
      throw error;
    }));

  for (const [mode] of modes) {
    it(`has no axe violation on any screen (${mode})`, async () => {
      const { found, csp } = await walkInEveryMode();
      expect(found.get(mode)).toEqual([]);
      expect(csp).toEqual([]);
    }, 480_000); // the first of them walks for all three
  }

  it('reflows at 320 px: no screen scrolls sideways', async () => {
    const { page } = await desk.open({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    await walk(page, async (screen) => {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${screen}: ${width}px`);
    });
    expect(wide).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('switches to English and back, with lang on the page and on the switch', async () => {
    const { page } = await desk.open();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await root(page).locator('#switch-language').getAttribute('lang')).toBe('en');
    await press(page, /^button#switch-language/);
    await root(page).locator('h1', { hasText: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await root(page).locator('#switch-language').getAttribute('lang')).toBe('de');
    await tabTo(page, /^input#token/);
    await page.keyboard.type(desk.token);
    await page.keyboard.press('Enter');
    await root(page).locator('h1', { hasText: 'Queue' }).waitFor();
    // The choice holds through a reload of the tab.
    await page.reload();
    await root(page).locator('h1', { hasText: 'Queue' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.context().close();
  }, 120_000);
});

describe('moderation console: hostile text and error states', () => {
  it('shows hostile submissions as text: nothing runs, nothing is parsed as markup', async () => {
    // A letter up front: the server makes the new entry's id from its name.
    const names = HOSTILE_TEXT.filter((text) => text.trim() && text.length <= 190)
      .slice(0, 15)
      .map((text) => `KI ${text}`);
    const messages = HOSTILE_TEXT.filter(
      (text) => /\p{L}/u.test(text) && text.length <= 2000,
    ).slice(20);
    let accepted = 0;
    for (const [i, name] of names.entries()) {
      // Strings the server refuses (control characters …) never reach the console; the rest must
      // come back as the same text.
      await desk
        .submit({
          kind: 'actor',
          action: 'create',
          data: {
            ...ACTOR_INPUT,
            name,
            description: HOSTILE_TEXT.slice(i * 10, i * 10 + 10)
              .join('\n')
              .slice(0, 5000),
          },
          message: messages[i]!,
        })
        .then(
          () => accepted++,
          (error: Error) => expect(error.message).toMatch(/^submission: 400 /),
        );
    }
    expect(accepted).toBeGreaterThan(8);
    const stored = await (
      await fetch(`${desk.server.url}/directory/v1/moderation/submissions?limit=200`, {
        headers: { authorization: `Bearer ${desk.token}` },
      })
    ).json();
    const { page } = await desk.open();
    await signIn(page, desk.token);
    const buttons = root(page).locator('.open-submission');
    await expect.poll(() => buttons.count(), { timeout: 20_000 }).toBeGreaterThan(10);
    const shown = (await buttons.allTextContents()).map((text) => text.trim());
    const storedNames = stored.items
      .slice(0, shown.length)
      .map((s: { data: { name: string } }) => s.data.name.trim());
    expect(shown).toEqual(storedNames);
    // Open the first hostile one: its description and message are text too.
    await press(page, /^button# KI /);
    await root(page).locator('table.diff').first().waitFor({ timeout: 20_000 });
    const first = (
      stored.items as { data: { name: string; description: string }; message: string }[]
    ).find((item) => item.data.name.startsWith('KI '))!;
    expect(
      await root(page).locator('tr[data-field="description"] td.after .value').textContent(),
    ).toBe(first.data.description);
    expect(first.message).toBeTruthy();
    expect(await root(page).locator('dd.message').textContent()).toBe(first.message);
    const injected = await page.evaluate(() => {
      const shadow = document.querySelector('saxon-admin-console')!.shadowRoot!;
      return {
        pwned: (window as unknown as { __saxonPwned?: number }).__saxonPwned,
        elements: shadow.querySelectorAll('img, script, iframe, svg, style, object, embed, a')
          .length,
      };
    });
    expect(injected).toEqual({ pwned: undefined, elements: 0 });
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('says offline, server errors and 429 in the live region and keeps the typed text', async () => {
    const { page } = await desk.open();
    await signIn(page, desk.token);
    await press(page, /^button# Einträge/);
    await root(page).locator('.open-entry').first().waitFor({ timeout: 20_000 });
    await press(page, /^button# Barkhausen Institut/);
    await root(page).locator('#entry-name').waitFor({ timeout: 20_000 });
    await tabTo(page, /^textarea#entry-description/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Getippt, bevor das Netz weg war.');
    const alert = root(page).locator('[role="alert"]');
    const typed = () => root(page).locator('#entry-description').inputValue();

    await page.context().setOffline(true);
    await press(page, /^button#save-entry/);
    await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toMatch(/nicht erreichbar/);
    expect(await typed()).toBe('Getippt, bevor das Netz weg war.');
    await page.context().setOffline(false);

    for (const [status, text] of [
      [500, /meldet einen Fehler \(500\)/],
      [429, /Zu viele Anfragen/],
    ] as const) {
      await page.route('**/directory/v1/actors/barkhausen', (route) =>
        route.fulfill({
          status,
          contentType: 'application/problem+json',
          headers: status === 429 ? { 'retry-after': '0' } : {},
          body: JSON.stringify({ title: 'Fehler', status }),
        }),
      );
      await tabTo(page, /^button#save-entry/, { back: true });
      await page.keyboard.press('Enter');
      await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toMatch(text);
      expect(await typed()).toBe('Getippt, bevor das Netz weg war.');
      await page.unroute('**/directory/v1/actors/barkhausen');
    }

    // The server's field errors are listed and put on the field.
    await tabTo(page, /^input#entry-address-postalCode/, { back: true });
    await page.keyboard.type('abc');
    await press(page, /^button#save-entry/);
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toMatch(/postalCode/);
    expect(await root(page).locator('#entry-address-postalCode').getAttribute('aria-invalid')).toBe(
      'true',
    );
    // Fixed, saved: the text typed before the failures is what gets stored.
    await tabTo(page, /^input#entry-address-postalCode/, { back: true });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await press(page, /^button#save-entry/);
    await expect
      .poll(() => root(page).locator('[role="status"]').textContent(), { timeout: 20_000 })
      .toMatch(/Gespeichert/);
    const saved = await (await fetch(`${desk.server.url}/directory/v1/actors/barkhausen`)).json();
    expect(saved.description).toBe('Getippt, bevor das Netz weg war.');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  }, 240_000);
});
