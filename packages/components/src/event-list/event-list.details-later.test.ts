// A page of many events shows all of them at once with title, date and place, the first ones (more
// than a window shows) complete; the others' descriptions, organizers, topics and links follow
// after that frame, ten a frame. These tests hold what the visitor can rely on: every event
// is there at once, the ones in sight are complete, the rest become complete by themselves and the
// same as if drawn at once, a page the visitor asked for is not held up by them, and the JSON-LD
// waits until every event is complete.
import { createDirectoryClient, type DirectoryClient } from '@saxon-ai/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { sleep, until } from '../../test/fixture.js';
import {
  BASE,
  app,
  eventList,
  item,
  part,
  parts,
  resetPageAroundEachTest,
  root,
  text,
} from '../../test/support/event-list.js';

resetPageAroundEachTest();
const startUrl = location.href;
afterEach(() => history.replaceState(null, '', startUrl));

/** How many of a page's events the list draws complete in its first frame (event-list.base.ts). */
const detailedFirst = () => Math.max(16, Math.ceil(innerHeight / 48));

interface Gate {
  open: () => void;
  opened: Promise<void>;
}
const gate = (): Gate => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
};

/**
 * A client whose API has `total` events (copies of the demo's, one a day from 1 June 2026, each with
 * its organizers, topics and registration link), answering each request once its gate opens.
 */
async function manyEvents(total: number, gates: Gate[]): Promise<DirectoryClient> {
  const demo = await (await app.fetch(new Request(`${BASE}/events?limit=200`))).json();
  const items = Array.from({ length: total }, (_, i) => {
    const start = Date.UTC(2026, 5, 1, 8) + i * 86_400_000;
    return {
      ...demo.items[i % demo.items.length],
      id: `viele-${i}`,
      title: `Veranstaltung ${i + 1}`,
      allDay: false,
      start: new Date(start).toISOString(),
      end: new Date(start + 2 * 3_600_000).toISOString(),
      status: 'scheduled',
      attendanceMode: 'offline',
      organizers: [{ id: 'infai', name: `Veranstalter ${i + 1}` }],
      organizerIds: ['infai'],
      registrationUrl: `https://anmeldung.example/${i}`,
    };
  });
  let requests = 0;
  return createDirectoryClient({
    baseUrl: BASE,
    language: 'de',
    fetch: async (input, init) => {
      const url = new URL(new Request(input, init).url);
      await gates[requests++]!.opened;
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit'));
      const page = { ...demo, total, offset, limit, items: items.slice(offset, offset + limit) };
      return new Response(JSON.stringify(page), {
        headers: { 'content-type': 'application/json' },
      });
    },
  });
}

/** The ids of the shown events that show their details (organizers, links), in order. */
const complete = (el: Element) =>
  parts(el, 'event')
    .filter((event) => event.querySelector('[part~="organizers"]'))
    .map((event) => event.getAttribute('data-event-id'));

/**
 * Calls `seen` right after the render that shows `count` events, before any frame or task that
 * could follow it: what the visitor sees in the frame that shows them.
 */
function whenShown(el: Element, count: number, seen: () => void): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (parts(el, 'event').length < count) return;
      observer.disconnect();
      seen();
      resolve();
    });
    observer.observe(root(el), { childList: true, subtree: true });
  });
}

const ids = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `viele-${from + i}`);

describe('<saxon-event-list>: details of a long page after its first frame', () => {
  it('shows every event at once, the first complete, and completes the others by itself', async () => {
    const first = gate();
    const el = await eventList((e) => (e.limit = 60), await manyEvents(60, [first]));
    let atFirstFrame: (string | null)[] = [];
    let withDate = 0;
    const shownAll = whenShown(el, 60, () => {
      atFirstFrame = complete(el);
      withDate = parts(el, 'event').filter((event) =>
        text(event.querySelector('[part~="date"]')).match(/^\w\w\., \d+\. \w+ 2026, \d\d:00–/),
      ).length;
    });
    first.open();
    await shownAll;
    expect(withDate).toBe(60);
    expect(atFirstFrame).toEqual(ids(0, detailedFirst()));

    await until(() => expect(complete(el)).toEqual(ids(0, 60)));
    // The last one, filled in later, as any other: organizers, topics and its four links.
    const last = item(el, 'viele-59');
    expect(text(last.querySelector('[part~="organizers"]'))).toBe(
      'Veranstaltet von Veranstalter 60',
    );
    expect(last.querySelectorAll('[part~="topic"]').length).toBeGreaterThan(0);
    expect(last.querySelector<HTMLAnchorElement>('[part~="ical-link"]')!.href).toBe(
      `${BASE}/events/viele-59.ics`,
    );
    expect(text(last.querySelector('[part~="registration-link"]'))).toBe(
      'Anmeldung zu „Veranstaltung 60“',
    );
    expect(last.querySelectorAll('[part~="actions"] a')).toHaveLength(4);
  });

  it('lets a page the visitor asked for come first, then completes both', async () => {
    const [first, second] = [gate(), gate()];
    const el = await eventList((e) => (e.limit = 40), await manyEvents(80, [first, second]));
    const page = detailedFirst();
    // "Weitere Veranstaltungen laden" in the first frame, before any detail is filled in.
    const shownFirst = whenShown(el, 40, () =>
      (part(el, 'more-button') as HTMLButtonElement).click(),
    );
    first.open();
    await shownFirst;
    await sleep(200); // a dozen frames: none fills in details while the page loads
    expect(complete(el)).toEqual(ids(0, page));

    let atSecondFrame: (string | null)[] = [];
    const shownSecond = whenShown(el, 80, () => (atSecondFrame = complete(el)));
    second.open();
    await shownSecond;
    expect(atSecondFrame).toEqual([...ids(0, page), ...ids(40, 40 + page)]);
    await until(() => expect(complete(el)).toEqual(ids(0, 80)));
  });

  it('shows a selected event complete at once, wherever it is in the page', async () => {
    const url = new URL(startUrl);
    url.searchParams.set('ev-event', 'viele-50');
    history.replaceState(null, '', url);
    const first = gate();
    const el = await eventList(
      (e) => {
        e.limit = 60;
        e.setAttribute('sync-url', '');
      },
      await manyEvents(60, [first]),
    );
    let atFirstFrame: (string | null)[] = [];
    const shownAll = whenShown(el, 60, () => (atFirstFrame = complete(el)));
    first.open();
    await shownAll;
    expect(atFirstFrame).toEqual([...ids(0, detailedFirst()), 'viele-50']);
    expect(item(el, 'viele-50').getAttribute('aria-current')).toBe('true');
  });

  it('publishes the JSON-LD once every shown event is complete, not before', async () => {
    const first = gate();
    const el = await eventList((e) => (e.limit = 200), await manyEvents(200, [first]));
    // Each change of the light DOM's JSON-LD, with how many events were complete then.
    const publications: { events: number; complete: number }[] = [];
    new MutationObserver(() => {
      const script = el.querySelector(':scope > script[type="application/ld+json"]');
      if (!script?.textContent) return;
      const graph = (JSON.parse(script.textContent) as { '@graph': unknown[] })['@graph'];
      publications.push({ events: graph.length, complete: complete(el).length });
    }).observe(el, { childList: true, subtree: true, characterData: true });
    first.open();
    await until(() => expect(publications).toHaveLength(1), 5000);
    // One publication, of the shown events (those the JSON-LD can describe), all complete then.
    expect(publications[0]!.events).toBeGreaterThan(100);
    expect(publications.map((publication) => publication.complete)).toEqual([200]);
  });
});
