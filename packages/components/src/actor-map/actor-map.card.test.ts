// Issue 25: the actor card shows offers and topics, the actor's upcoming events and (with a portal)
// its open datasets — both loaded only when a card opens, each with its own loading, empty and error
// state — and links "Änderung vorschlagen" to the page's entry form.
import { createDirectoryClient, createOpenDataClient } from '@saxon-ai/sdk';
import { page, userEvent } from 'vitest/browser';
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createDemoApi } from '@saxon-ai/demo-api';
import { deepText, mount, until } from '../../test/fixture.js';
import { safeUrl } from '../shared/safe-url.js';
import type { SaxonActorMap } from './actor-map.js';
import { publisherDatasets } from './card-datasets.js';
import './define.js';

const server = inject('demoApiUrl');
const apiUrl = `${server.replace('//127.0.0.1:', '//localhost:')}/directory/v1`;
const ckanUrl = `${server.replace('//127.0.0.1:', '//localhost:')}/ckan`;
const api = createDirectoryClient({ baseUrl: apiUrl });
const control = (path: string, init?: RequestInit) => fetch(`${server}/__control${path}`, init);
const setFaults = (rules: unknown[]) =>
  control('/faults', {
    method: 'PUT',
    body: JSON.stringify(rules),
    headers: { 'content-type': 'application/json' },
  });
const requested = async () =>
  ((await (await control('/requests')).json()) as { url: string }[]).map(
    (r) => new URL(r.url, server),
  );

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const qa = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const rowOf = (el: Element, id: string) => q(el, `[data-key="row-${id}"]`);

/** A map in list view; the card of `id` is opened by its row (all 50 actors on few pages). */
async function mapWith(attributes: Record<string, string> = {}) {
  const el = document.createElement('saxon-actor-map');
  el.setAttribute('api-url', apiUrl);
  el.setAttribute('view', 'list');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return mount(el);
}
async function openCard(el: SaxonActorMap, id: string, text: string) {
  const input = q(el, '[part="search-input"]') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await until(() => expect(rowOf(el, id)).not.toBeNull(), 8000);
  rowOf(el, id)!.click();
  await until(() => expect(q(el, '[part="detail-facts"]')).not.toBeNull(), 8000);
}

beforeAll(async () => {
  await page.viewport(1000, 900);
});
beforeEach(async () => {
  document.documentElement.lang = 'de';
  await control('/requests', { method: 'DELETE' });
});
afterEach(async () => {
  document.body.replaceChildren();
  await control('/faults', { method: 'DELETE' });
});

