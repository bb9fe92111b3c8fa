import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SaxonError } from '../src/index.js';
import {
  createDirectoryClient,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ResponseParseError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
  type DirectoryClientOptions,
} from '../src/index.js';
import { startTestServer } from './demo-server.js';

let demo: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  demo = await startTestServer();
});
afterAll(() => demo.close());
afterEach(async () => {
  await demo.clearFaults();
});

const client = (options: Partial<DirectoryClientOptions> = {}) =>
  createDirectoryClient({ baseUrl: demo.directoryUrl, ...options });

describe('actors', () => {
  it('lists with every filter and returns typed facets', async () => {
    const page = await client().actors.list({ category: 'research', city: 'Dresden', limit: 100 });
    expect(page.total).toBeGreaterThan(5);
    expect(page.items.every((a) => a.category === 'research' && a.address.city === 'Dresden')).toBe(
      true,
    );
    expect(page.facets.category.find((f) => f.value === 'research')?.label).toBe('Forschung');

    const text = await client().actors.list({ text: 'Universität' });
    expect(text.items[0]?.name).toMatch(/Universität/);
    const several = await client().actors.list({ category: ['company', 'network'], limit: 100 });
    expect(new Set(several.items.map((a) => a.category))).toEqual(new Set(['company', 'network']));
    const topic = (await client().topics.list()).find((t) => t.actorCount > 0)!;
    const byTopic = await client().actors.list({ topic: topic.id, limit: 100 });
    expect(byTopic.total).toBe(topic.actorCount);
    const leipzig = await client().actors.list({ ags: '14713', limit: 100 });
    expect(leipzig.items.every((a) => a.address.ags === '14713')).toBe(true);
    const box = await client().actors.list({ bbox: [12.2, 51.2, 12.6, 51.5], limit: 100 });
    expect(box.total).toBe(leipzig.total);
    const sorted = await client().actors.list({ sort: '-updatedAt', limit: 5 });
    const times = sorted.items.map((a) => Date.parse(a.updatedAt));
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  it('sends several topics as repeated parameters, ORed by the server (map and events)', async () => {
    const [a, b] = (await client().topics.list()).filter((t) => t.actorCount > 0);
    const ids = (features: { properties: { id: string } }[]) =>
      features.map((f) => f.properties.id).sort();
    const one = ids((await client().actors.geojson({ topic: a!.id })).features);
    const other = ids((await client().actors.geojson({ topic: b!.id })).features);
    const both = ids((await client().actors.geojson({ topic: [a!.id, b!.id] })).features);
    expect(both).toEqual([...new Set([...one, ...other])].sort());
    expect(both.length).toBeGreaterThan(one.length);
    const events = await client().events.list({ topic: [a!.id, b!.id], from: '2020-01-01' });
    expect(events.items.every((e) => e.topics.includes(a!.id) || e.topics.includes(b!.id))).toBe(
      true,
    );
  });

  it('labels facets in the client language', async () => {
    const page = await client({ language: 'en' }).actors.list({ category: 'research' });
    expect(page.facets.category.find((f) => f.value === 'research')?.label).toBe('Research');
  });

  it('gets one actor and rejects an unknown id with NotFoundError', async () => {
    const actor = await client().actors.get('tu-dresden');
    expect(actor).toMatchObject({
      id: 'tu-dresden',
      category: 'research',
      address: { city: 'Dresden' },
    });
    const error = await client()
      .actors.get('no such/actor')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      url: `${demo.directoryUrl}/actors/no%20such%2Factor`,
    });
  });

  it('returns GeoJSON for the same filters', async () => {
    const geo = await client().actors.geojson({ category: 'company' });
    const list = await client().actors.list({ category: 'company', limit: 500 });
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(list.total);
    expect(geo.features[0]?.geometry.coordinates).toHaveLength(2);
  });

  it('iterates across pages without gaps, one request per page', async () => {
    await demo.clearRequests();
    const ids: string[] = [];
    for await (const actor of client().actors.all({ limit: 7 })) ids.push(actor.id);
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
    expect(await demo.requests('/directory/v1/actors?')).toHaveLength(8);
  });

  it('stops cleanly on break: no further page is requested', async () => {
    await demo.clearRequests();
    let seen = 0;
    for await (const _ of client().actors.all({ limit: 10 })) {
      if (++seen === 15) break;
    }
    expect(seen).toBe(15);
    expect(await demo.requests('/directory/v1/actors?')).toHaveLength(2);
  });

  it('stops with an AbortError when the caller aborts in the middle of an iteration', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const run = (async () => {
      for await (const actor of client().actors.all({ limit: 5 }, { signal: controller.signal })) {
        seen.push(actor.id);
        if (seen.length === 12) controller.abort();
      }
    })();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toHaveLength(12);
  });
});

