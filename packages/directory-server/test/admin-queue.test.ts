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
 * The editors' morning, keyboard only, in Chromium against the real server on SQLite: sign in,
 * the queue with its counts and filters, a change request as a side-by-side diff, approve and
 * reject with a template reason.
 */
let desk: Awaited<ReturnType<typeof startConsole>>;

beforeAll(async () => {
  desk = await startConsole();
}, 120_000);
afterAll(async () => {
  await desk?.close();
});

async function expectClean({ page, pageErrors }: ConsolePage) {
  expect(await violations(page)).toEqual([]);
  expect(await mouseEvents(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
}

const console$ = (visit: ConsolePage) => visit.page.locator('saxon-admin-console');

describe('moderation console: the queue, keyboard only', () => {
  it('signs in with the token kept in sessionStorage only, never in the URL or localStorage', async () => {
    const visit = await desk.open();
    const { page } = visit;
    await signIn(page, desk.token);
    expect(page.url()).not.toContain(desk.token);
    const stored = await page.evaluate(() => ({
      session: Object.values(sessionStorage),
      local: Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`),
      url: location.href,
      history: history.length,
    }));
    expect(stored.session).toContain(desk.token);
    expect(stored.local.join('\n')).not.toContain(desk.token);
    expect(stored.url).not.toContain(desk.token);
    // A reload keeps the session (same tab); signing out forgets the token.
    await page.reload();
    await console$(visit).locator('h1', { hasText: 'Warteschlange' }).waitFor();
    await tabTo(page, /^button#sign-out/, { back: true });
    await page.keyboard.press('Enter');
    await console$(visit).locator('h1', { hasText: 'Anmelden' }).waitFor();
    expect(await page.evaluate(() => Object.values(sessionStorage).join())).not.toContain(
      desk.token,
    );
    await expectClean(visit);
    await page.context().close();
  }, 120_000);

  it('announces a wrong token through the live region and stays on sign-in', async () => {
    const visit = await desk.open();
    const { page } = visit;
    await tabTo(page, /^input#token/);
    await page.keyboard.type('sxd_not-a-real-token');
    await page.keyboard.press('Enter');
    const alert = console$(visit).locator('[role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toMatch(/ungültig/);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    // An empty token is refused before any request, in the same live region.
    await tabTo(page, /^input#token/, { back: true });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await expect.poll(() => alert.textContent()).toMatch(/Bitte geben Sie ein Token ein/);
    await expectClean(visit);
    await page.context().close();
  }, 120_000);

  it('shows counts per status, filters by kind, opens a change as a side-by-side diff and approves it', async () => {
    const change = await desk.submit({
      kind: 'actor',
      action: 'update',
      targetId: 'tu-dresden',
      data: {
        ...(await liveActorInput('tu-dresden')),
        description: 'Die Technische Universität forscht an vertrauenswürdiger KI.',
        website: undefined,
        subtype: 'Exzellenzuniversität',
      },
    });
    await desk.submit({ kind: 'actor', action: 'create', data: ACTOR_INPUT });
    const visit = await desk.open();
    const { page } = visit;
    await signIn(page, desk.token);
    const root = console$(visit);
    const pending = root.locator('[data-status="pending"] strong');
    await expect.poll(() => pending.textContent(), { timeout: 20_000 }).toBe('2');
    // Filter: events only → no pending ones.
    await tabTo(page, /^select#queue-kind/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^button# Anzeigen/);
    await page.keyboard.press('Enter');
    await expect.poll(() => pending.textContent()).toBe('0');
    await expect
      .poll(() => root.locator('[role="status"]').textContent())
      .toMatch(/0 Einreichungen/);
    // Back to all kinds.
    await tabTo(page, /^select#queue-kind/, { back: true });
    await page.keyboard.press('Home');
    await tabTo(page, /^button# Anzeigen/);
    await page.keyboard.press('Enter');
    await expect.poll(() => pending.textContent()).toBe('2');

    await tabTo(page, /^button# TU Dresden|^button# Technische Universität Dresden/);
    await page.keyboard.press('Enter');
    await root.locator('h1', { hasText: 'Einreichung' }).waitFor();
    expect(
      await root.locator('h1').evaluate((h) => h === (h.getRootNode() as ShadowRoot).activeElement),
    ).toBe(true);
    const rows = root.locator('table.diff').first().locator('tbody tr');
    const byField = async (field: string) => rows.locator(`[data-field="${field}"]`).count();
    await rows.first().waitFor();
    const changed = root.locator('tr.changed[data-field="description"]');
    expect(await changed.locator('td.change').textContent()).toMatch(/geändert/);
    // Word by word: the new words are marked inserted, the old ones deleted, as text.
    expect(await changed.locator('td.after ins').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/vertrauenswürdiger/)]),
    );
    expect(await changed.locator('td.before del').count()).toBeGreaterThan(0);
    expect(await root.locator('tr.removed[data-field="website"] td.change').textContent()).toMatch(
      /entfernt/,
    );
    expect(await root.locator('tr.changed[data-field="subtype"]').count()).toBe(1);
    expect(await byField('name')).toBe(0);
    // Approve.
    await tabTo(page, /^button#approve/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => root.locator('[role="status"]').textContent(), { timeout: 20_000 })
      .toMatch(/Freigegeben/);
    await expect
      .poll(() => root.locator('.submission-status').textContent())
      .toMatch(/Freigegeben/);
    const live = await (await fetch(`${desk.server.url}/directory/v1/actors/tu-dresden`)).json();
    expect(live.description).toBe('Die Technische Universität forscht an vertrauenswürdiger KI.');
    expect(live.website).toBeUndefined();
    const status = await fetch(
      `${desk.server.url}/directory/v1/moderation/submissions/${change.id}`,
      { headers: { authorization: `Bearer ${desk.token}` } },
    );
    expect((await status.json()).status).toBe('approved');
    await expectClean(visit);
    await page.context().close();
  }, 180_000);

  it('rejects with an English template reason the submitter then sees', async () => {
    const receipt = (await desk.submit({
      kind: 'actor',
      action: 'create',
      data: { ...ACTOR_INPUT, name: 'Werbung GmbH' },
    })) as { id: string; statusUrl: string };
    const visit = await desk.open();
    const { page } = visit;
    await signIn(page, desk.token);
    const root = console$(visit);
    await tabTo(page, /^button# Werbung GmbH/);
    await page.keyboard.press('Enter');
    await root.locator('h1', { hasText: 'Werbung GmbH' }).waitFor();
    // A reason is required: said in the live region, focus on the reason.
    await tabTo(page, /^button#reject/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => root.locator('[role="alert"]').textContent())
      .toMatch(/Bitte geben Sie eine Begründung an/);
    await tabTo(page, /^select#reject-template/, { back: true });
    // The last template of the English group.
    await page.keyboard.press('End');
    const reason = await root.locator('#reject-reason').inputValue();
    expect(reason).toBe('The entry is advertising, not information for the directory.');
    await tabTo(page, /^button#reject/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => root.locator('[role="status"]').textContent(), { timeout: 20_000 })
      .toMatch(/Abgelehnt/);
    const status = await (
      await fetch(receipt.statusUrl.replace(/^https?:\/\/[^/]+/, desk.server.url))
    ).json();
    expect(status).toMatchObject({ status: 'rejected', reason });
    await expectClean(visit);
    await page.context().close();
  }, 180_000);
});

async function liveActorInput(id: string) {
  const actor = await (await fetch(`${desk.server.url}/directory/v1/actors/${id}`)).json();
  const { id: _id, updatedAt: _updated, ...input } = actor;
  return input;
}
