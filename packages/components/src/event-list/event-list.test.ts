// <saxon-event-list> against the demo API running in the page with a fixed clock (16 March
// 2026), so that dates, months and counts are the same every day: what each event shows,
// languages, attributes and layouts.
import { createDirectoryClient } from '@saxon-ai/sdk';
import { describe, expect, it, vi } from 'vitest';
import { until } from '../../test/fixture.js';
import { registerLocale } from '../shared/i18n/locales.js';

import {
  BASE,
  app,
  fixedClient,
  eventList,
  part,
  parts,
  statusText,
  item,
  text,
  shown,
  resetPageAroundEachTest,
} from '../../test/support/event-list.js';

resetPageAroundEachTest();

describe('<saxon-event-list>: what each event shows', () => {
  it('groups upcoming events under month headings, in order', async () => {
    const el = await eventList((e) => (e.limit = 50));
    await shown(el, 32);
    const months = parts(el, 'month-heading').map((h) => h.textContent!.trim());
    expect(months.slice(0, 3)).toEqual(['März 2026', 'April 2026', 'Mai 2026']);
    expect(months).toContain('Oktober 2026');
    expect(months.at(-1)).toBe('März 2027');
    expect(parts(el, 'month-heading')[0]!.localName).toBe('h3');
    expect(parts(el, 'title')[0]!.localName).toBe('h4');
    expect(statusText(el)).toBe('32 Veranstaltungen');
  });

  it('formats all-day, multi-day, timed and daylight-saving-crossing events inside <time datetime>', async () => {
    const el = await eventList((e) => (e.limit = 50));
    await shown(el, 32);
    const date = (id: string) => item(el, id).querySelector('[part="date"]')!;
    const times = (id: string) =>
      [...date(id).querySelectorAll('time')].map((t) => t.getAttribute('datetime'));

    // running since yesterday, three days: the exclusive end becomes the last day
    expect(text(date('demo-open-data-hackathon-sachsen'))).toBe('So., 15. – Di., 17. März 2026');
    expect(times('demo-open-data-hackathon-sachsen')).toEqual(['2026-03-15', '2026-03-17']);
    // one whole day
    expect(text(date('demo-chemnitzer-ki-tag'))).toBe('Mo., 4. Mai 2026, ganztägig');
    expect(times('demo-chemnitzer-ki-tag')).toEqual(['2026-05-04']);
    // timed; the test browser runs in UTC, so Berlin time says which zone it is
    expect(text(date('demo-ki-sprechstunde-kmu'))).toBe('Mo., 16. März 2026, 14:00–15:00 Uhr MEZ');
    expect(times('demo-ki-sprechstunde-kmu')).toEqual([
      '2026-03-16T14:00:00+01:00',
      '2026-03-16T15:00:00+01:00',
    ]);
    // after the spring change: summer time
    expect(text(date('demo-public-lecture-llm-limits'))).toBe(
      'Mo., 30. März 2026, 17:15–18:45 Uhr MESZ',
    );
    // across the October change
    expect(text(date('demo-herbst-hackathon-zeitumstellung-2026'))).toBe(
      'Sa., 24. Oktober 2026 um 10:00 MESZ – Mo., 26. Oktober 2026 um 16:00 MEZ',
    );
    expect(times('demo-herbst-hackathon-zeitumstellung-2026')).toEqual([
      '2026-10-24T10:00:00+02:00',
      '2026-10-26T16:00:00+01:00',
    ]);
  });

  it('says the status in words, names place or "Online", the attendance, organizers and topics', async () => {
    const el = await eventList((e) => (e.limit = 50));
    await shown(el, 32);
    const title = (id: string) => text(item(el, id).querySelector('[part="title"]'));
    expect(title('demo-robotik-meetup-dresden')).toBe('Abgesagt: Robotik-Meetup Dresden');
    expect(title('demo-praxisforum-ki-pflege')).toBe('Verschoben: Praxisforum KI in der Pflege');
    expect(title('demo-fachgespraech-halbleiter-ki')).toMatch(/^Neuer Termin: /);
    expect(title('demo-dresden-ai-meetup-foundation-models')).toBe(
      'Dresden AI Meetup: Foundation Models in Production',
    );

    const kmu = item(el, 'demo-ki-sprechstunde-kmu');
    expect(text(kmu.querySelector('[part="place"]'))).toBe('Online');
    expect(text(kmu.querySelector('[part="attendance"]'))).toBe('Online');
    expect(text(kmu.querySelector('[part="organizers"]'))).toBe(
      'Veranstaltet von Digitalagentur Sachsen (DiAS) – Kompetenzstelle KI',
    );
    expect(text(kmu.querySelector('[part="registration-link"]'))).toBe(
      'Anmeldung zu „KI-Sprechstunde für kleine und mittlere Unternehmen“',
    );

    const hackathon = item(el, 'demo-open-data-hackathon-sachsen');
    expect(text(hackathon.querySelector('[part="place"]'))).toBe(
      'Innovationsquartier, Halle 2, Beispielstraße 12, 01067 Dresden Hybrid',
    );
    expect(text(hackathon.querySelector('[part="organizers"]'))).toMatch(
      /^Veranstaltet von Smart Systems Hub GmbH \(de:hub Dresden\) und ScaDS\.AI/,
    );
    expect(
      [...hackathon.querySelectorAll('[part="topic"]')].map((t) => t.textContent!.trim()),
    ).toEqual(['Data Science und Big Data', 'Gründung und Transfer']);
    const link = hackathon.querySelector<HTMLAnchorElement>('[part="title-link"]')!;
    // The demo API serves the event page itself, on the origin it was asked through.
    expect(link.href).toBe(
      `${new URL(BASE).origin}/demo/veranstaltungen/demo-open-data-hackathon-sachsen`,
    );
    const ical = hackathon.querySelector<HTMLAnchorElement>('[part="ical-link"]')!;
    expect(ical.href).toBe(`${BASE}/events/demo-open-data-hackathon-sachsen.ics`);
    expect(ical.hasAttribute('download')).toBe(true);
    expect(text(ical)).toBe('In den Kalender: „Open-Data-Hackathon Sachsen“ als iCalendar-Datei');

    const offline = item(el, 'demo-dresden-ai-meetup-foundation-models');
    expect(text(offline.querySelector('[part="attendance"]'))).toBe('Vor Ort');
  });

  it('strikes a cancelled title through and still says "Abgesagt" in text', async () => {
    const el = await eventList((e) => (e.limit = 50));
    await shown(el, 32);
    const cancelled = item(el, 'demo-robotik-meetup-dresden');
    const link = cancelled.querySelector('[part="title-link"]')!;
    expect(getComputedStyle(link).textDecorationLine).toContain('line-through');
    expect(cancelled.querySelector('[part="event-status"]')!.textContent!.trim()).toBe('Abgesagt');
  });

  it('names an event whose title has nothing to read', async () => {
    // the demo answer, with a title of blanks and zero-width spaces
    const blankTitle = createDirectoryClient({
      baseUrl: BASE,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        const response = await app.fetch(request);
        if (!new URL(request.url).pathname.endsWith('/events')) return response;
        const page = await response.json();
        page.items[0].title = ' \u200b\u200b ';
        return Response.json(page);
      },
    });
    const el = await eventList(() => {}, blankTitle);
    await shown(el, 10);
    expect(text(parts(el, 'title')[0]!)).toBe('Veranstaltung ohne Titel');
    expect(text(parts(el, 'ical-link')[0]!)).toBe(
      'In den Kalender: „Veranstaltung ohne Titel“ als iCalendar-Datei',
    );
  });
});

