// <saxon-event-list> against the demo API over real HTTP (scripts/test/demo-api.setup.ts, real
// clock): calendar files and feeds parsed with ical.js, failures and retries, language switching.
import { createDirectoryClient, type DirectoryClient } from '@saxon-ai/sdk';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { deepQuery, deepText, mount, until } from '../../test/fixture.js';
import './define.js';
import type { SaxonEventList } from './event-list.js';

const server = inject('demoApiUrl');
// Reached as `localhost`, like the topic list's tests: the browser caches the demo API's answers
// for 60 s per URL, and the SDK's own browser tests expect their `127.0.0.1` URLs uncached.
const apiUrl = `${server.replace('//127.0.0.1:', '//localhost:')}/directory/v1`;
const control = (path: string, init?: RequestInit) => fetch(`${server}/__control${path}`, init);
const setFaults = (rules: unknown[]) =>
  control('/faults', {
    method: 'PUT',
    body: JSON.stringify(rules),
    headers: { 'content-type': 'application/json' },
  });

/** A client that bypasses the browser's HTTP cache, so faults switched on between loads are seen. */
const uncachedClient = (): DirectoryClient =>
  createDirectoryClient({
    baseUrl: apiUrl,
    retry: 0,
    fetch: (input, init) => fetch(new Request(input, init), { cache: 'no-store' }),
  });

const eventList = (setup: (el: SaxonEventList) => void) => {
  const el = document.createElement('saxon-event-list');
  setup(el);
  return mount(el);
};
const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...root(el).querySelectorAll(`[part~="${name}"]`)];
const statusText = (el: Element) => part(el, 'status')!.textContent!.trim();
const item = (el: Element, id: string) => root(el).querySelector(`[data-event-id="${id}"]`)!;

