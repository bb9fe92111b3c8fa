import { describe, expect, it } from 'vitest';
import {
  entryForm,
  keyboardPage,
  openSubmission,
  pressOn,
  sendWithSubmitter,
  signInToConsole,
  useJourneySite,
  typeInto,
} from './journey-support.js';

const journey = useJourneySite();

const ADDED = 'Neu: ein offenes KI-Labor für Schulklassen.';

describe('journey: a change request shows its diff in the console and updates the entry', () => {
  it('proposes a new description from ?aendern=, the editor sees the word diff and approves it — keyboard only', async () => {
    const live = (await (
      await fetch(`${journey.site.url}/directory/v1/actors/tu-dresden`)
    ).json()) as {
      name: string;
      description: string;
    };
    const visitor = await keyboardPage(journey.browser);
    await visitor.page.goto(`${journey.site.url}/eintragen.html?aendern=tu-dresden`);
    const { field } = entryForm(visitor.page);
    await expect
      .poll(() => field(/^Name der Organisation/).inputValue(), { timeout: 20_000 })
      .toBe(live.name);
    const description = `${live.description} ${ADDED}`;
    await typeInto(field(/^Beschreibung/), description);
    await sendWithSubmitter(visitor.page, /^Änderung vorschlagen/);

    const editor = await keyboardPage(journey.browser);
    await signInToConsole(editor.page, journey.site);
    await openSubmission(editor.page, live.name);
    const diff = editor.page.getByRole('main').getByRole('table');
    // Only the description changed, and the added words are marked as inserted.
    const changed = diff.getByRole('row', { name: /^Beschreibung description geändert/ });
    const changedText = (await changed.textContent()) ?? '';
    expect(changedText).toContain(live.description.split(' ')[0]);
    expect(changedText).toContain('eingefügt:');
    expect(changedText).toContain('KI-Labor');
    expect(await diff.getByRole('row', { name: /geändert|neu|entfernt/ }).count()).toBe(1);
    await pressOn(
      editor.page.getByRole('main').getByRole('button', { name: 'Freigeben', exact: true }),
      'Enter',
    );
    await editor.page
      .getByRole('main')
      .getByText('Freigegeben. Der Eintrag ist jetzt im Verzeichnis.')
      .waitFor();

    // The public entry has the new description; the actor map's detail card shows it to the next
    // visitor (the proposer's own browser may keep the entry it prefilled from for `max-age`).
    const updated = (await (
      await fetch(`${journey.site.url}/directory/v1/actors/tu-dresden`)
    ).json()) as {
      description: string;
    };
    expect(updated.description).toBe(description);
    const reader = await keyboardPage(journey.browser);
    await reader.page.goto(`${journey.site.url}/`);
    const map = reader.page.locator('saxon-actor-map');
    await pressOn(
      map.getByRole('group', { name: 'Ansicht' }).getByRole('button', { name: 'Liste' }),
      'Enter',
    );
    await typeInto(map.getByRole('searchbox', { name: 'Suche' }), 'Technische Universität Dresden');
    await pressOn(
      map.getByRole('button', { name: new RegExp(`^.*${live.name}`) }).first(),
      'Enter',
    );
    await map.locator('[part~="detail-description"]').getByText(ADDED).waitFor();

    await visitor.expectKeyboardOnly();
    await editor.expectKeyboardOnly();
    await reader.expectKeyboardOnly();
    expect(visitor.problems).toEqual([]);
    expect(editor.problems).toEqual([]);
    expect(reader.problems).toEqual([]);
  }, 180_000);
});