describe('<saxon-event-list>: language', () => {
  it('speaks English with lang="en", and switches with <html lang>', async () => {
    const el = await eventList((e) => (e.limit = 50), fixedClient());
    await shown(el, 32);
    document.documentElement.lang = 'en';
    await until(() => expect(statusText(el)).toBe('32 events'));
    const date = (id: string) => text(item(el, id).querySelector('[part="date"]'));
    expect(date('demo-open-data-hackathon-sachsen')).toBe('Sun, March 15 – Tue, March 17, 2026');
    expect(date('demo-chemnitzer-ki-tag')).toBe('Mon, May 4, 2026, all day');
    expect(date('demo-herbst-hackathon-zeitumstellung-2026')).toBe(
      'Sat, October 24, 2026 at 10:00 AM CEST – Mon, October 26, 2026 at 4:00 PM CET',
    );
    expect(parts(el, 'month-heading')[0]!.textContent!.trim()).toBe('March 2026');
    expect(
      text(item(el, 'demo-robotik-meetup-dresden').querySelector('[part="event-status"]')),
    ).toBe('Cancelled');
    expect(
      text(
        item(el, 'demo-dresden-ai-meetup-foundation-models').querySelector('[part="attendance"]'),
      ),
    ).toBe('In person');
    expect(text(part(el, 'subscribe-link'))).toBe('Subscribe to this selection as a calendar');

    document.documentElement.lang = 'de';
    await until(() => expect(statusText(el)).toBe('32 Veranstaltungen'));
    expect(parts(el, 'month-heading')[0]!.textContent!.trim()).toBe('März 2026');
  });
});