describe('events and topics', () => {
  it('lists upcoming events by default and filters by date, mode, status and city', async () => {
    const upcoming = await client().events.list({ limit: 200 });
    expect(upcoming.total).toBeGreaterThan(10);
    const past = await client().events.list({
      from: '2021-01-01',
      to: new Date('2024-12-31T23:00:00Z'),
      limit: 200,
    });
    expect(past.items.some((e) => e.title.includes('KI-Kongress'))).toBe(true);
    const online = await client().events.list({
      from: '2020-01-01',
      attendanceMode: ['online'],
      limit: 200,
    });
    expect(online.items.every((e) => e.attendanceMode === 'online')).toBe(true);
    const cancelled = await client().events.list({
      from: '2020-01-01',
      status: 'cancelled',
      limit: 200,
    });
    expect(cancelled.total).toBeGreaterThan(0);
    const leipzig = await client().events.list({ from: '2020-01-01', city: 'Leipzig', limit: 200 });
    expect(leipzig.items.every((e) => e.location?.city === 'Leipzig')).toBe(true);
    const text = await client().events.list({ from: '2020-01-01', text: 'Kongress' });
    expect(text.total).toBeGreaterThan(0);
  });

  it('filters events by Kreis or Gemeinde key (ags), any of several; a bad key is an InvalidRequestError', async () => {
    const since = { from: '2020-01-01', limit: 200 } as const;
    const ids = (page: { items: { id: string }[] }) => page.items.map((e) => e.id);
    const all = (await client().events.list(since)).items;
    const landkreisGoerlitz = await client().events.list({ ...since, ags: '14626' });
    expect(landkreisGoerlitz.total).toBeGreaterThan(1);
    expect(ids(landkreisGoerlitz)).toEqual(
      all.filter((e) => e.location?.ags?.startsWith('14626')).map((e) => e.id),
    );
    expect(new Set(landkreisGoerlitz.items.map((e) => e.location?.city))).toEqual(
      new Set(['Görlitz', 'Zittau']),
    );
    const zittau = await client().events.list({ ...since, ags: '14626610' });
    expect(zittau.total).toBeGreaterThan(0);
    expect(zittau.items.every((e) => e.location?.city === 'Zittau')).toBe(true);
    const twoCities = await client().events.list({ ...since, ags: ['14612', '14713000'] });
    expect(new Set(twoCities.items.map((e) => e.location?.city))).toEqual(
      new Set(['Dresden', 'Leipzig']),
    );
    const error = await client()
      .events.list({ ags: 'Görlitz' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).fieldErrors.map((e) => e.name)).toEqual(['ags']);
  });

  it("names an organising actor's website as the organizer's url", async () => {
    const page = await client().events.list({ from: '2020-01-01', organizer: 'tu-dresden' });
    const organizer = page.items[0]?.organizers.find((o) => o.id === 'tu-dresden');
    expect(organizer).toEqual({
      id: 'tu-dresden',
      name: 'Technische Universität Dresden',
      url: 'https://tu-dresden.de',
    });
  });

  it('gets one event, iterates all of them, and builds calendar URLs', async () => {
    const first = (await client().events.list({ limit: 1 })).items[0]!;
    expect(await client().events.get(first.id)).toEqual(first);
    const all: string[] = [];
    for await (const event of client().events.all({ from: '2020-01-01', limit: 10 }))
      all.push(event.id);
    expect(all.length).toBe((await client().events.list({ from: '2020-01-01' })).total);
    expect(all.length).toBeGreaterThan(30);

    const feed = client().events.icalUrl({ city: 'Dresden', topic: ['robotics', 'health'] });
    expect(feed).toBe(`${demo.directoryUrl}/events.ics?topic=robotics&topic=health&city=Dresden`);
    const ics = await (await fetch(feed)).text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(client().events.eventIcalUrl(first.id)).toBe(
      `${demo.directoryUrl}/events/${first.id}.ics`,
    );
  });

  it('lists topics with counts', async () => {
    const topics = await client().topics.list();
    expect(topics.length).toBeGreaterThan(5);
    expect(topics[0]).toEqual({
      id: expect.any(String),
      label: expect.any(String),
      actorCount: expect.any(Number),
      eventCount: expect.any(Number),
    });
  });
});

