import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDownload } from '../src/directory/calendar-download.js';
import { startDemoServer, type DemoServer } from '../src/node.js';
import { TEST_NOW } from './helpers.js';

// The details of the demo directory's events over real HTTP on 127.0.0.1: the edges of the time
// window, free-text search over each field, facets that leave out their own filter, paging, the
// exact 400 and 404 answers, and the download names of single-event calendars.

let server: DemoServer;
/** The same data on 17 April 2024: a relative demo event then starts on the day of a real one. */
let spring: DemoServer;

beforeAll(async () => {
  [server, spring] = await Promise.all([
    startDemoServer({ port: 0, now: () => TEST_NOW }),
    startDemoServer({ port: 0, now: () => new Date('2024-04-17T10:00:00+02:00') }),
  ]);
});
afterAll(async () => {
  await Promise.all([server?.close(), spring?.close()]);
});

interface EventPage {
  total: number;
  items: { id: string }[];
  facets: Record<string, { value: string; label: string; count: number }[]>;
}

async function get(path: string, on: DemoServer = server) {
  const response = await fetch(`${on.url}/directory/v1${path}`);
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: type.includes('json') ? JSON.parse(text) : undefined,
  };
}

/** The ids of one page of `/events` (with `+` in offsets written as `%2B`). */
async function ids(query: string, on: DemoServer = server): Promise<string[]> {
  const { status, body } = await get(`/events?${query}`, on);
  expect(status).toBe(200);
  return (body as EventPage).items.map((event) => event.id);
}

const NOT_A_TIME = 'must be a date (YYYY-MM-DD) or a date-time with offset (RFC 3339)';

describe('demo API: the time window of /events', () => {
  it('keeps an event that ends exactly at `from`, drops an all-day event whose last day is over', async () => {
    // KI-Sprechstunde KMU ends 22 Nov 15:00; the Open-Data-Hackathon (21–23 Nov) is running.
    expect(await ids('from=2026-11-22T15:00:00%2B01:00&to=2026-11-23')).toEqual([
      'demo-open-data-hackathon-sachsen',
      'demo-ki-sprechstunde-kmu',
      // 23 Nov 18:00: a bare date as `to` takes in the whole day
      'demo-dresden-ai-meetup-foundation-models',
    ]);
    // The Tag der offenen Labore is all-day on 20 Nov: its exclusive end is 21 Nov 00:00.
    expect(await ids('from=2026-11-21&to=2026-11-21')).toEqual([
      'demo-open-data-hackathon-sachsen',
    ]);
  });

  it('ends a bare-date `to` just before the next midnight', async () => {
    // The KI-Gründungswerkstatt starts all-day on 13 Dec, at 00:00: not part of `to=2026-12-12`.
    expect(await ids('from=2026-12-10&to=2026-12-12')).toEqual([
      'demo-workshop-ki-im-schulunterricht',
    ]);
  });

  // The contract: `to` keeps the events that start at or before it (on the directory server too:
  // start_ms <= to).
  it('takes a date-time `to` to the minute, an event starting at it included', async () => {
    const before = ['demo-open-data-hackathon-sachsen', 'demo-ki-sprechstunde-kmu'];
    expect(await ids('to=2026-11-23T12:00:00%2B01:00')).toEqual(before);
    expect(await ids('to=2026-11-23T18:00:00%2B01:00')).toEqual([
      ...before,
      'demo-dresden-ai-meetup-foundation-models',
    ]);
  });

  it('sorts events of the same start by id, whatever order the data has them in', async () => {
    // Both start on 16 April 2024; the real congress comes first in the data file.
    expect(await ids('to=2024-04-16', spring)).toEqual([
      'demo-open-data-hackathon-sachsen',
      'ki-kongress-sachsen-2024',
    ]);
  });
});

