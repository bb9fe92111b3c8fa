import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_INPUT } from '../../../scripts/test/directory/submission-fixtures.js';
import {
  mouseEvents,
  signIn,
  startConsole,
  tabTo,
  violations,
  type ConsolePage,
} from './support/admin-console.js';

/**
 * Editing entries in the console, keyboard only: a direct edit (PUT with If-Match), hiding and
 * publishing, the audit log, approving with edits, and a 412 merged field by field with nothing
 * typed lost.
 */
let desk: Awaited<ReturnType<typeof startConsole>>;

beforeAll(async () => {
  desk = await startConsole();
}, 120_000);
afterAll(async () => {
  await desk?.close();
});

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${desk.server.url}/directory/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${desk.token}`, ...init.headers },
  });

async function expectClean({ page, pageErrors }: ConsolePage) {
  expect(await violations(page)).toEqual([]);
  expect(await mouseEvents(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
}

/** Signs in and opens an actor from the entries search, all by keyboard. */
async function openActor(visit: ConsolePage, search: string, name: RegExp) {
  const { page } = visit;
  await signIn(page, desk.token);
  await tabTo(page, /^button# Einträge/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^input#entries-text/);
  await page.keyboard.type(search);
  await page.keyboard.press('Enter');
  const root = page.locator('saxon-admin-console');
  await root.locator('.open-entry', { hasText: name }).first().waitFor({ timeout: 20_000 });
  await tabTo(page, new RegExp(`^button# ${name.source}`));
  await page.keyboard.press('Enter');
  await root.locator('#entry-name').waitFor({ timeout: 20_000 });
  return root;
}

/** Replaces a text control's value by keyboard. */
async function retype(visit: ConsolePage, field: RegExp, text: string) {
  await tabTo(visit.page, field);
  await visit.page.keyboard.press('Control+A');
  await visit.page.keyboard.type(text);
}