describe('<saxon-event-list>: the language of each event', () => {
  const english = 'demo-dresden-ai-meetup-foundation-models';
  const german = 'demo-ki-sprechstunde-kmu';
  const title = (el: Element, id: string) =>
    item(el, id).querySelector<HTMLElement>('.title-link, .title-text')!;
  const description = (el: Element, id: string) =>
    item(el, id).querySelector<HTMLElement>('[part="description"]')!;

  it('marks an English event lang="en" in a German page, and leaves German ones alone', async () => {
    const el = await eventList((e) => (e.limit = 50));
    await shown(el, 32);
    for (const node of [title(el, english), description(el, english)]) {
      expect(node.getAttribute('lang')).toBe('en');
      expect(node.matches(':lang(en)')).toBe(true);
    }
    for (const node of [title(el, german), description(el, german)]) {
      expect(node.hasAttribute('lang')).toBe(false);
      expect(node.matches(':lang(de)')).toBe(true);
    }
    // the widget's own words around them stay German
    expect(item(el, english).querySelector('[part="attendance"]')!.matches(':lang(de)')).toBe(true);
  });

  it('in English (lang="en") marks German events lang="de"', async () => {
    document.documentElement.lang = 'en';
    const el = await eventList((e) => (e.limit = 50), fixedClient({ language: 'en' }));
    await shown(el, 32);
    for (const node of [title(el, german), description(el, german)]) {
      expect(node.getAttribute('lang')).toBe('de');
      expect(node.matches(':lang(de)')).toBe(true);
    }
    for (const node of [title(el, english), description(el, english)]) {
      expect(node.hasAttribute('lang')).toBe(false);
      expect(node.matches(':lang(en)')).toBe(true);
    }
    // a regional page language is still the same language
    document.documentElement.lang = 'en-GB';
    await until(() => expect(title(el, english).hasAttribute('lang')).toBe(false));
    expect(title(el, german).getAttribute('lang')).toBe('de');
  });

  it('marks topic labels German in a language the API does not speak (Upper Sorbian)', async () => {
    registerLocale('hsb', { eventListTopics: 'Temy' });
    document.documentElement.lang = 'hsb';
    const el = await eventList((e) => (e.limit = 50));
    await shown(el, 32);
    const topics = item(el, english).querySelector('[part="topics"]')!;
    expect(topics.getAttribute('aria-label')).toBe('Temy');
    // the API answers German labels for anything but English
    expect(topics.getAttribute('lang')).toBe('de');
    expect(title(el, english).getAttribute('lang')).toBe('en');
    expect(title(el, german).getAttribute('lang')).toBe('de');
    document.documentElement.lang = 'de';
    await until(() => expect(topics.hasAttribute('lang')).toBe(false));
  });

  it('names Berlin’s zone CET/CEST in English and MEZ/MESZ in German, winter and summer', async () => {
    const el = await eventList((e) => (e.limit = 50));
    await shown(el, 32);
    // the test browser runs in UTC, so Berlin times name their zone
    const date = (id: string) => text(item(el, id).querySelector('[part="date"]'));
    const winter = 'demo-ki-sprechstunde-kmu';
    const summer = 'demo-public-lecture-llm-limits';
    expect(date(winter)).toBe('Mo., 16. März 2026, 14:00–15:00 Uhr MEZ');
    expect(date(summer)).toBe('Mo., 30. März 2026, 17:15–18:45 Uhr MESZ');
    document.documentElement.lang = 'en';
    await until(() => expect(date(winter)).toBe('Mon, March 16, 2026, 2:00 – 3:00 PM CET'));
    expect(date(summer)).toBe('Mon, March 30, 2026, 5:15 – 6:45 PM CEST');
    expect(date(summer)).not.toMatch(/GMT/);
  });
});