describe('the actor card', () => {
  it('asks for events and datasets only when a card opens, then lists the upcoming events', async () => {
    const el = await mapWith({ 'open-data-type': 'ckan', 'open-data-url': ckanUrl });
    await until(() => expect(rowOf(el, 'barkhausen')).not.toBeNull(), 8000);
    expect((await requested()).map((url) => url.pathname)).not.toContain('/directory/v1/events');
    expect((await requested()).some((url) => url.pathname.startsWith('/ckan'))).toBe(false);

    await openCard(el, 'dias-kompetenzstelle-ki', 'DiAS');
    const expected = await api.events.list({ organizer: 'dias-kompetenzstelle-ki', limit: 3 });
    expect(expected.items.length).toBe(3);
    await until(() => expect(qa(el, '[part="detail-event"]')).toHaveLength(3), 8000);
    expect(qa(el, '[part="detail-event"] a').map((a) => a.textContent!.trim())).toEqual(
      expected.items.map((event) => event.title),
    );
    expect(q(el, '[part="detail-events"] .card-more')!.textContent).toContain(
      `${expected.total} Veranstaltungen angekündigt`,
    );
    // dates in Europe/Berlin, as the visitor reads them
    const first = expected.items[0]!;
    expect(q(el, '[part="detail-event"] time')!.getAttribute('datetime')).toBe(first.start);
    const events = (await requested()).filter((url) => url.pathname === '/directory/v1/events');
    expect(events.map((url) => url.searchParams.get('organizer'))).toEqual([
      'dias-kompetenzstelle-ki',
    ]);
    // the datasets section asked the portal (no publisher of this name there: its empty state)
    await until(() => expect(q(el, '[part="detail-datasets-empty"]')).not.toBeNull(), 8000);
    expect((await requested()).some((url) => url.pathname.startsWith('/ckan'))).toBe(true);
  });

  it('says so when an actor has no upcoming events; without a portal there is no datasets part', async () => {
    const el = await mapWith();
    await openCard(el, 'ceti', 'CeTI');
    await until(() => expect(q(el, '[part="detail-events-empty"]')).not.toBeNull(), 8000);
    expect(q(el, '[part="detail-events-empty"]')!.textContent).toContain(
      'Zurzeit keine angekündigten Veranstaltungen',
    );
    expect(q(el, '[part="detail-datasets"]')).toBeNull();
  });

  it('shows offers; topics are buttons in a context and filter its widgets, text without one', async () => {
    const changes: unknown[] = [];
    const listen = (event: Event) => changes.push((event as CustomEvent).detail.state);
    document.addEventListener('saxon-context-change', listen);
    try {
      const el = await mapWith({ context: 'karte' });
      await openCard(el, 'wandelbots', 'Wandelbots');
      const actor = await api.actors.get('wandelbots');
      expect(actor.offers.length).toBeGreaterThan(0);
      expect(deepText(q(el, '[part="detail-facts"]')!)).toContain('Angebote');
      const buttons = qa(el, '[part="detail-topic"]');
      expect(buttons).toHaveLength(actor.topics.length);
      // keyboard: from the card's title to the first topic, Enter chooses it
      q(el, '[part="detail-title"]')!.focus();
      for (let i = 0; i < 10 && focused(el) !== buttons[0]; i++) await userEvent.keyboard('{Tab}');
      expect(focused(el)).toBe(buttons[0]);
      await userEvent.keyboard('{Enter}');
      await until(() => expect(changes.at(-1)).toEqual({ topics: [actor.topics[0]] }));
      const select = q(el, '[part="topic-select"]') as HTMLSelectElement;
      expect([...select.selectedOptions].map((option) => option.value)).toEqual([actor.topics[0]]);

      const alone = await mapWith();
      await openCard(alone, 'wandelbots', 'Wandelbots');
      expect(q(alone, '[part="detail-topic"]')).toBeNull();
      expect(deepText(q(alone, '[part="detail-facts"]')!)).toContain('Themen');
    } finally {
      document.removeEventListener('saxon-context-change', listen);
    }
  });

  it('a failing events request shows its own error with retry; the rest of the card stays', async () => {
    await setFaults([{ path: '/directory/v1/events', status: 503 }]);
    const el = await mapWith({ 'open-data-type': 'ckan', 'open-data-url': ckanUrl });
    await openCard(el, 'silicon-saxony', 'Silicon');
    await until(() => expect(q(el, '[part="detail-events-error"]')).not.toBeNull(), 15_000);
    expect(q(el, '[part="detail-description"]')).not.toBeNull();
    await until(() => expect(q(el, '[part="detail-datasets-empty"]')).not.toBeNull(), 8000);
    await control('/faults', { method: 'DELETE' });
    const retry = q(el, '[part="detail-events-error"]')!.shadowRoot!.querySelector<HTMLElement>(
      '[part~="retry-button"]',
    )!;
    retry.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => expect(qa(el, '[part="detail-event"]').length).toBeGreaterThan(0), 15_000);
  });

  it('a failing portal shows the datasets part’s error; a portal that is not http(s) says so', async () => {
    // a 200 with cut-off JSON: not retried, so the error shows at once
    await setFaults([{ path: '/ckan', body: 'malformed-json' }]);
    // an actor no other test asks the portal about: the browser's cache has no answer for it
    let el = await mapWith({ 'open-data-type': 'ckan', 'open-data-url': ckanUrl });
    await openCard(el, 'spinlab', 'SpinLab');
    await until(() => expect(q(el, '[part="detail-datasets-error"]')).not.toBeNull(), 15_000);
    await until(() => expect(qa(el, '[part="detail-event"]').length).toBeGreaterThan(0), 8000);
    el.remove();

    el = await mapWith({ 'open-data-type': 'ckan', 'open-data-url': 'javascript:alert(1)' });
    await openCard(el, 'silicon-saxony', 'Silicon');
    await until(() => expect(q(el, '[part="detail-datasets-error"]')).not.toBeNull(), 8000);
    expect(deepText(q(el, '[part="detail-datasets-error"]')!)).toMatch(/open-data-url/);
  });

  it('links "Änderung vorschlagen" to the entry form, the id encoded; a bad template makes no link', async () => {
    let el = await mapWith({ 'entry-form-url': 'eintragen.html?entry-id={id}' });
    await openCard(el, 'tu-dresden', 'Technische Universität Dresden');
    const link = q(el, '[part="suggest-change"]') as HTMLAnchorElement;
    expect(link.textContent!.trim()).toBe('Änderung vorschlagen');
    expect(link.href).toBe(new URL('eintragen.html?entry-id=tu-dresden', document.baseURI).href);
    el.remove();

    el = await mapWith({ 'entry-form-url': 'javascript:alert("{id}")' });
    await openCard(el, 'tu-dresden', 'Technische Universität Dresden');
    expect(q(el, '[part="suggest-change"]')).toBeNull();
  });
});

