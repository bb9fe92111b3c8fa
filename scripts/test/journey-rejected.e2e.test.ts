import type { Browser } from 'playwright-core';
import { createDirectoryAdminClient } from '../../packages/sdk/src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  entryForm,
  keyboardPage,
  proposeActorWithKeyboard,
  startJourneys,
  type Site,
} from './journey-support.js';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  ({ site, browser } = await startJourneys());
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('journey: a rejected proposal shows the reason on the form’s status view', () => {
  it('proposes with the keyboard, is rejected with a reason, and the status link shows it', async () => {
    const { page, problems, expectKeyboardOnly } = await keyboardPage(browser);
    await page.goto(`${site.url}/eintragen.html`);
    const statusLink = await proposeActorWithKeyboard(page, {
      name: 'Ablehnung Test GmbH',
      description: 'Ein erfundener Vorschlag, den die Redaktion ablehnt.',
      postalCode: '09111',
      city: 'Chemnitz',
    });
    const admin = createDirectoryAdminClient({
      baseUrl: `${site.url}/directory/v1`,
      token: site.editorToken,
    });
    const pending = await admin.submissions.list({ status: 'pending' });
    const mine = pending.items.find((item) => JSON.stringify(item).includes('Ablehnung Test GmbH'));
    expect(mine).toBeDefined();
    const reason = 'Kein Bezug zu KI erkennbar <b>bitte</b> ergänzen & erneut senden.';
    await admin.submissions.reject(mine!.id, reason);

    await page.goto(statusLink);
    const { form } = entryForm(page);
    await form
      .getByText('Ihr Vorschlag wurde abgelehnt.', { exact: true })
      .waitFor({ timeout: 20_000 });
    // The reason is shown as text (its markup stays text), and the live region announces it.
    const shown = form.locator(':not([role="status"]) > *').getByText(reason, { exact: false });
    await expect.poll(() => shown.count()).toBeGreaterThan(0);
    expect(await form.locator('b').count()).toBe(0);
    await expect.poll(() => form.getByRole('status').first().textContent()).toContain('abgelehnt');
    await expectKeyboardOnly();
    expect(problems).toEqual([]);
  }, 120_000);
});
