import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gemeindeKeyOf } from '../src/directory/gemeinde-keys.js';
import { startDemoServer, type DemoServer } from '../src/node.js';
import { TEST_NOW } from './helpers.js';

// The details of the directory's query parameters, its error answers and its derived values
// (topic counts, Gemeinde keys), read over real HTTP on 127.0.0.1 with exact expected values: a
// client shows these messages and numbers to people, so a changed word or count is a bug.

let server: DemoServer;

beforeAll(async () => {
  server = await startDemoServer({ port: 0, now: () => TEST_NOW });
});
afterAll(() => server?.close());

interface Answer {
  status: number;
  contentType: string | null;
  body: any;
}

async function get(path: string): Promise<Answer> {
  const response = await fetch(`${server.url}/directory/v1${path}`);
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, contentType: response.headers.get('content-type'), body };
}

/** The 400 problem answer for bad query parameters, with every error in order. */
function invalid(pathname: string, errors: [name: string, reason: string][]) {
  return {
    type: 'https://saxon-ai.dev/problems/invalid-parameter',
    title: 'Ungültige Parameter',
    status: 400,
    detail: errors.map(([name, reason]) => `${name}: ${reason}`).join('; '),
    instance: pathname,
    errors: errors.map(([name, reason]) => ({ name, reason })),
  };
}

const ids = (answer: Answer) => (answer.body.items as { id: string }[]).map((item) => item.id);

const CATEGORIES_MESSAGE = 'is not one of company, research, network, education';
const BBOX_MESSAGE = 'must be minLon,minLat,maxLon,maxLat in WGS84 degrees';
const INSTANT_MESSAGE = 'must be a date (YYYY-MM-DD) or a date-time with offset (RFC 3339)';

describe('directory: error answers', () => {
  it('lists every bad parameter in one 400, in the order they are read, joined in `detail`', async () => {
    const answer = await get('/actors?category=quantum&lang=fr&limit=0&offset=-1&sort=size');
    expect(answer.status).toBe(400);
    expect(answer.contentType).toBe('application/problem+json');
    expect(answer.body).toEqual(
      invalid('/directory/v1/actors', [
        ['category', `"quantum" ${CATEGORIES_MESSAGE}`],
        ['lang', 'must be one of de, en'],
        ['limit', 'must be between 1 and 500'],
        ['offset', 'must be between 0 and 1000000000'],
        ['sort', 'must be one of relevance, name, -updatedAt'],
      ]),
    );
    // The detail line as a client shows it, written out once.
    expect(answer.body.detail).toBe(
      `category: "quantum" ${CATEGORIES_MESSAGE}; lang: must be one of de, en; ` +
        'limit: must be between 1 and 500; offset: must be between 0 and 1000000000; ' +
        'sort: must be one of relevance, name, -updatedAt',
    );
  });

  it('answers 404 with a problem naming the missing actor or event', async () => {
    const actor = await get('/actors/gibt-es-nicht');
    expect(actor.status).toBe(404);
    expect(actor.contentType).toBe('application/problem+json');
    expect(actor.body).toEqual({
      type: 'https://saxon-ai.dev/problems/not-found',
      title: 'Nicht gefunden',
      status: 404,
      detail: 'Actor "gibt-es-nicht" does not exist',
      instance: '/directory/v1/actors/gibt-es-nicht',
    });
    const event = await get('/events/gibt-es-nicht');
    expect(event.status).toBe(404);
    expect(event.body.detail).toBe('Event "gibt-es-nicht" does not exist');
  });
});

