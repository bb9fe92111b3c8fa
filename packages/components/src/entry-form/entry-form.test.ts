import { createDirectoryClient, type DirectoryClient } from '@saxon-ai/sdk';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mount, until } from '../../test/fixture.js';
import './define.js';
import { draftKey } from './draft-storage.js';
import type { SaxonEntryForm } from './entry-form.js';
import type { EntrySubmitDetail, EntrySubmittedDetail } from './events.js';

// The demo API runs on 127.0.0.1 (scripts/test/demo-api.setup.ts); the page is on vitest's origin.
const server = inject('demoApiUrl');
const apiUrl = `${server}/directory/v1`;
const control = (path: string, init?: RequestInit) => fetch(`${server}/__control${path}`, init);
const setFaults = (rules: unknown[]) =>
  control('/faults', {
    method: 'PUT',
    body: JSON.stringify(rules),
    headers: { 'content-type': 'application/json' },
  });

/** A client without retries and without the HTTP cache, so faults show at once. */
const client = (): DirectoryClient =>
  createDirectoryClient({
    baseUrl: apiUrl,
    retry: 0,
    fetch: (input, init) => fetch(new Request(input, init), { cache: 'no-store' }),
  });

const entryForm = (setup: (el: SaxonEntryForm) => void = () => {}) => {
  const el = document.createElement('saxon-entry-form');
  el.apiUrl = apiUrl;
  el.client = client();
  setup(el);
  return mount(el);
};
const root = (el: Element) => el.shadowRoot!;
const actorDraftKey = () => draftKey('actor', undefined, location.pathname);
const part = (el: Element, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const field = (el: Element, path: string) =>
  root(el).querySelector<HTMLInputElement>(`[name="${path}"]`)!;
const live = (el: Element) => part(el, 'status')!.textContent!.trim();
const focused = (el: Element) => root(el).activeElement;
/**
 * The part `name`, which must be shown: comparing focus with a part that is not (yet) rendered
 * would compare `null` with `null` — a focus lost while sending would pass for the confirmation.
 */
const shownPart = (el: Element, name: string) => {
  const found = part(el, name);
  expect(found, `part "${name}" is shown`).not.toBeNull();
  return found;
};

/** Types into a field by keyboard: focus it, then type. */
async function typeInto(el: SaxonEntryForm, path: string, text: string) {
  const input = field(el, path);
  input.focus();
  await userEvent.keyboard(text.replace(/[{[]/g, (c) => c + c));
  await el.updateComplete;
}

beforeEach(() => {
  document.documentElement.lang = 'de';
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname);
});
afterEach(async () => {
  document.body.replaceChildren();
  document.documentElement.lang = 'de';
  await control('/faults', { method: 'DELETE' });
});

describe('<saxon-entry-form> fields', () => {
  it('labels every field in German and marks required ones in text', async () => {
    const el = await entryForm();
    const label = (path: string) =>
      root(el)
        .querySelector(`label[for="${field(el, path).id}"]`)!
        .textContent!.replace(/\s+/g, ' ');
    expect(label('name')).toBe('Name der Organisation (Pflichtangabe)');
    expect(label('subtype')).toBe('Genauer (optional)');
    expect(label('_submitter.email')).toBe('Ihre E-Mail-Adresse (Pflichtangabe)');
    expect(field(el, 'name').getAttribute('aria-describedby')).toBe(`${field(el, 'name').id}-hint`);
    document.documentElement.lang = 'en';
    await until(() => expect(label('name')).toBe('Name of the organisation (required)'));
  });

  it('shows the event fields for kind="event"', async () => {
    const el = await entryForm((e) => (e.kind = 'event'));
    for (const path of [
      'title',
      'description',
      'organizers',
      'status',
      'language',
      'url',
      'registrationUrl',
    ])
      expect(field(el, path), path).toBeTruthy();
    expect(field(el, 'name')).toBeNull();
  });

  it('offers the offers only to a company', async () => {
    const el = await entryForm();
    expect(root(el).querySelector('[name="offers"]')).toBeNull();
    field(el, 'category').focus();
    await userEvent.selectOptions(field(el, 'category') as unknown as HTMLSelectElement, 'company');
    await el.updateComplete;
    expect(root(el).querySelectorAll('[name="offers"]')).toHaveLength(3);
  });
});

describe('<saxon-entry-form> checks before sending', () => {
  it('lists every problem at the top, focuses and announces it, and marks each field', async () => {
    const el = await entryForm();
    part(el, 'submit-button')!.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => expect(focused(el)).toBe(shownPart(el, 'error-summary')));
    const links = [...part(el, 'error-summary')!.querySelectorAll('a')];
    const texts = links.map((a) => a.textContent!.trim());
    expect(texts).toContain('Name der Organisation: Bitte füllen Sie dieses Feld aus.');
    expect(texts).toContain('Art der Organisation: Bitte wählen Sie aus.');
    expect(texts).toContain('Ihre E-Mail-Adresse: Bitte füllen Sie dieses Feld aus.');
    // a field without a <label> (the point, named by its heading) is named all the same
    expect(texts).toContain('Punkt auf der Karte: Bitte wählen Sie aus.');
    expect(texts.at(-1)).toBe(
      'Bitte stimmen Sie zu, damit die Redaktion Ihren Vorschlag prüfen kann.',
    );
    // the order of the form: the name first, the consent last
    expect(links[0]!.getAttribute('href')).toBe(`#${field(el, 'name').id}`);
    expect(links.at(-1)!.getAttribute('href')).toBe(`#${field(el, '_consent').id}`);
    const name = field(el, 'name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')!.split(' ')).toEqual([
      `${name.id}-hint`,
      `${name.id}-error`,
    ]);
    expect(root(el).getElementById(`${name.id}-error`)!.textContent).toContain(
      'Bitte füllen Sie dieses Feld aus.',
    );
    await until(() =>
      expect(live(el)).toMatch(/^Bitte prüfen Sie Ihre Angaben \d+ Angaben müssen noch geändert/),
    );
  });

  it('names a bad link once the required fields are there, and keeps what was typed', async () => {
    const el = await entryForm();
    await fillValidActor(el);
    await typeInto(el, 'website', 'ftp://example.org');
    part(el, 'submit-button')!.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => expect(focused(el)).toBe(shownPart(el, 'error-summary')));
    const texts = [...part(el, 'error-summary')!.querySelectorAll('a')].map((a) =>
      a.textContent!.trim(),
    );
    expect(texts).toEqual(['Website: Bitte eine Adresse, die mit https:// oder http:// beginnt.']);
    const website = field(el, 'website');
    expect(website.getAttribute('aria-invalid')).toBe('true');
    expect(website.value).toBe('ftp://example.org');
    await until(() => expect(live(el)).toContain('Eine Angabe muss noch geändert werden.'));
    // fixed, the field's error goes on the next try
    website.select();
    await userEvent.keyboard('https://example.org');
    const details: EntrySubmitDetail[] = [];
    el.addEventListener('saxon-entry-submit', (event) => {
      details.push(event.detail);
      event.preventDefault();
    });
    part(el, 'submit-button')!.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => expect(details).toHaveLength(1));
    expect(website.hasAttribute('aria-invalid')).toBe(false);
    expect(part(el, 'error-summary')).toBeNull();
  });

  it('takes the keyboard from a summary link to its field', async () => {
    const el = await entryForm();
    part(el, 'submit-button')!.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => expect(focused(el)).toBe(shownPart(el, 'error-summary')));
    await userEvent.tab();
    expect(focused(el)?.getAttribute('href')).toBe(`#${field(el, 'name').id}`);
    await userEvent.keyboard('{Enter}');
    expect(focused(el)).toBe(field(el, 'name'));
  });
});