/** Fetches an iCalendar file and parses it with ical.js, its VTIMEZONE registered. */
async function fetchCalendar(url: string) {
  const response = await fetch(url, { cache: 'no-store' });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  const text = await response.text();
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(async () => {
  document.body.replaceChildren();
  document.documentElement.lang = 'de';
  await control('/faults', { method: 'DELETE' });
});

describe('<saxon-event-list> calendar files', () => {
  it('"In den Kalender" downloads a valid .ics of the event: the DST-crossing event', async () => {
    const el = await eventList((e) => {
      e.setAttribute('api-url', apiUrl);
      e.setAttribute('from', '2026-10-24');
      e.setAttribute('to', '2026-10-24');
    });
    const id = 'demo-herbst-hackathon-zeitumstellung-2026';
    await until(() => expect(item(el, id)).not.toBeNull());
    const link = item(el, id).querySelector<HTMLAnchorElement>('[part="ical-link"]')!;
    expect(link.getAttribute('download')).toBe(`${id}.ics`);
    expect(link.href).toBe(`${apiUrl}/events/${id}.ics`);

    const [event, ...others] = await fetchCalendar(link.href);
    expect(others).toHaveLength(0);
    expect(event!.uid).toContain(id);
    expect(event!.summary).toBe('Herbst-Hackathon KI & Open Data');
    expect(event!.startDate.toJSDate().toISOString()).toBe(
      new Date('2026-10-24T10:00:00+02:00').toISOString(),
    );
    expect(event!.endDate.toJSDate().toISOString()).toBe(
      new Date('2026-10-26T16:00:00+01:00').toISOString(),
    );
    // what the list says is what the calendar gets
    const times = [...item(el, id).querySelectorAll('time')].map((t) => t.dateTime);
    expect(times.map((t) => new Date(t).getTime())).toEqual([
      event!.startDate.toJSDate().getTime(),
      event!.endDate.toJSDate().getTime(),
    ]);
    expect(item(el, id).querySelector('[part="title-link"]')!.textContent).toBe(event!.summary);
  });

  it('an all-day event arrives as dates with an exclusive end', async () => {
    const el = await eventList((e) => {
      e.setAttribute('api-url', apiUrl);
      e.setAttribute('from', '2024-04-01');
      e.setAttribute('to', '2024-04-30');
    });
    const id = 'ki-kongress-sachsen-2024';
    await until(() => expect(item(el, id)).not.toBeNull());
    expect(
      item(el, id).querySelector('[part="date"]')!.textContent!.replace(/\s+/g, ' ').trim(),
    ).toBe('Di., 16. – Mi., 17. April 2024');
    const link = item(el, id).querySelector<HTMLAnchorElement>('[part="ical-link"]')!;
    const [event] = await fetchCalendar(link.href);
    expect(event!.summary).toBe('3. Sächsischer KI-Kongress');
    expect(item(el, id).querySelector('.title-text, .title-link')!.textContent).toBe(
      event!.summary,
    );
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe('2024-04-16');
    expect(event!.endDate.toString()).toBe('2024-04-18'); // exclusive: the list shows the 17th
    const times = [...item(el, id).querySelectorAll('time')].map((t) => t.dateTime);
    expect(times).toEqual(['2024-04-16', '2024-04-17']);
  });

  it('the subscribe link is the feed of the current filter, and the feed has the shown events', async () => {
    const el = await eventList((e) => {
      e.setAttribute('api-url', apiUrl);
      e.setAttribute('from', '2026-10-01');
      e.setAttribute('to', '2026-10-31');
      e.setAttribute('city', 'Dresden');
      e.limit = 200;
    });
    await until(() => expect(parts(el, 'event').length).toBeGreaterThan(0));
    const feed = (part(el, 'feed-link') as HTMLAnchorElement).href;
    // The subscription is the same feed as a `webcal:` link, which calendar apps subscribe to.
    expect((part(el, 'subscribe-link') as HTMLAnchorElement).href).toBe(
      feed.replace(/^http:/, 'webcal:'),
    );
    const url = new URL(feed);
    expect(`${url.origin}${url.pathname}`).toBe(`${apiUrl}/events.ics`);
    expect(url.searchParams.get('city')).toBe('Dresden');
    expect(url.searchParams.get('from')).toBe('2026-10-01');
    const events = await fetchCalendar(feed);
    const titles = parts(el, 'event').map(
      (li) => li.querySelector('.title-link, .title-text')!.textContent,
    );
    expect(events.map((event) => event.summary)).toEqual(titles);
  });
});

describe('<saxon-event-list> failures', () => {
  it('shows the error with retry, then the events', async () => {
    await setFaults([{ path: '/directory/v1/events', status: 503 }]);
    const el = await eventList((e) => (e.client = uncachedClient()));
    await until(() => expect(part(el, 'error')).not.toBeNull());
    expect(deepText(part(el, 'error')!)).toContain('Auf dem Server ist ein Fehler aufgetreten.');
    expect(statusText(el)).toBe('Auf dem Server ist ein Fehler aufgetreten.');
    expect(el.querySelector('script')).toBeNull();

    await control('/faults', { method: 'DELETE' });
    deepQuery<HTMLButtonElement>(root(el), 'button[part="retry-button"]')!.click();
    await until(() => expect(parts(el, 'event')).toHaveLength(10));
    expect(statusText(el)).toMatch(/^10 von \d+ Veranstaltungen angezeigt$/);
    await until(() =>
      expect(el.querySelector('script[type="application/ld+json"]')).not.toBeNull(),
    );
  });

  it('a failed "load more" keeps the shown events and can be tried again', async () => {
    const el = await eventList((e) => {
      e.client = uncachedClient();
      e.limit = 3;
    });
    await until(() => expect(parts(el, 'event')).toHaveLength(3));
    await setFaults([{ path: '/directory/v1/events', status: 429, retryAfter: 120 }]);
    (part(el, 'more-button') as HTMLButtonElement).click();
    await until(() => expect(part(el, 'more-error')).not.toBeNull());
    expect(part(el, 'more-error')!.textContent).toContain('in 2 Minuten');
    expect(statusText(el)).toContain('in 2 Minuten');
    expect(parts(el, 'event')).toHaveLength(3);

    await control('/faults', { method: 'DELETE' });
    (part(el, 'more-button') as HTMLButtonElement).click();
    await until(() => expect(parts(el, 'event')).toHaveLength(6));
    expect(part(el, 'more-error')).toBeNull();
  });
});

describe('<saxon-event-list> language', () => {
  it('re-renders in English when <html lang> changes, API labels included', async () => {
    const el = await eventList((e) => {
      e.setAttribute('api-url', apiUrl);
      e.setAttribute('from', '2026-10-24');
      e.setAttribute('to', '2026-10-24');
    });
    const id = 'demo-herbst-hackathon-zeitumstellung-2026';
    await until(() => expect(item(el, id)).not.toBeNull());
    const topics = () =>
      [...item(el, id).querySelectorAll('[part="topic"]')].map((t) => t.textContent!.trim());
    const date = () =>
      item(el, id).querySelector('[part="date"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(topics()).toEqual(['Data Science und Big Data', 'Maschinelles Lernen']);
    expect(date()).toBe('Sa., 24. Oktober 2026 um 10:00 MESZ – Mo., 26. Oktober 2026 um 16:00 MEZ');
    expect(statusText(el)).toBe('1 Veranstaltung');

    document.documentElement.lang = 'en';
    await until(() => expect(topics()).toEqual(['Data science and big data', 'Machine learning']));
    expect(date()).toBe(
      'Sat, October 24, 2026 at 10:00 AM CEST – Mon, October 26, 2026 at 4:00 PM CET',
    );
    expect(statusText(el)).toBe('1 event');
    expect(parts(el, 'month-heading')[0]!.textContent!.trim()).toBe('October 2026');
    expect(item(el, id).querySelector('[part="ical-link"]')!.textContent).toContain(
      'Add to calendar',
    );
  });
});