describe('directory: single and repeated parameters', () => {
  it('refuses a single-valued parameter given twice', async () => {
    const answer = await get('/topics?lang=de&lang=en');
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(
      invalid('/directory/v1/topics', [['lang', 'must be given at most once']]),
    );
  });

  it('trims a single value, and takes an empty one as not given', async () => {
    const english = await get('/topics?lang=%20en%20');
    expect(english.status).toBe(200);
    expect(english.body.items[0]).toEqual({
      id: 'machine-learning',
      label: 'Machine learning',
      actorCount: 21,
      eventCount: 3,
    });
    const german = await get('/topics?lang=');
    expect(german.status).toBe(200);
    expect(german.body.items[0].label).toBe('Maschinelles Lernen');
    const paged = await get('/actors?limit=%202%20&offset=%201');
    expect(paged.status).toBe(200);
    expect([paged.body.limit, paged.body.offset]).toEqual([2, 1]);
    expect(ids(paged)).toEqual(['casus', 'ceti']);
  });

  it('trims repeated values and drops empty ones', async () => {
    const answer = await get('/actors?category=&category=%20research%20&limit=1');
    expect(answer.status).toBe(200);
    expect(answer.body.total).toBe(26);
    expect(ids(answer)).toEqual(['barkhausen']);
  });

  it('names each value of a repeated parameter that is not allowed', async () => {
    const answer = await get('/events?status=scheduled&status=done&attendanceMode=remote');
    expect(answer.body).toEqual(
      invalid('/directory/v1/events', [
        ['attendanceMode', '"remote" is not one of offline, online, mixed'],
        ['status', '"done" is not one of scheduled, cancelled, postponed, rescheduled'],
      ]),
    );
  });
});

