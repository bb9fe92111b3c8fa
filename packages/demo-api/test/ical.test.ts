// The demo API's iCalendar, read strictly (test/ical-strict.ts) rather than by a lenient parser:
// escaping of every demo event's texts, stable UIDs, places without repetition, topic labels as
// categories, and a file name of its own for each event's download — the last two over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_TEXT } from '../src/hostile.js';
import { startDemoServer, type DemoServer } from '../src/node.js';
import { demoApi, TEST_NOW } from './helpers.js';
import { strictEvents, strictLines, unescapeText } from './ical-strict.js';

const api = demoApi();
const dir = <T = any>(path: string, source = api) => source.get<T>(`/directory/v1${path}`);

/** All 44 demo events, past and upcoming, as the JSON API sends them. */
const everyEvent = async (source = api) =>
  (await dir('/events?from=2020-01-01&limit=200', source)).body.items as any[];

describe('iCalendar: escaping, read strictly', { timeout: 60_000 }, () => {
  it('round-trips SUMMARY, DESCRIPTION and LOCATION of every demo event', async () => {
    const events = await everyEvent();
    expect(events).toHaveLength(44);
    const { text } = await dir('/events.ics?from=2020-01-01');
    const vevents = strictEvents(text);
    expect(vevents).toHaveLength(44);
    let withSeparators = 0;
    for (const [index, event] of events.entries()) {
      const vevent = vevents[index]!;
      expect(vevent.get('UID')!.raw).toBe(`${event.id}@saxon-ai`);
      expect(vevent.text('SUMMARY')).toBe(event.title);
      expect(vevent.text('DESCRIPTION')).toBe(event.description);
      if (event.location)
        expect(vevent.text('LOCATION')!.startsWith(event.location.name)).toBe(true);
      const source = `${event.title}${event.description ?? ''}${event.location?.name ?? ''}`;
      if (/[,;]/.test(source)) withSeparators++;
    }
    // The data does exercise the escapes: most events have a comma or semicolon somewhere.
    expect(withSeparators).toBeGreaterThanOrEqual(24);
  });

  it('writes the escapes themselves: \\, \\; \\\\ and \\n in the raw lines', async () => {
    const { text } = await dir('/events.ics?from=2020-01-01');
    const raw = strictLines(text).filter((line) =>
      ['SUMMARY', 'DESCRIPTION', 'LOCATION'].includes(line.name),
    );
    // "Innovationsquartier, Halle 1" (a comma inside the place's name)
    expect(raw.some((line) => line.raw.includes('Innovationsquartier\\, Halle 1'))).toBe(true);
    for (const line of raw) {
      // every comma and semicolon is preceded by an odd run of backslashes
      for (const match of line.raw.matchAll(/(\\*)[,;]/g)) expect(match[1]!.length % 2).toBe(1);
    }
    expect(unescapeText('a\\,b\\;c\\\\d\\ne')).toEqual(['a,b;c\\d\ne']);
    expect(() => unescapeText('a,b')).toThrow(/unescaped ","/);
    expect(() => unescapeText('a\\xb')).toThrow(/bad escape/);
  });

  it('stays valid with every hostile text: line breaks escaped, control characters dropped', async () => {
    // eslint-disable-next-line no-control-regex -- the characters a TEXT value cannot hold
    const unwritable = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
    // A lone surrogate cannot be UTF-8: the encoder writes U+FFFD, as it does for every answer.
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    const expected = (value: string) =>
      value
        .replace(unwritable, '')
        .replace(/\r\n|\r/g, '\n')
        .replace(loneSurrogate, '\uFFFD');
    let controls = 0;
    // Payloads in sequence: offsets 0, 44, 88, … bring every hostile text into every field.
    for (let offset = 0; offset < HOSTILE_TEXT.length; offset += 44) {
      const source = demoApi({ hostile: { offset } });
      const events = await everyEvent(source);
      const { status, text } = await dir('/events.ics?from=2020-01-01', source);
      expect(status).toBe(200);
      const vevents = strictEvents(text);
      expect(vevents).toHaveLength(events.length);
      for (const [index, event] of events.entries()) {
        if (`${event.title}${event.description ?? ''}`.match(unwritable)) controls++;
        expect(vevents[index]!.text('SUMMARY')).toBe(expected(event.title));
        expect(vevents[index]!.text('DESCRIPTION')).toBe(
          event.description ? expected(event.description) : undefined,
        );
      }
    }
    expect(controls).toBeGreaterThan(0);
  });
});

