// Widgets that share a `context`: map, events and topics on one page filter together, a second
// context on the same page stays apart, and widgets without one behave as alone. Against the demo
// API over real HTTP, in Chromium.
import { createDirectoryClient, type EventFilter } from '@saxon-ai/sdk';
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../src/actor-map/define.js';
import '../src/event-list/define.js';
import '../src/topic-list/define.js';
import type { SaxonActorMap } from '../src/actor-map/actor-map.js';
import type { SaxonEventList } from '../src/event-list/event-list.js';
import type { SaxonTopicList } from '../src/topic-list/topic-list.js';
import { mount, until } from './fixture.js';

const server = inject('demoApiUrl');
const apiUrl = `${server.replace('//127.0.0.1:', '//localhost:')}/directory/v1`;
const api = createDirectoryClient({ baseUrl: apiUrl });
const LIMIT = 50;

let contexts = 0;
const freshContext = () => `linking-${++contexts}`;

const root = (el: Element) => el.shadowRoot!;
const statusOf = (el: Element) => root(el).querySelector('[part~="status"]')!.textContent!.trim();

async function widget<K extends 'saxon-actor-map' | 'saxon-event-list' | 'saxon-topic-list'>(
  tag: K,
  context: string | null,
  attributes: Record<string, string> = {},
): Promise<HTMLElementTagNameMap[K]> {
  const el = document.createElement(tag);
  el.setAttribute('api-url', apiUrl);
  if (context) el.setAttribute('context', context);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return mount(el);
}
const eventList = (context: string | null) =>
  widget('saxon-event-list', context, { limit: String(LIMIT), filters: '' });

/** The ids the event list shows, once it shows exactly those of `filter` (asked of the SDK). */
async function eventsMatch(el: SaxonEventList, filter: EventFilter) {
  const expected = (await api.events.list({ ...filter, limit: LIMIT })).items.map((e) => e.id);
  await until(() => {
    const shown = [...root(el).querySelectorAll<HTMLElement>('[data-event-id]')].map(
      (item) => item.dataset['eventId'],
    );
    expect(shown).toEqual(expected);
  }, 8000);
  return expected;
}
async function mapShows(el: SaxonActorMap, filter: Parameters<typeof api.actors.list>[0]) {
  const { total } = await api.actors.list({ ...filter, limit: 1 });
  await until(() => expect(statusOf(el)).toBe(`${total} Akteure auf der Karte`), 8000);
  return total;
}
const topicButton = (el: SaxonTopicList, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button[part~="topic-button"]')].find(
    (b) => b.querySelector('[part="label"]')!.textContent === label,
  )!;
const mapTopics = (el: SaxonActorMap) =>
  [...root(el).querySelector<HTMLSelectElement>('#filter-topic')!.selectedOptions].map(
    (option) => option.value,
  );
function chooseInMap(el: SaxonActorMap, selector: string, values: string[]) {
  const select = root(el).querySelector<HTMLSelectElement>(selector)!;
  for (const option of select.options) option.selected = values.includes(option.value);
  select.dispatchEvent(new Event('change'));
}

beforeAll(async () => {
  await page.viewport(1000, 900);
});
beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => document.body.replaceChildren());