describe('directory: whole numbers', () => {
  it.each([
    ['limit=abc', 'limit'],
    ['limit=x5', 'limit'],
    ['limit=5x', 'limit'],
    ['offset=1.5', 'offset'],
  ])('refuses %s as not a whole number', async (query, name) => {
    const answer = await get(`/actors?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(
      invalid('/directory/v1/actors', [[name, 'must be a whole number']]),
    );
  });
});

describe('directory: bbox', () => {
  it.each([
    ['not a number', 'x,50,13,51'],
    ['west edge east of the east edge', '14,50,13,51'],
    ['south edge north of the north edge', '12,52,13,51'],
    ['south edge below -90', '12,-91,13,51'],
    ['north edge above 90', '12,50,13,91'],
    ['west edge below -180', '-181,50,13,51'],
    ['east edge above 180', '12,50,181,51'],
  ])('refuses a box with its %s', async (_, box) => {
    const answer = await get(`/actors?bbox=${box}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(invalid('/directory/v1/actors', [['bbox', BBOX_MESSAGE]]));
  });

  it('takes the whole world, edges included', async () => {
    const answer = await get('/actors?bbox=-180,-90,180,90&limit=1');
    expect(answer.status).toBe(200);
    expect(answer.body.total).toBe(50);
  });

  it('takes a box of zero size: the actors exactly at that point', async () => {
    const answer = await get('/actors?bbox=12.3788,51.3386,12.3788,51.3386');
    expect(answer.status).toBe(200);
    expect(ids(answer)).toEqual(['uni-leipzig']);
  });
});

describe('directory: dates and date-times', () => {
  it.each([
    ['a five-digit year', '12026-11-22'],
    ['no offset', '2026-11-22T10:00'],
    ['an expanded year', '%2B002026-11-22T10:00:00Z'],
    ['a month 13', '2026-13-01T10:00Z'],
    ['a date with a slash', '2026/11/22'],
  ])('refuses %s as `from`', async (_, from) => {
    const answer = await get(`/events?from=${from}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(invalid('/directory/v1/events', [['from', INSTANT_MESSAGE]]));
  });

  it('takes a date-time without seconds: the event that ended a minute before drops out', async () => {
    // demo-ki-sprechstunde-kmu runs 14:00–15:00 (+01:00) on 22 November, i.e. until 14:00Z.
    const before = await get('/events?from=2026-11-22T14:00Z&to=2026-11-23');
    expect(ids(before)).toEqual([
      'demo-open-data-hackathon-sachsen',
      'demo-ki-sprechstunde-kmu',
      'demo-dresden-ai-meetup-foundation-models',
    ]);
    const after = await get('/events?from=2026-11-22T14:01Z&to=2026-11-23');
    expect(ids(after)).toEqual([
      'demo-open-data-hackathon-sachsen',
      'demo-dresden-ai-meetup-foundation-models',
    ]);
  });

  it('takes fractions of a second with any number of digits', async () => {
    const answer = await get('/events?from=2026-11-22T15:00:00.001%2B01:00&to=2026-11-23');
    expect(answer.status).toBe(200);
    expect(ids(answer)).toEqual([
      'demo-open-data-hackathon-sachsen',
      'demo-dresden-ai-meetup-foundation-models',
    ]);
    const tenths = await get('/events?from=2026-11-22T14:59:59.9%2B01:00&to=2026-11-23');
    expect(tenths.body.total).toBe(3);
  });
});

describe('directory: free text', () => {
  it('needs every word of `q` to match somewhere', async () => {
    expect((await get('/actors?q=dresden')).body.total).toBe(33);
    const answer = await get('/actors?q=dresden%20zqxw');
    expect(answer.status).toBe(200);
    expect(answer.body.total).toBe(0);
    expect((await get('/events?q=dresden%20zqxw&from=2020-01-01')).body.total).toBe(0);
  });
});

describe('directory: topics', () => {
  it('counts the actors and the events from today on per topic', async () => {
    // Today is 22 November 2026: the all-day hackathon (21–23 November) is still on, the event at
    // 14:00 today counts, the open day in Freiberg (20 November) and everything before do not.
    const answer = await get('/topics');
    expect(answer.status).toBe(200);
    expect(
      (answer.body.items as { id: string; actorCount: number; eventCount: number }[]).map(
        (topic) => [topic.id, topic.actorCount, topic.eventCount],
      ),
    ).toEqual([
      ['machine-learning', 21, 3],
      ['computer-vision', 6, 1],
      ['nlp', 2, 3],
      ['robotics', 5, 1],
      ['ai-hardware', 7, 3],
      ['edge-ai', 10, 2],
      ['autonomous-driving', 3, 2],
      ['health', 4, 2],
      ['industry-automation', 8, 2],
      ['iot', 9, 2],
      ['business-processes', 6, 5],
      ['semiconductors', 7, 2],
      ['hpc', 9, 3],
      ['data-science', 18, 5],
      ['trustworthy-ai', 5, 3],
      ['education', 9, 4],
      ['startups', 8, 7],
    ]);
  });
});

describe('directory: Gemeinde keys of event venues', () => {
  it("adds the 8-digit key of the venue's town to an event", async () => {
    const answer = await get('/events/demo-praxisforum-ki-pflege');
    expect(answer.status).toBe(200);
    expect(answer.body.location.city).toBe('Görlitz');
    expect(answer.body.location.ags).toBe('14626110');
    expect((await get('/events/demo-ml-meetup-leipzig-12')).body.location.ags).toBe('14713000');
  });

  it('filters events by Gemeinde and by Kreis key', async () => {
    const gemeinde = await get('/events?ags=14626110&from=2020-01-01');
    expect(ids(gemeinde)).toEqual([
      'demo-praxisforum-ki-pflege',
      'demo-open-lecture-digital-twins',
    ]);
    const kreis = await get('/events?ags=14626&from=2020-01-01');
    expect(ids(kreis)).toEqual([
      'demo-praxisforum-ki-pflege',
      'demo-open-lecture-digital-twins',
      'demo-hochschultag-ki-zittau',
    ]);
  });

  // No demo venue has a decomposed umlaut or a name of two words, so the look-up is read directly.
  it('finds a town written in decomposed Unicode, in any case, with any spacing', () => {
    expect(gemeindeKeyOf('Go\u0308rlitz')).toBe('14626110');
    expect(gemeindeKeyOf('Bad Düben')).toBe('14730020');
    expect(gemeindeKeyOf('  BAD \t  Düben ')).toBe('14730020');
    expect(gemeindeKeyOf('Auerbach')).toBeUndefined();
    expect(gemeindeKeyOf('Atlantis')).toBeUndefined();
  });
});