describe('<saxon-event-list>: attributes', () => {
  it('warns about unusable values and uses sane defaults', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const requests: string[] = [];
    const el = await eventList((e) => {
      e.setAttribute('limit', '-5');
      e.setAttribute('from', 'yesterday');
      e.setAttribute('layout', 'grid');
      e.setAttribute('attendance-mode', 'online, everywhere');
    }, fixedClient({ requests }));
    await shown(el, 7); // the upcoming online events; 10 a page
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('limit="-5"'),
        expect.stringContaining('from="yesterday"'),
        expect.stringContaining('layout="grid"'),
        expect.stringContaining('attendance-mode="online, everywhere"'),
      ]),
    );
    expect(messages).toHaveLength(4);
    const query = new URL(requests[0]!).searchParams;
    expect(query.get('limit')).toBe('10');
    expect(query.has('from')).toBe(false);
    expect(query.getAll('attendanceMode')).toEqual(['online']);
    expect(part(el, 'list')!.classList.contains('layout-list')).toBe(true);

    // a re-render does not warn again; a new bad value does
    el.requestUpdate();
    await el.updateComplete;
    expect(warn).toHaveBeenCalledTimes(4);
    el.setAttribute('limit', '500');
    await el.updateComplete;
    expect(warn).toHaveBeenCalledTimes(5);
  });

  it('passes topic, city, organizer, from and to on to the API', async () => {
    const requests: string[] = [];
    const el = await eventList((e) => {
      e.setAttribute('topic', 'machine-learning, nlp');
      e.setAttribute('city', 'Leipzig');
      e.setAttribute('organizer', 'infai');
      e.setAttribute('from', '2026-01-01');
      e.setAttribute('to', '2026-12-31');
    }, fixedClient({ requests }));
    await until(() => expect(parts(el, 'event').length).toBeGreaterThan(0));
    const query = new URL(requests[0]!).searchParams;
    expect(query.getAll('topic')).toEqual(['machine-learning', 'nlp']);
    expect(query.getAll('city')).toEqual(['Leipzig']);
    expect(query.getAll('organizer')).toEqual(['infai']);
    expect(query.get('from')).toBe('2026-01-01');
    expect(query.get('to')).toBe('2026-12-31');
    expect(parts(el, 'event').map((e) => e.getAttribute('data-event-id'))).toEqual([
      'demo-ml-meetup-leipzig-12',
      'demo-nlp-meetup-leipzig',
    ]);
    const feed = new URL((part(el, 'subscribe-link') as HTMLAnchorElement).href);
    expect(feed.pathname).toBe('/directory/v1/events.ics');
    expect(feed.searchParams.getAll('topic')).toEqual(['machine-learning', 'nlp']);
    expect(feed.searchParams.get('from')).toBe('2026-01-01');
    expect(feed.searchParams.has('limit')).toBe(false);
  });

  it('lays events out as cards or compact rows; compact leaves out the descriptions', async () => {
    const el = await eventList((e) => e.setAttribute('layout', 'cards'));
    await shown(el, 10);
    expect(part(el, 'list')!.classList.contains('layout-cards')).toBe(true);
    expect(getComputedStyle(parts(el, 'events')[0]!).display).toBe('grid');
    expect(parts(el, 'description').length).toBeGreaterThan(0);
    el.layout = 'compact';
    await el.updateComplete;
    expect(part(el, 'list')!.classList.contains('layout-compact')).toBe(true);
    expect(parts(el, 'description')).toHaveLength(0);
    expect(parts(el, 'organizers')).toHaveLength(10);
  });
});