describe('<saxon-entry-form> draft', () => {
  it('keeps what was typed through a reload (session storage)', async () => {
    let el = await entryForm();
    await typeInto(el, 'name', 'KI-Werkstatt Chemnitz');
    await typeInto(el, '_message', 'Zeile 1\nZeile 2');
    el.remove();
    el = await entryForm();
    expect(field(el, 'name').value).toBe('KI-Werkstatt Chemnitz');
    expect(field(el, '_message').value).toBe('Zeile 1\nZeile 2');
    // an event form on the same page has its own draft
    const other = await entryForm((e) => (e.kind = 'event'));
    expect(field(other, 'title').value).toBe('');
  });

  it('prefills a change proposal from the live entry (entry-id)', async () => {
    const { items } = await client().actors.list({ limit: 1 });
    const actor = items[0]!;
    const el = await entryForm((e) => (e.entryId = actor.id));
    await until(() => expect(field(el, 'name')?.value).toBe(actor.name), 10_000);
    expect(root(el).querySelector('h2')!.textContent).toContain(actor.name);
    expect(part(el, 'submit-button')!.textContent!.trim()).toBe('Änderung vorschlagen');
  });
});

/** Fills the form so that the browser's checks pass (the location and topics fields aside). */
async function fillValidActor(el: SaxonEntryForm) {
  await typeInto(el, 'name', 'KI-Werkstatt Chemnitz');
  el['updateDraft']({
    category: 'company',
    'address.postalCode': '09111',
    'address.city': 'Chemnitz',
    'address.ags': '14511',
    'location.lat': '50.83',
    'location.lon': '12.92',
    'location.precision': 'city',
  });
  await typeInto(el, '_submitter.name', 'Erika Muster');
  await typeInto(el, '_submitter.email', 'erika@example.org');
  field(el, '_consent').focus();
  await userEvent.keyboard(' ');
  await el.updateComplete;
}