describe('demo API: /events search, facets and paging', () => {
  it('finds words in the title, the place, the town, the organizers and the description', async () => {
    // only in the place's name
    expect(await ids('q=Werkhalle')).toEqual(['demo-robotik-meetup-dresden']);
    // only in the organizer's name
    expect(await ids('q=Wandelbots')).toEqual(['demo-robotik-meetup-dresden']);
    // the town of the digital-twins lecture; the other two have the Hochschule Zittau/Görlitz
    expect(await ids('q=G%C3%B6rlitz')).toEqual([
      'demo-praxisforum-ki-pflege',
      'demo-open-lecture-digital-twins',
      'demo-hochschultag-ki-zittau',
    ]);
    // the first word of the lecture's second organizer, "Universität Leipzig"
    expect(await ids('q=Universit%C3%A4t')).toEqual([
      'demo-public-lecture-llm-limits',
      'demo-chemnitzer-ki-tag',
    ]);
    // only in one description ("Was beim Einsatz …"); online events have no place to match
    expect(await ids('q=was&from=2020-01-01&limit=200')).toEqual(['demo-webinar-ki-datenschutz']);
    expect(await ids('q=Quantencomputer&from=2020-01-01')).toEqual([]);
  });

  it('counts each facet without its own filter', async () => {
    const { body } = await get('/events?city=Leipzig&topic=nlp');
    const page = body as EventPage;
    expect(page.items.map((e) => e.id)).toEqual([
      'demo-public-lecture-llm-limits',
      'demo-nlp-meetup-leipzig',
    ]);
    expect(page.facets.topic).toEqual([
      { value: 'business-processes', label: 'Geschäftsprozessoptimierung', count: 2 },
      { value: 'nlp', label: 'Sprachverarbeitung', count: 2 },
      { value: 'data-science', label: 'Data Science und Big Data', count: 1 },
      { value: 'startups', label: 'Gründung und Transfer', count: 1 },
      { value: 'trustworthy-ai', label: 'Vertrauenswürdige KI', count: 1 },
    ]);
    expect(page.facets.city).toEqual([
      { value: 'Leipzig', label: 'Leipzig', count: 2 },
      { value: 'Dresden', label: 'Dresden', count: 1 },
    ]);
  });

  it('leaves online events out of the town facet and pages with limit and offset', async () => {
    const { body } = await get('/events?limit=2&offset=1');
    const page = body as EventPage;
    expect(page.total).toBe(31);
    expect(page.items.map((e) => e.id)).toEqual([
      'demo-ki-sprechstunde-kmu',
      'demo-dresden-ai-meetup-foundation-models',
    ]);
    expect(page.facets.city).toEqual(
      [
        ['Dresden', 10],
        ['Leipzig', 5],
        ['Chemnitz', 2],
        ['Görlitz', 2],
        ['Mittweida', 2],
        ['Freiberg', 1],
        ['Zittau', 1],
        ['Zwickau', 1],
      ].map(([city, count]) => ({ value: city, label: city, count })),
    );
  });
});

