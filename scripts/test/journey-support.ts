// Shared steps of the acceptance journeys (issue 23): the Musterstadt site with the directory server
// on SQLite, Chromium via playwright-core, and a visitor or editor who uses only the keyboard.
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { startMunicipalSite } from '../municipal-site.mjs';

export type Site = Awaited<ReturnType<typeof startMunicipalSite>>;

/**
 * The site and Chromium for one journey file: started before its tests, closed after them. Read
 * `site` and `browser` inside the tests (they exist once `beforeAll` has run).
 */
export function useJourneySite(): { readonly site: Site; readonly browser: Browser } {
  const started: { site?: Site; browser?: Browser } = {};
  beforeAll(async () => {
    started.site = await startMunicipalSite({ port: 0 });
    started.browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  }, 60_000);
  afterAll(async () => {
    await started.browser?.close();
    await started.site?.close();
  });
  return {
    get site() {
      return started.site!;
    },
    get browser() {
      return started.browser!;
    },
  };
}

/** Mouse and pointer events the page saw: a keyboard-only journey must end with none. */
const POINTER_EVENTS = ['mousedown', 'mouseup', 'mousemove', 'pointerdown', 'pointerup'];

export interface KeyboardPage {
  page: Page;
  /** Uncaught errors and console errors of the page. */
  problems: string[];
  /** Fails the test if any mouse or pointer event reached the page. */
  expectKeyboardOnly(): Promise<void>;
}

/** A fresh browser context whose page records every mouse/pointer event and every error. */
export async function keyboardPage(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
): Promise<KeyboardPage> {
  const context = await browser.newContext({ viewport, locale: 'de-DE' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${message.text()} (${message.location().url})`);
  });
  // Injected by the automation, not the page (the page's CSP does not apply); runs on every page.
  await page.addInitScript((names: string[]) => {
    const seen: string[] = [];
    (window as unknown as { __pointerEvents: string[] }).__pointerEvents = seen;
    for (const name of names)
      window.addEventListener(name, (event) => seen.push(`${event.type}`), { capture: true });
  }, POINTER_EVENTS);
  return {
    page,
    problems,
    async expectKeyboardOnly() {
      const seen = await page.evaluate(
        () => (window as unknown as { __pointerEvents?: string[] }).__pointerEvents ?? [],
      );
      expect(seen).toEqual([]);
    },
  };
}

/** Focuses a control (as Tab would) and types into it key by key. */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.page().keyboard.press('ControlOrMeta+A');
  await field.page().keyboard.press('Delete');
  await field.page().keyboard.type(text);
}

/** Focuses a control and presses a key on it (Enter on a button or link, Space on a checkbox). */
export async function pressOn(control: Locator, key: 'Enter' | 'Space'): Promise<void> {
  await control.focus();
  await control.page().keyboard.press(key);
}

/**
 * Chooses an option of a closed `<select>` with the keyboard: its first letter (type-ahead), then
 * the down arrow until the option is selected. (Whole words typed on a loaded machine can outlast
 * the type-ahead's one-second window.)
 */
export async function chooseByTyping(select: Locator, label: string): Promise<void> {
  const selected = () =>
    select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.text ?? '');
  await select.focus();
  await select.page().keyboard.press(label[0]!);
  for (let i = 0; i < 20 && (await selected()) !== label; i++)
    await select.page().keyboard.press('ArrowDown');
  expect(await selected()).toBe(label);
}

/** The entry form of `eintragen.html`, its fields found by their labels (the shadow root is open). */
export function entryForm(page: Page) {
  const form = page.locator('saxon-entry-form');
  return {
    form,
    field: (label: RegExp) => form.getByRole('textbox', { name: label }),
    select: (label: RegExp) => form.getByRole('combobox', { name: label }),
    checkbox: (label: RegExp) => form.getByRole('checkbox', { name: label }),
    button: (label: RegExp) => form.getByRole('button', { name: label }),
  };
}

/**
 * Fills the actor form with the keyboard: organisation, postal code (the Gemeinde and its point
 * follow), a topic, the submitter and the consent; then sends it. Resolves with the private status
 * link the confirmation shows.
 */
export async function proposeActorWithKeyboard(
  page: Page,
  actor: { name: string; description: string; postalCode: string; city: string },
): Promise<string> {
  const { field, select, checkbox } = entryForm(page);
  await typeInto(field(/^Name der Organisation/), actor.name);
  await chooseByTyping(select(/^Art der Organisation/), 'Wirtschaft');
  await typeInto(field(/^Beschreibung/), actor.description);
  await typeInto(field(/^Postleitzahl/), actor.postalCode);
  await expect.poll(() => field(/^Ort/).inputValue(), { timeout: 10_000 }).toBe(actor.city);
  await pressOn(checkbox(/^Maschinelles Lernen/), 'Space');
  return sendWithSubmitter(page, /^Vorschlag senden/);
}

/**
 * Fills in who proposes (name, e-mail, consent) with the keyboard and sends the form with the
 * button named `send`. Resolves with the private status link the confirmation shows.
 */
/** The directory server's fill-time threshold (`MIN_FILL_MS` of its submissions envelope). */
const MIN_FILL_MS = 3_000;

export async function sendWithSubmitter(page: Page, send: RegExp): Promise<string> {
  const { form, field, checkbox, button } = entryForm(page);
  await typeInto(field(/^Ihr Name/), 'Erika Mustermann');
  await typeInto(field(/^Ihre E-Mail-Adresse/), 'erika.mustermann@beispiel.example');
  await pressOn(checkbox(/^Ich bin einverstanden/), 'Space');
  // A person needs longer than the write side's fill-time threshold (3 s): an automated keyboard
  // can be faster, and its proposal would be held back, not queued. Send once a person could have.
  await page.waitForFunction((minimum) => performance.now() > minimum, MIN_FILL_MS + 1_000);
  await pressOn(button(send), 'Enter');
  const statusLink = form.getByRole('link', { name: /Stand meines Vorschlags/ });
  await statusLink.waitFor({ timeout: 20_000 });
  const href = (await statusLink.getAttribute('href'))!;
  expect(href).toMatch(/#eintrag-status=/);
  return new URL(href, page.url()).href;
}

/** Opens the moderation console on the site's origin and signs in with the demo editor's token. */
export async function signInToConsole(page: Page, site: Site): Promise<void> {
  await page.goto(site.consoleUrl);
  await typeInto(page.getByRole('textbox', { name: 'Token' }), site.editorToken);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Warteschlange', level: 1 }).waitFor();
}

/** In the console's queue: opens the pending submission whose button names `title`. */
export async function openSubmission(page: Page, title: string): Promise<void> {
  const main = page.getByRole('main');
  await pressOn(main.getByRole('button', { name: title, exact: true }), 'Enter');
  await main.getByRole('heading', { name: `Einreichung: ${title}`, level: 1 }).waitFor();
}

/** In the console: opens an entry for editing from "Einträge" (actors) by its name. */
export async function openEntryInConsole(page: Page, name: string): Promise<void> {
  await pressOn(page.getByRole('navigation').getByRole('button', { name: 'Einträge' }), 'Enter');
  const main = page.getByRole('main');
  await pressOn(main.getByRole('button', { name, exact: true }), 'Enter');
  await main.getByRole('heading', { name: `Akteur: ${name}`, level: 1 }).waitFor();
}