describe('moderation console: entries, keyboard only', () => {
  it('edits an entry directly, logs it, hides it and publishes it again', async () => {
    const visit = await desk.open();
    const { page } = visit;
    const root = await openActor(visit, 'Barkhausen', /Barkhausen Institut/);
    await retype(visit, /^textarea#entry-description/, 'Forschung zu vertrauenswürdigen Systemen.');
    await tabTo(page, /^button#save-entry/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => root.locator('[role="status"]').textContent(), { timeout: 20_000 })
      .toMatch(/Gespeichert/);
    const saved = await (await api('/actors/barkhausen')).json();
    expect(saved.description).toBe('Forschung zu vertrauenswürdigen Systemen.');
    // The entry's own audit log shows the change with the editor's name.
    await expect
      .poll(() => root.locator('ol.audit li').first().textContent(), { timeout: 20_000 })
      .toMatch(/Geändert von Erika Editor/);

    await tabTo(page, /^button#toggle-published/, { back: true });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => root.locator('[role="status"]').textContent(), { timeout: 20_000 })
      .toMatch(/jetzt verborgen/);
    expect((await fetch(`${desk.server.url}/directory/v1/actors/barkhausen`)).status).toBe(404);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => root.locator('[role="status"]').textContent(), { timeout: 20_000 })
      .toMatch(/jetzt veröffentlicht/);
    expect((await fetch(`${desk.server.url}/directory/v1/actors/barkhausen`)).status).toBe(200);
    // The overall log lists all three, newest first.
    await tabTo(page, /^button# Protokoll/, { back: true });
    await page.keyboard.press('Enter');
    const lines = root.locator('ol.audit .audit-line');
    await expect.poll(() => lines.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    expect((await lines.allTextContents()).slice(0, 3).map((s) => s.trim().split(' ')[0])).toEqual([
      'Veröffentlicht',
      'Verborgen',
      'Geändert',
    ]);
    await expectClean(visit);
    await page.context().close();
  }, 180_000);

  it('merges a 412 field by field: both edits survive, nothing typed is lost', async () => {
    const visit = await desk.open();
    const { page } = visit;
    const root = await openActor(visit, 'Dresden', /TU Dresden|Technische Universität Dresden/);
    // The editor changes the description and the name in the console …
    await retype(visit, /^input#entry-name/, 'TU Dresden (Konsole)');
    await retype(visit, /^textarea#entry-description/, 'Beschreibung aus der Konsole.');
    // … while a colleague changes the name and the subtype through the API.
    const current = await api('/moderation/actors/tu-dresden');
    const etag = current.headers.get('etag')!;
    const { entry } = await current.json();
    const { id: _id, updatedAt: _updated, ...input } = entry;
    const colleague = await api('/actors/tu-dresden', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'if-match': etag },
      body: JSON.stringify({ ...input, name: 'TU Dresden (Kollegin)', subtype: 'Volluniversität' }),
    });
    expect(colleague.status).toBe(200);

    await tabTo(page, /^button#save-entry/);
    await page.keyboard.press('Enter');
    await root.locator('.conflict').waitFor({ timeout: 20_000 });
    await expect
      .poll(() => root.locator('[role="alert"]').textContent())
      .toMatch(/inzwischen geändert/);
    // Both versions are on screen, for every field that differs.
    const fields = await root
      .locator('.conflict fieldset')
      .evaluateAll((sets) => sets.map((set) => set.getAttribute('data-field')));
    expect(fields.sort()).toEqual(['description', 'name', 'subtype']);
    const nameSet = root.locator('.conflict fieldset[data-field="name"]');
    expect(await nameSet.textContent()).toContain('TU Dresden (Konsole)');
    expect(await nameSet.textContent()).toContain('TU Dresden (Kollegin)');
    // Defaults: what the editor typed stays theirs; what only the colleague changed follows them.
    const checked = (field: string) =>
      root.locator(`.conflict fieldset[data-field="${field}"] input:checked`).getAttribute('value');
    expect(await checked('name')).toBe('mine');
    expect(await checked('description')).toBe('mine');
    expect(await checked('subtype')).toBe('theirs');
    // The editor takes the colleague's name (arrow key in the radio group).
    await tabTo(page, /^input#.*mine/, { limit: 60 });
    await page.keyboard.press('ArrowDown');
    expect(await checked('name')).toBe('theirs');
    await tabTo(page, /^button#save-merge/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => root.locator('[role="status"]').textContent(), { timeout: 20_000 })
      .toMatch(/Gespeichert/);
    const merged = await (await api('/actors/tu-dresden')).json();
    expect(merged).toMatchObject({
      name: 'TU Dresden (Kollegin)',
      description: 'Beschreibung aus der Konsole.',
      subtype: 'Volluniversität',
    });
    await expectClean(visit);
    await page.context().close();
  }, 180_000);

  it('approves a new actor with the editor’s corrections', async () => {
    await desk.submit({
      kind: 'actor',
      action: 'create',
      data: { ...ACTOR_INPUT, name: 'Tippfehler KI GmbH' },
    });
    const visit = await desk.open();
    const { page } = visit;
    await signIn(page, desk.token);
    const root = page.locator('saxon-admin-console');
    await tabTo(page, /^button# Tippfehler KI GmbH/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^button#edit-before-approve/);
    await page.keyboard.press('Enter');
    await retype(visit, /^input#approve-name/, 'Richtig KI GmbH');
    await tabTo(page, /^input#approve-note/);
    await page.keyboard.type('Name korrigiert');
    await tabTo(page, /^button#approve/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => root.locator('[role="status"]').textContent(), { timeout: 20_000 })
      .toMatch(/Freigegeben/);
    const found = await (await api('/actors?q=Richtig')).json();
    expect(found.items.map((a: { name: string }) => a.name)).toContain('Richtig KI GmbH');
    const log = await (await api('/moderation/audit?kind=actor&limit=1')).json();
    expect(log.items[0]).toMatchObject({ action: 'approve', note: 'Name korrigiert' });
    await expectClean(visit);
    await page.context().close();
  }, 180_000);

  it('saves an event unchanged: organisers, all-day and dates survive the round trip', async () => {
    const visit = await desk.open();
    const { page } = visit;
    await signIn(page, desk.token);
    await tabTo(page, /^button# Einträge/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^select#entries-kind/);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^button# Suchen/);
    await page.keyboard.press('Enter');
    const root = page.locator('saxon-admin-console');
    const first = root.locator('.open-entry').first();
    await expect
      .poll(() => first.locator('xpath=..').textContent(), { timeout: 20_000 })
      .toMatch(/Veranstaltung/);
    const id = (await first.locator('xpath=../span/code').textContent())!.trim();
    const before = await (await api(`/moderation/events/${id}`)).json();
    await tabTo(page, /^button# /);
    await page.keyboard.press('Enter');
    await root.locator('#entry-title').waitFor({ timeout: 20_000 });
    await tabTo(page, /^button#save-entry/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => root.locator('[role="status"]').textContent(), { timeout: 20_000 })
      .toMatch(/Gespeichert/);
    const after = await (await api(`/moderation/events/${id}`)).json();
    const { updatedAt: _a, ...unchangedAfter } = after.entry;
    const { updatedAt: _b, ...unchangedBefore } = before.entry;
    expect(unchangedAfter).toEqual(unchangedBefore);
    await expectClean(visit);
    await page.context().close();
  }, 180_000);
});