describe('widgets in one context', () => {
  it('a topic chosen in the topic list filters map and events; another context and a lone list stay as they are', async () => {
    const shared = freshContext();
    const map = await widget('saxon-actor-map', shared);
    const events = await eventList(shared);
    const topics = await widget('saxon-topic-list', shared);
    const elsewhere = await eventList(freshContext());
    const alone = await eventList(null);
    await mapShows(map, {});
    const unfiltered = await eventsMatch(events, {});
    await eventsMatch(elsewhere, {});
    await eventsMatch(alone, {});
    await until(() => expect(topicButton(topics, 'Robotik')).toBeDefined(), 5000);

    topicButton(topics, 'Robotik').click();
    const robotics = await eventsMatch(events, { topic: ['robotics'] });
    expect(robotics.length).toBeLessThan(unfiltered.length);
    await mapShows(map, { topic: ['robotics'] });
    expect(mapTopics(map)).toEqual(['robotics']);
    expect(await eventsMatch(elsewhere, {})).toEqual(unfiltered);
    expect(await eventsMatch(alone, {})).toEqual(unfiltered);

    // a second topic: any of them matches, everywhere in the context
    topicButton(topics, 'Maschinelles Lernen').click();
    await eventsMatch(events, { topic: ['robotics', 'machine-learning'] });
    await mapShows(map, { topic: ['robotics', 'machine-learning'] });
    expect(mapTopics(map).sort()).toEqual(['machine-learning', 'robotics']);
  });

  it('topics chosen in the map (several) and a Kreis filter the events; the topic list follows', async () => {
    const shared = freshContext();
    const map = await widget('saxon-actor-map', shared);
    const events = await eventList(shared);
    const topics = await widget('saxon-topic-list', shared);
    await mapShows(map, {});
    await until(() => expect(root(map).querySelectorAll('#filter-topic option').length).toBe(17));

    chooseInMap(map, '#filter-topic', ['robotics', 'nlp']);
    await mapShows(map, { topic: ['robotics', 'nlp'] });
    await eventsMatch(events, { topic: ['robotics', 'nlp'] });
    await until(() =>
      expect(topicButton(topics, 'Robotik').getAttribute('aria-pressed')).toBe('true'),
    );

    // Dresden, a Kreis of one Gemeinde: the events whose venue is in Dresden
    chooseInMap(map, '#filter-kreis', ['14612']);
    await mapShows(map, { topic: ['robotics', 'nlp'], ags: '14612' });
    const byTopic = (await api.events.list({ topic: ['robotics', 'nlp'], limit: LIMIT })).items;
    const inDresden = await eventsMatch(events, { topic: ['robotics', 'nlp'], ags: '14612' });
    expect(inDresden.length).toBeGreaterThan(0);
    expect(inDresden).toEqual(
      byTopic.filter((e) => e.location?.city === 'Dresden').map((e) => e.id),
    );

    // back to all of Saxony
    chooseInMap(map, '#filter-kreis', ['']);
    await eventsMatch(events, { topic: ['robotics', 'nlp'] });
  });

  it('a Kreis chosen on the map shows exactly the events in its Gemeinden, asked of the API by ags', async () => {
    const shared = freshContext();
    const map = await widget('saxon-actor-map', shared);
    const events = await eventList(shared);
    await mapShows(map, {});
    const all = await eventsMatch(events, {});
    const upcoming = (await api.events.list({ limit: LIMIT })).items;
    expect(upcoming.map((e) => e.id)).toEqual(all);

    // Landkreis Görlitz: its Gemeinden Görlitz and Zittau (Destatis), no other town. The resource
    // timing buffer is emptied first, so that it has room for the requests this choice starts.
    performance.clearResourceTimings();
    chooseInMap(map, '#filter-kreis', ['14626']);
    const inKreis = await eventsMatch(events, { ags: '14626' });
    expect(inKreis.length).toBeGreaterThan(1);
    expect(inKreis).toEqual(
      upcoming
        .filter((e) => ['Görlitz', 'Zittau'].includes(e.location?.city ?? ''))
        .map((e) => e.id),
    );
    // One request of the events by the Kreis key, none by a list of towns.
    const eventRequests = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname.endsWith('/directory/v1/events'));
    expect(eventRequests.some((url) => url.searchParams.getAll('ags').join() === '14626')).toBe(
      true,
    );
    expect(eventRequests.every((url) => !url.searchParams.has('city'))).toBe(true);

    chooseInMap(map, '#filter-kreis', ['']);
    expect(await eventsMatch(events, {})).toEqual(all);
  });

  it("shows the empty state when the map's Kreis leaves none of the list's own towns", async () => {
    const shared = freshContext();
    const map = await widget('saxon-actor-map', shared);
    const events = await widget('saxon-event-list', shared, { city: 'Leipzig', limit: '50' });
    await mapShows(map, {});
    const inLeipzig = await eventsMatch(events, { city: ['Leipzig'] });
    expect(inLeipzig.length).toBeGreaterThan(0);

    chooseInMap(map, '#filter-kreis', ['14612']); // Dresden: no Leipzig there
    await until(() => expect(root(events).querySelector('[part="empty"]')).not.toBeNull(), 8000);
    expect(root(events).querySelector('[data-event-id]')).toBeNull();
    expect(root(events).querySelector('[part="error"]')).toBeNull();

    chooseInMap(map, '#filter-kreis', ['14713']); // Leipzig, the city: its events again
    expect(await eventsMatch(events, { city: ['Leipzig'] })).toEqual(inLeipzig);
  });

  it("chooses several topics in the map's list box by keyboard; the events follow", async () => {
    const shared = freshContext();
    const map = await widget('saxon-actor-map', shared);
    const events = await eventList(shared);
    await mapShows(map, {});
    const box = root(map).querySelector<HTMLSelectElement>('#filter-topic')!;
    await until(() => expect(box.options.length).toBe(17));
    box.focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Shift>}{ArrowDown}{/Shift}');
    const two = [box.options[0]!.value, box.options[1]!.value];
    await until(() => expect(mapTopics(map)).toEqual(two));
    await mapShows(map, { topic: two });
    await eventsMatch(events, { topic: two });
    expect(root(map).activeElement).toBe(box);
  });

  it('a topic chosen in the event list filters the map; a late widget starts filtered', async () => {
    const shared = freshContext();
    const map = await widget('saxon-actor-map', shared);
    const events = await eventList(shared);
    await eventsMatch(events, {});
    const select = root(events).querySelector<HTMLSelectElement>('#filter-topic')!;
    await until(() =>
      expect([...select.options].map((o) => o.value)).toContain('machine-learning'),
    );
    select.value = 'machine-learning';
    select.dispatchEvent(new Event('change'));
    await eventsMatch(events, { topic: ['machine-learning'] });
    await mapShows(map, { topic: ['machine-learning'] });

    const late = await eventList(shared);
    await eventsMatch(late, { topic: ['machine-learning'] });
  });

  it('without a context the widgets stay apart, exactly as before', async () => {
    const map = await widget('saxon-actor-map', null);
    const events = await eventList(null);
    const topics = await widget('saxon-topic-list', null);
    await mapShows(map, {});
    const unfiltered = await eventsMatch(events, {});
    await until(() => expect(root(topics).querySelectorAll('[part="item"]')).toHaveLength(17));
    // plain text, as before
    expect(root(topics).querySelector('[part="list"] :is(button, a)')).toBeNull();

    chooseInMap(map, '#filter-topic', ['robotics']);
    await mapShows(map, { topic: ['robotics'] });
    expect(await eventsMatch(events, {})).toEqual(unfiltered);
  });
});