describe('<saxon-entry-form> sending fails', () => {
  const cases = [
    ['offline', { drop: true }, 'Der Server ist nicht erreichbar.'],
    ['429', { status: 429, retryAfter: 30 }, 'in 30 Sekunden erneut'],
    ['server error', { status: 500 }, 'Auf dem Server ist ein Fehler aufgetreten.'],
  ] as const;
  for (const [name, fault, words] of cases) {
    it(`${name}: says so, keeps the input, and sends again`, async () => {
      const el = await entryForm();
      await fillValidActor(el);
      // until switched off: Chromium quietly repeats a request whose reused connection dropped
      await setFaults([{ path: '/directory/v1/submissions', ...fault }]);
      part(el, 'submit-button')!.focus();
      await userEvent.keyboard('{Enter}');
      await until(() => expect(focused(el)).toBe(shownPart(el, 'send-error')), 10_000);
      expect(part(el, 'send-error')!.textContent).toContain('Ihr Vorschlag wurde nicht gesendet.');
      expect(part(el, 'send-error')!.textContent).toContain('Ihre Eingaben bleiben erhalten.');
      await until(() => expect(live(el)).toContain('Ihr Vorschlag wurde nicht gesendet.'));
      expect(live(el)).toContain(words);
      expect(field(el, 'name').value).toBe('KI-Werkstatt Chemnitz');
      expect(field(el, '_submitter.email').value).toBe('erika@example.org');
      // after a reload, too
      expect(sessionStorage.getItem(actorDraftKey())).toContain('KI-Werkstatt Chemnitz');
      // the connection is back; "Erneut senden" is the next Tab stop, and this time it arrives
      await control('/faults', { method: 'DELETE' });
      await userEvent.tab();
      expect(focused(el)).toBe(shownPart(el, 'retry-button'));
      await userEvent.keyboard('{Enter}');
      await until(() => expect(focused(el)).toBe(shownPart(el, 'confirmation')), 10_000);
      expect(sessionStorage.getItem(actorDraftKey())).toBeNull();
    });
  }
});