describe('publisherDatasets', () => {
  it('finds a publisher by its exact name on the demo portal, newest first', async () => {
    const config = { type: 'ckan' as const, baseUrl: ckanUrl };
    const found = await publisherDatasets(
      config,
      'de',
      'Stadt Leipzig',
      new AbortController().signal,
    );
    const od = createOpenDataClient(config);
    const all = await od.search({ publisher: ['stadt-leipzig'], sort: 'modified', limit: 5 });
    expect(found.publisher).toBe('Stadt Leipzig');
    expect(found.total).toBe(all.total);
    expect(found.items.map((d) => d.id)).toEqual(all.items.map((d) => d.id));
    const none = await publisherDatasets(config, 'de', 'Stadt', new AbortController().signal);
    expect(none).toEqual({ total: 0, items: [] });
  });
});

describe('the actor card with hostile data', () => {
  it('shows event titles and links of the hostile corpus as text and safe links only', async () => {
    const demo = createDemoApi({ hostile: true });
    const client = createDirectoryClient({
      baseUrl: 'https://hostile.invalid/directory/v1',
      retry: 0,
      fetch: (input, init) => Promise.resolve(demo.fetch(new Request(input, init))),
    });
    // the card opened by a link (URL state): the names in the list are hostile too
    const startUrl = location.href;
    history.replaceState(null, '', '?map-actor=dias-kompetenzstelle-ki');
    const el = document.createElement('saxon-actor-map');
    el.client = client;
    el.setAttribute('sync-url', '');
    el.setAttribute('entry-form-url', '?entry-id={id}');
    await mount(el);
    history.replaceState(null, '', startUrl);
    await until(() => expect(qa(el, '[part="detail-event"]').length).toBeGreaterThan(0), 8000);
    const expected = await client.events.list({ organizer: 'dias-kompetenzstelle-ki', limit: 3 });
    const items = qa(el, '[part="detail-event"]');
    expected.items.forEach((event, i) => {
      const anchor = items[i]!.querySelector('a');
      expect((anchor ?? items[i]!.querySelector('span'))!.textContent).toBe(event.title);
      expect(anchor?.getAttribute('href') ?? undefined).toBe(safeUrl(event.url));
    });
    const card = q(el, '[part="detail"]')!;
    expect(card.querySelector('script, img, iframe, object, embed')).toBeNull();
    for (const node of card.querySelectorAll('*')) {
      for (const attribute of node.attributes) expect(attribute.name).not.toMatch(/^on/);
    }
    const suggest = q(el, '[part="suggest-change"]') as HTMLAnchorElement;
    expect(new URL(suggest.href).searchParams.get('entry-id')).toBe('dias-kompetenzstelle-ki');
  });
});
