import { describe, expect, it } from 'vitest';
import {
  keyboardPage,
  openSubmission,
  pressOn,
  proposeActorWithKeyboard,
  signInToConsole,
  useJourneySite,
  typeInto,
} from './journey-support.js';

const journey = useJourneySite();

const ACTOR = {
  name: 'Erzgebirge Vision KI GmbH',
  description: 'Bildverarbeitung für Werkstätten im Erzgebirge – ein erfundenes Unternehmen.',
  postalCode: '09111',
  city: 'Chemnitz',
};

describe('journey: a new actor from the form reaches the map', () => {
  it('is proposed, approved in the console and shown on <saxon-actor-map> and in its list — keyboard only', async () => {
    // A visitor proposes the actor on "KI-Akteur eintragen".
    const visitor = await keyboardPage(journey.browser);
    await visitor.page.goto(`${journey.site.url}/eintragen.html`);
    const statusLink = await proposeActorWithKeyboard(visitor.page, ACTOR);

    // An editor finds it in the console's queue, sees what is new, and approves it.
    const editor = await keyboardPage(journey.browser);
    await signInToConsole(editor.page, journey.site);
    const main = editor.page.getByRole('main');
    await expect.poll(() => main.getByRole('status').first().textContent()).toMatch(/^1 /);
    await openSubmission(editor.page, ACTOR.name);
    const diff = main.getByRole('table');
    expect(await diff.getByRole('row', { name: /^Name name neu/ }).textContent()).toContain(
      ACTOR.name,
    );
    expect(await diff.getByRole('row', { name: /^Ort address\.city/ }).textContent()).toContain(
      ACTOR.city,
    );
    await pressOn(main.getByRole('button', { name: 'Freigeben', exact: true }), 'Enter');
    await main.getByText('Freigegeben. Der Eintrag ist jetzt im Verzeichnis.').waitFor();

    // The visitor's status link now says so.
    await visitor.page.goto(statusLink);
    await visitor.page
      .locator('saxon-entry-form')
      .getByText('Ihr Vorschlag wurde angenommen und ist im Verzeichnis.', { exact: true })
      .waitFor({ timeout: 20_000 });

    // On the start page the actor map finds it — as a marker, and in the list view.
    await visitor.page.goto(`${journey.site.url}/`);
    const map = visitor.page.locator('saxon-actor-map');
    await typeInto(map.getByRole('searchbox', { name: 'Suche' }), 'Erzgebirge Vision');
    const marker = map.locator('[part~="marker"]', { hasText: ACTOR.name });
    await marker.waitFor({ timeout: 20_000 });
    await pressOn(
      map.getByRole('group', { name: 'Ansicht' }).getByRole('button', { name: 'Liste' }),
      'Enter',
    );
    const row = map.getByRole('button', { name: new RegExp(ACTOR.name) });
    await row.waitFor({ timeout: 20_000 });
    expect(await row.textContent()).toContain(ACTOR.city);

    await visitor.expectKeyboardOnly();
    await editor.expectKeyboardOnly();
    expect(visitor.problems).toEqual([]);
    expect(editor.problems).toEqual([]);
  }, 180_000);
});