describe('<saxon-entry-form> events', () => {
  it('fires a cancelable saxon-entry-submit with the proposal; cancelled, nothing is sent', async () => {
    const el = await entryForm();
    await fillValidActor(el);
    root(el).querySelector<HTMLInputElement>('[name="website"][tabindex="-1"]')!.focus();
    await userEvent.keyboard('bot was here');
    const details: EntrySubmitDetail[] = [];
    el.addEventListener('saxon-entry-submit', (event) => {
      details.push(event.detail);
      event.preventDefault();
    });
    await setFaults([{ path: '/directory/v1/submissions', status: 500 }]); // would show if sent
    part(el, 'submit-button')!.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => expect(details).toHaveLength(1));
    const { submission } = details[0]!;
    expect(submission).toMatchObject({
      kind: 'actor',
      action: 'create',
      consent: true,
      submitter: { name: 'Erika Muster', email: 'erika@example.org' },
      data: {
        name: 'KI-Werkstatt Chemnitz',
        category: 'company',
        address: { city: 'Chemnitz', postalCode: '09111', ags: '14511' },
        location: { lat: 50.83, lon: 12.92, precision: 'city' },
      },
      signals: { website: 'bot was here' },
    });
    expect(submission.signals!.fillMs).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(part(el, 'send-error')).toBeNull();
  });
});

describe('<saxon-entry-form> sent, and the status link', () => {
  it('confirms with a private link that opens the status view; a pending proposal can be withdrawn', async () => {
    const el = await entryForm();
    await fillValidActor(el);
    const submitted: EntrySubmittedDetail[] = [];
    el.addEventListener('saxon-entry-submitted', (event) => submitted.push(event.detail));
    part(el, 'submit-button')!.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => expect(focused(el)).toBe(shownPart(el, 'confirmation')), 10_000);
    await until(() => expect(live(el)).toBe('Vielen Dank! Ihr Vorschlag ist eingegangen.'));
    expect(submitted).toHaveLength(1);
    const link = part(el, 'status-link')!.getAttribute('href')!;
    expect(link).toBe(submitted[0]!.statusLink);
    expect(new URL(link).hash).toMatch(/^#eintrag-status=[A-Za-z0-9_-]{8,}$/);
    expect(sessionStorage.getItem(actorDraftKey())).toBeNull(); // gone once the editors have it
    // the link opens the status view on this page
    location.hash = new URL(link).hash;
    await until(() => expect(part(el, 'status-state')?.textContent).toContain('prüft'), 10_000);
    await until(() => expect(live(el)).toContain('Stand Ihres Vorschlags'));
    part(el, 'withdraw-button')!.focus();
    await userEvent.keyboard('{Enter}');
    await until(
      () => expect(part(el, 'status-state')!.textContent).toContain('zurückgezogen'),
      10_000,
    );
    expect(part(el, 'withdraw-button')).toBeNull();
    part(el, 'back-button')!.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => expect(part(el, 'form')).not.toBeNull());
    expect(location.hash).toBe('');
  });

  it('puts the server’s field errors on the fields (an older form without the rules)', async () => {
    const el = await entryForm();
    (el as unknown as { rules: undefined }).rules = undefined;
    await fillValidActor(el);
    await typeInto(el, 'website', 'nicht-eine-adresse');
    part(el, 'submit-button')!.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => expect(focused(el)).toBe(shownPart(el, 'error-summary')), 10_000);
    expect(part(el, 'error-summary')!.textContent).toContain(
      'Der Server hat Ihren Vorschlag nicht angenommen.',
    );
    expect(part(el, 'error-summary')!.querySelector('a')!.textContent!.trim()).toBe(
      'Website: Bitte eine Adresse, die mit https:// oder http:// beginnt.',
    );
    expect(field(el, 'website').getAttribute('aria-invalid')).toBe('true');
    await until(() =>
      expect(live(el)).toContain('Der Server hat Ihren Vorschlag nicht angenommen.'),
    );
    expect(field(el, 'website').value).toBe('nicht-eine-adresse');
  });
});