describe('<saxon-event-list>: calendars', () => {
  it('links each event’s .ics file only when the client’s address makes a safe link', async () => {
    const base = fixedClient();
    const el = await eventList(
      (e) => (e.limit = 10),
      // A client whose base URL is no web address: its .ics links must not become links.
      {
        ...base,
        events: { ...base.events, eventIcalUrl: (id) => `javascript:alert(1)//${id}.ics` },
      },
    );
    await shown(el, 10);
    await el.updateComplete;
    expect(parts(el, 'ical-link')).toEqual([]);
    expect(parts(el, 'google-calendar-link')).toEqual([]);
    for (const link of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]'))
      expect(link.protocol).toMatch(/^(https?|mailto|webcal):$/);
    // …and with the usual client, every event has one, on the API's own origin
    const safe = await eventList((e) => (e.limit = 10));
    await shown(safe, 10);
    const links = parts(safe, 'ical-link') as HTMLAnchorElement[];
    expect(links).toHaveLength(10);
    for (const link of links)
      expect(link.href).toMatch(
        /^https:\/\/fixed-clock\.invalid\/directory\/v1\/events\/[^/]+\.ics$/,
      );
  });

  it('offers Google and Outlook as plain links that send nothing before a click', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await eventList((e) => (e.limit = 50));
    await shown(el, 32);
    await el.updateComplete;
    const hackathon = item(el, 'demo-open-data-hackathon-sachsen');
    const google = hackathon.querySelector<HTMLAnchorElement>('[part="google-calendar-link"]')!;
    const outlook = hackathon.querySelector<HTMLAnchorElement>('[part="outlook-calendar-link"]')!;
    for (const link of [google, outlook]) {
      expect(link.rel).toBe('noopener noreferrer');
      expect(link.referrerPolicy).toBe('no-referrer');
      expect(link.hasAttribute('target')).toBe(false);
    }
    expect(text(google)).toBe(
      'Google Kalender: „Open-Data-Hackathon Sachsen“ in Google Kalender eintragen',
    );
    expect(text(outlook)).toBe('Outlook: „Open-Data-Hackathon Sachsen“ in Outlook eintragen');
    expect(new URL(google.href).searchParams.get('text')).toBe('Open-Data-Hackathon Sachsen');
    expect(new URL(outlook.href).searchParams.get('subject')).toBe('Open-Data-Hackathon Sachsen');
    // every event has both, and rendering them asked no server of Google's or Microsoft's
    expect(parts(el, 'google-calendar-link')).toHaveLength(32);
    expect(parts(el, 'outlook-calendar-link')).toHaveLength(32);
    const hosts = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((entry) => new URL(entry.name).hostname);
    expect(hosts.filter((host) => /google|outlook|live\.com|microsoft/.test(host))).toEqual([]);
  });

  it('subscribes with a webcal: link to the feed of the configured API, beside its https address', async () => {
    const el = await eventList((e) => e.setAttribute('topic', 'robotics'));
    await until(() => expect(part(el, 'subscribe-link')).not.toBeNull());
    const feed = (part(el, 'feed-link') as HTMLAnchorElement).href;
    expect(feed).toBe(`${BASE}/events.ics?topic=robotics`);
    expect((part(el, 'subscribe-link') as HTMLAnchorElement).href).toBe(
      `webcal://fixed-clock.invalid/directory/v1/events.ics?topic=robotics`,
    );
    expect(text(part(el, 'subscribe-link'))).toBe('Diese Auswahl als Kalender abonnieren');
    expect(text(part(el, 'feed-link'))).toBe('Kalender-Adresse (https)');
  });
});