describe('resilience', () => {
  it('retries a 503 and then succeeds', async () => {
    await demo.setFaults([{ path: '/directory/v1/topics', status: 503, times: 1 }]);
    await demo.clearRequests();
    const retries: number[] = [];
    const topics = await client({
      hooks: { onRetry: ({ attempt }) => retries.push(attempt) },
    }).topics.list();
    expect(topics.length).toBeGreaterThan(0);
    expect(await demo.requests('/directory/v1/topics')).toHaveLength(2);
    expect(retries).toEqual([1]);
  });

  it('waits at least the Retry-After of a 429 before retrying', async () => {
    await demo.setFaults([{ path: '/directory/v1/topics', status: 429, retryAfter: 1, times: 1 }]);
    const started = performance.now();
    await client().topics.list();
    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
    await demo.setFaults([
      { path: '/directory/v1/topics', status: 429, retryAfter: inTwoSeconds, times: 1 },
    ]);
    const started = performance.now();
    await client().topics.list();
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('gives up with RateLimitError when the server asks for a longer pause than allowed', async () => {
    await demo.setFaults([{ path: '/directory/v1/topics', status: 429, retryAfter: 3600 }]);
    const error = await client()
      .topics.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(3600);
    expect((error as RateLimitError).message).toMatch(/Zu viele Anfragen.*3600 s/);
  });

  it('reports a persistent 5xx as ServerError after the retries, with a bounded body copy', async () => {
    await demo.setFaults([{ path: '/directory/v1/topics', status: 503 }]);
    await demo.clearRequests();
    const error = await client({ retry: { limit: 2, backoffLimit: 50 } })
      .topics.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 503, code: 'server_error' });
    expect((error as ServerError).body).toContain('Service Unavailable');
    expect(await demo.requests('/directory/v1/topics')).toHaveLength(3);
  });

  it('raises TimeoutError when the server stalls, before or after sending headers', async () => {
    await demo.setFaults([{ path: '/directory/v1/topics', stall: 'before-headers' }]);
    const before = await client({ timeout: 300, retry: 0 })
      .topics.list()
      .catch((e: unknown) => e);
    expect(before).toBeInstanceOf(TimeoutError);
    await demo.setFaults([{ path: '/directory/v1/topics', stall: 'after-headers' }]);
    const after = await client({ timeout: 300, retry: 0 })
      .topics.list()
      .catch((e: unknown) => e);
    expect(after).toBeInstanceOf(TimeoutError);
    expect((after as TimeoutError).timeout).toBe(300);
  });

  it('raises NetworkError for a dropped connection and for an unreachable port', async () => {
    await demo.setFaults([{ path: '/directory/v1/topics', drop: true }]);
    const dropped = await client({ retry: 0 })
      .topics.list()
      .catch((e: unknown) => e);
    expect(dropped).toBeInstanceOf(NetworkError);
    const unreachable = await createDirectoryClient({
      baseUrl: 'http://127.0.0.1:9/directory/v1',
      retry: 0,
    })
      .topics.list()
      .catch((e: unknown) => e);
    expect(unreachable).toBeInstanceOf(NetworkError);
    expect((unreachable as NetworkError).message).toMatch(/Netzwerkfehler/);
  });

  it('turns malformed JSON and an HTML error page into typed errors', async () => {
    await demo.setFaults([{ path: '/directory/v1/topics', body: 'malformed-json' }]);
    const malformed = await client()
      .topics.list()
      .catch((e: unknown) => e);
    expect(malformed).toBeInstanceOf(ResponseParseError);
    expect(malformed).toMatchObject({ code: 'invalid_json' });

    await demo.setFaults([{ path: '/directory/v1/topics', body: 'html', status: 200 }]);
    const html200 = await client()
      .topics.list()
      .catch((e: unknown) => e);
    expect(html200).toBeInstanceOf(ResponseParseError);
    expect((html200 as ResponseParseError).body).toMatch(/<html>/);

    await demo.setFaults([{ path: '/directory/v1/topics', body: 'html', status: 502 }]);
    const html502 = await client({ retry: 0 })
      .topics.list()
      .catch((e: unknown) => e);
    expect(html502).toBeInstanceOf(ServerError);
    expect((html502 as ServerError).body).toMatch(/502 Bad Gateway/);
  });

  it('bounds the size of a response body', async () => {
    const error = await client({ maxResponseBytes: 1000 })
      .actors.list({ limit: 50 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({ code: 'response_too_large' });
  });
});

describe('validation modes', () => {
  it('error: throws ResponseValidationError listing the issue paths', async () => {
    await demo.setFaults([{ path: '/directory/v1/actors', body: 'wrong-shape' }]);
    const error = await client()
      .actors.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    const paths = (error as ResponseValidationError).issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['total', 'items.0.id', 'items.0.category', 'facets']),
    );
  });

  it('warn: reports the issues and passes the data on', async () => {
    await demo.setFaults([{ path: '/directory/v1/actors', body: 'wrong-shape' }]);
    const warnings: string[] = [];
    const page = await client({
      validate: 'warn',
      onValidationWarning: (text) => warnings.push(text),
    }).actors.list();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/entspricht nicht dem erwarteten Format/);
    expect(page.total).toBe('viele');
  });

  it('off: passes the data on unchecked', async () => {
    await demo.setFaults([{ path: '/directory/v1/actors', body: 'wrong-shape' }]);
    const page = await client({ validate: 'off' }).actors.list();
    expect(page.items[0]?.id).toBe(42);
  });

  it('keeps fields the contract does not name out of the model', async () => {
    const actor = await client().actors.get('tu-dresden');
    expect(
      Object.keys(actor).every((key) =>
        [
          'id',
          'name',
          'category',
          'subtype',
          'description',
          'topics',
          'offers',
          'address',
          'location',
          'website',
          'email',
          'updatedAt',
        ].includes(key),
      ),
    ).toBe(true);
  });
});

