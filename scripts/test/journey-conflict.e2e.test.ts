import { describe, expect, it } from 'vitest';
import {
  keyboardPage,
  openEntryInConsole,
  pressOn,
  signInToConsole,
  useJourneySite,
  typeInto,
} from './journey-support.js';

const journey = useJourneySite();

const NAME = 'Barkhausen Institut';
const FIRST_EDIT = 'Forschung zu vertrauenswürdigen Systemen – Beschreibung von Redakteurin A.';
const SECOND_EDIT = 'https://redakteur-b.example/barkhausen';

describe('journey: a 412 conflict is resolved in the console without losing either edit', () => {
  it('two editors change one entry; the second save gets 412 and merges field by field — keyboard only', async () => {
    // Editor A opens the entry and changes the description, but does not save yet.
    const first = await keyboardPage(journey.browser);
    await signInToConsole(first.page, journey.site);
    await openEntryInConsole(first.page, NAME);
    const mainA = first.page.getByRole('main');
    await typeInto(mainA.getByRole('textbox', { name: 'Beschreibung' }), FIRST_EDIT);

    // Editor B changes the website of the same entry and saves first.
    const second = await keyboardPage(journey.browser);
    await signInToConsole(second.page, journey.site);
    await openEntryInConsole(second.page, NAME);
    const mainB = second.page.getByRole('main');
    await typeInto(mainB.getByRole('textbox', { name: 'Website' }), SECOND_EDIT);
    await pressOn(mainB.getByRole('button', { name: 'Speichern', exact: true }), 'Enter');
    await mainB.getByText('Gespeichert.', { exact: true }).waitFor();

    // A saves: the server answers 412, the console shows both versions of each differing field.
    await pressOn(mainA.getByRole('button', { name: 'Speichern', exact: true }), 'Enter');
    await mainA
      .getByRole('heading', { name: 'Jemand hat den Eintrag inzwischen geändert' })
      .waitFor();
    const website = mainA.getByRole('group', { name: 'Website' });
    expect(await website.textContent()).toContain(SECOND_EDIT);
    const description = mainA.getByRole('group', { name: 'Beschreibung' });
    expect(await description.textContent()).toContain(FIRST_EDIT);
    // A keeps their description and takes B's website.
    await pressOn(description.getByRole('radio', { name: /^Ihre Fassung übernehmen/ }), 'Space');
    await pressOn(website.getByRole('radio', { name: /^Aktuelle Fassung übernehmen/ }), 'Space');
    await pressOn(mainA.getByRole('button', { name: 'Zusammenführung speichern' }), 'Enter');
    await mainA.getByText('Gespeichert.', { exact: true }).waitFor();

    // The stored entry has both edits.
    const stored = (await (
      await fetch(`${journey.site.url}/directory/v1/actors/barkhausen`)
    ).json()) as {
      description: string;
      website: string;
    };
    expect(stored.description).toBe(FIRST_EDIT);
    expect(stored.website).toBe(SECOND_EDIT);

    await first.expectKeyboardOnly();
    await second.expectKeyboardOnly();
    // The browser reports the expected 412 answer as a failed load, and nothing else.
    expect(first.problems).toEqual([
      `Failed to load resource: the server responded with a status of 412 (Precondition Failed) (${journey.site.url}/directory/v1/actors/barkhausen)`,
    ]);
    expect(second.problems).toEqual([]);
  }, 180_000);
});