describe('iCalendar: what calendars show', { timeout: 60_000 }, () => {
  it('names a place once: name, address and town without repeating the town', async () => {
    const { text } = await dir('/events.ics?from=2020-01-01');
    const byUid = new Map(
      strictEvents(text).map((vevent) => [vevent.get('UID')!.raw, vevent.text('LOCATION')]),
    );
    const location = (id: string) => byUid.get(`${id}@saxon-ai`);
    expect(location('demo-herbst-hackathon-zeitumstellung-2026')).toBe(
      'Innovationsquartier, Halle 1, Beispielstraße 3, 01067 Dresden',
    );
    expect(location('ki-kongress-sachsen-2021')).toBe('Leipzig (Veranstaltungsort nicht erfasst)');
    expect(location('zuse-schools-jahrestreffen-2023')).toBe('TU Dresden');
    expect(location('auftakt-ki-veranstaltungsreihe-2022')).toBe('Werkbank32, Mittweida');
    expect(location('demo-workshop-bildverarbeitung-qs')).toBe('Technikum, Raum 1.12, Chemnitz');
    expect(location('demo-webinar-ki-datenschutz')).toBe('Online');
    for (const [uid, place] of byUid) {
      if (!place) continue;
      const towns =
        place.match(/\b(Dresden|Leipzig|Chemnitz|Zwickau|Freiberg|Görlitz|Mittweida|Zittau)\b/g) ??
        [];
      expect(new Set(towns).size, `${uid}: ${place}`).toBe(towns.length);
    }
  });

  it("lists the topics' German labels as CATEGORIES, not their ids", async () => {
    const labels = new Map<string, string>(
      (await dir('/topics')).body.items.map((topic: any) => [topic.id, topic.label]),
    );
    const events = await everyEvent();
    const { text } = await dir('/events.ics?from=2020-01-01');
    const vevents = strictEvents(text);
    for (const [index, event] of events.entries()) {
      const categories = vevents[index]!.get('CATEGORIES');
      if (event.topics.length === 0) {
        expect(categories).toBeUndefined();
        continue;
      }
      expect(unescapeText(categories!.raw, true)).toEqual(
        event.topics.map((id: string) => labels.get(id)),
      );
    }
    const congress = vevents[events.findIndex((e) => e.id === 'ki-kongress-sachsen-2021')]!;
    expect(congress.get('CATEGORIES')!.raw).toBe(
      'Geschäftsprozessoptimierung,Aus- und Weiterbildung,Vertrauenswürdige KI',
    );
  });
});

describe('iCalendar over HTTP', { timeout: 60_000 }, () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer({ port: 0, now: () => TEST_NOW });
  }, 60_000);
  afterAll(() => server.close());

  it('gives each event’s download a file name of its own', async () => {
    const ids = ['demo-herbst-hackathon-zeitumstellung-2026', 'ki-kongress-sachsen-2024'];
    const dispositions = await Promise.all(
      ids.map(async (id) => {
        const response = await fetch(`${server.url}/directory/v1/events/${id}.ics`);
        expect(response.status).toBe(200);
        return response.headers.get('content-disposition');
      }),
    );
    expect(dispositions).toEqual([
      `attachment; filename="${ids[0]}.ics"; filename*=UTF-8''Herbst-Hackathon%20KI%20%26%20Open%20Data.ics`,
      `attachment; filename="${ids[1]}.ics"; filename*=UTF-8''3.%20S%C3%A4chsischer%20KI-Kongress.ics`,
    ]);
    // The feed of a whole selection is a subscription, not a download of one event.
    const feed = await fetch(`${server.url}/directory/v1/events.ics`);
    expect(feed.headers.get('content-disposition')).toBe('inline; filename="saxon-ai-events.ics"');
  });

  it('keeps UIDs stable whatever host the request came through', async () => {
    const port = new URL(server.url).port;
    const uids = await Promise.all(
      [`http://127.0.0.1:${port}`, `http://localhost:${port}`].map(async (origin) => {
        const text = await (
          await fetch(`${origin}/directory/v1/events.ics?from=2020-01-01`)
        ).text();
        return strictLines(text)
          .filter((line) => line.name === 'UID')
          .map((line) => line.raw);
      }),
    );
    expect(uids[0]).toHaveLength(44);
    expect(uids[1]).toEqual(uids[0]);
    expect(uids[0]).toContain('ki-kongress-sachsen-2024@saxon-ai');
  });
});