describe('demo API: exact 400 and 404 answers for events', () => {
  const BAD = 'from=gestern&to=morgen&q=a&q=b&attendanceMode=hybrid&status=done&ags=123';
  const errors = [
    { name: 'from', reason: NOT_A_TIME },
    { name: 'to', reason: NOT_A_TIME },
    { name: 'q', reason: 'must be given at most once' },
    { name: 'attendanceMode', reason: '"hybrid" is not one of offline, online, mixed' },
    { name: 'status', reason: '"done" is not one of scheduled, cancelled, postponed, rescheduled' },
    { name: 'ags', reason: '"123" is neither a 5-digit Kreis key nor an 8-digit Gemeinde key' },
  ];

  it('names every bad parameter of /events and /events.ics', async () => {
    for (const path of ['/events', '/events.ics']) {
      const { status, headers, body } = await get(`${path}?${BAD}`);
      expect(status).toBe(400);
      expect(headers.get('content-type')).toBe('application/problem+json');
      expect(body.instance).toBe(`/directory/v1${path}`);
      expect(body.errors).toEqual(errors);
    }
  });

  it('answers 400 for a year of five digits rather than reading its last ten characters', async () => {
    const { status, body } = await get('/events?to=12026-11-23');
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ name: 'to', reason: NOT_A_TIME }]);
  });

  it('names the missing event, also when its id contains ".ics"', async () => {
    for (const [path, id] of [
      ['/events/gibt-es-nicht', 'gibt-es-nicht'],
      ['/events/gibt-es-nicht.ics', 'gibt-es-nicht'],
      ['/events/kalender.ics-export.ics', 'kalender.ics-export'],
    ]) {
      const { status, body } = await get(path!);
      expect(status).toBe(404);
      expect(body).toEqual({
        type: 'https://saxon-ai.dev/problems/not-found',
        title: 'Nicht gefunden',
        status: 404,
        detail: `Event "${id}" does not exist`,
        instance: `/directory/v1${path}`,
      });
    }
  });
});

describe('demo API: calendars of events', () => {
  it('names the feed "KI-Veranstaltungen in Sachsen"', async () => {
    const { status, text } = await get('/events.ics?to=2026-11-22');
    expect(status).toBe(200);
    const lines = text.split('\r\n');
    expect(lines.slice(0, 7)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Saxon AI//Demo API//DE',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:KI-Veranstaltungen in Sachsen',
      'X-WR-TIMEZONE:Europe/Berlin',
    ]);
    expect(lines.filter((line) => line.startsWith('UID:'))).toEqual([
      'UID:demo-open-data-hackathon-sachsen@saxon-ai',
      'UID:demo-ki-sprechstunde-kmu@saxon-ai',
    ]);
  });

  // The demo data's ids and titles are tame, so the awkward ones go to the function directly.
  const download = (id: string, title: string) => calendarDownload({ id, title });

  it('turns characters no file system takes into single spaces, runs of blanks too', () => {
    expect(download('a', 'KI/ML:  Daten\t\tTag')).toBe(
      `attachment; filename="a.ics"; filename*=UTF-8''KI%20ML%20Daten%20Tag.ics`,
    );
  });

  it("percent-encodes ' ( ) in upper case, which encodeURIComponent leaves", () => {
    expect(download('a', "Rock 'n' Roll (KI)")).toBe(
      `attachment; filename="a.ics"; filename*=UTF-8''Rock%20%27n%27%20Roll%20%28KI%29.ics`,
    );
  });

  it('strips dots and blanks at both ends, after cutting the name to 80 characters', () => {
    expect(download('a', '...Ausblick 2027...')).toBe(
      `attachment; filename="a.ics"; filename*=UTF-8''Ausblick%202027.ics`,
    );
    // Leading blanks do not count towards the 80: 6 × "KI-Werkstatt " and "KI".
    expect(download('a', ` ${'KI-Werkstatt '.repeat(8)}`)).toBe(
      `attachment; filename="a.ics"; filename*=UTF-8''${'KI-Werkstatt%20'.repeat(6)}KI.ics`,
    );
  });

  it('gives only the id-based name when nothing of the title is left', () => {
    expect(download('a', '*** ...')).toBe('attachment; filename="a.ics"');
  });

  it('replaces each run of characters outside [A-Za-z0-9._-] in the id by one hyphen', () => {
    expect(download('Vortrag/2027: KI?', 'KI')).toBe(
      `attachment; filename="Vortrag-2027-KI-.ics"; filename*=UTF-8''KI.ics`,
    );
    // and keeps at most 80 characters of it
    expect(download(`${'veranstaltung-'.repeat(7)}ende`, 'KI')).toBe(
      `attachment; filename="${'veranstaltung-'.repeat(5)}veranstalt.ics"; filename*=UTF-8''KI.ics`,
    );
  });
});