describe('requests', () => {
  it('sends one request for two concurrent identical calls', async () => {
    await demo.clearRequests();
    const dir = client();
    const [a, b] = await Promise.all([
      dir.actors.list({ city: 'Leipzig' }),
      dir.actors.list({ city: 'Leipzig' }),
    ]);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(await demo.requests('/directory/v1/actors?city=Leipzig')).toHaveLength(1);
  });

  it('lets one of two sharing callers abort without cancelling the other', async () => {
    await demo.setFaults([{ path: '/directory/v1/topics', latencyMs: 200, times: 1 }]);
    await demo.clearRequests();
    const dir = client();
    const controller = new AbortController();
    const aborted = dir.topics.list({ signal: controller.signal });
    const kept = dir.topics.list();
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    expect((await kept).length).toBeGreaterThan(0);
    expect(await demo.requests('/directory/v1/topics')).toHaveLength(1);
  });

  it('caches answers for their TTL and revalidates with the ETag afterwards', async () => {
    const responses: { status: number; fromCache: boolean }[] = [];
    const dir = client({
      cache: { ttl: 150 },
      hooks: { onResponse: ({ status, fromCache }) => responses.push({ status, fromCache }) },
    });
    await demo.clearRequests();
    const first = await dir.topics.list();
    expect(await dir.topics.list()).toEqual(first);
    expect(await demo.requests('/directory/v1/topics')).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await dir.topics.list()).toEqual(first);
    expect(await demo.requests('/directory/v1/topics')).toHaveLength(2);
    expect(responses).toEqual([
      { status: 200, fromCache: false },
      { status: 200, fromCache: true },
      { status: 304, fromCache: true },
    ]);
  });

  it('sends no custom headers by default (CORS-simple GETs)', async () => {
    const seen: Headers[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      seen.push(new Request(input, init).headers);
      return fetch(input, init);
    };
    await client({ fetch: recordingFetch }).topics.list();
    const names = [...seen[0]!.keys()];
    const simple = ['accept', 'accept-language', 'content-language', 'content-type'];
    expect(names.filter((name) => !simple.includes(name))).toEqual([]);
  });

  it('writes error messages in German by default and in English on request', async () => {
    const de = await client()
      .actors.get('nope')
      .catch((e: unknown) => e);
    const en = await client({ language: 'en' })
      .actors.get('nope')
      .catch((e: unknown) => e);
    expect((de as SaxonError).message).toMatch(/^Nicht gefunden/);
    expect((en as SaxonError).message).toMatch(/^Not found/);
  });
});
