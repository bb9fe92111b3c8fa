import { describe, expect, it } from 'vitest';
import {
  entryForm,
  keyboardPage,
  openSubmission,
  pressOn,
  proposeActorWithKeyboard,
  signInToConsole,
  useJourneySite,
  typeInto,
} from './journey-support.js';

const journey = useJourneySite();

describe('journey: a rejected proposal shows the reason on the form’s status view', () => {
  it('proposes with the keyboard, is rejected in the console with a reason, and the status link shows it', async () => {
    const { page, problems, expectKeyboardOnly } = await keyboardPage(journey.browser);
    await page.goto(`${journey.site.url}/eintragen.html`);
    const statusLink = await proposeActorWithKeyboard(page, {
      name: 'Ablehnung Test GmbH',
      description: 'Ein erfundener Vorschlag, den die Redaktion ablehnt.',
      postalCode: '09111',
      city: 'Chemnitz',
    });
    // An editor rejects it in the console with a reason (markup in it must stay text).
    const reason = 'Kein Bezug zu KI erkennbar <b>bitte</b> ergänzen & erneut senden.';
    const editor = await keyboardPage(journey.browser);
    await signInToConsole(editor.page, journey.site);
    await openSubmission(editor.page, 'Ablehnung Test GmbH');
    const main = editor.page.getByRole('main');
    await typeInto(
      main.getByRole('textbox', { name: 'Begründung (sieht die einreichende Person)' }),
      reason,
    );
    await pressOn(main.getByRole('button', { name: 'Ablehnen', exact: true }), 'Enter');
    await main.getByText('Abgelehnt. Die Begründung ist über den Status-Link sichtbar.').waitFor();
    await editor.expectKeyboardOnly();
    expect(editor.problems).toEqual([]);

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
