import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../src/node.js';
import { demoApi } from './helpers.js';

const ACTORS = '/directory/v1/actors';

describe('fault injection by option', () => {
  it('answers 429 with Retry-After for the configured number of requests, then normally', async () => {
    const api = demoApi({ faults: [{ path: ACTORS, status: 429, retryAfter: 2, times: 1 }] });
    const limited = await api.get(ACTORS);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
    expect((await api.get(ACTORS)).status).toBe(200);
  });

  it('sends each mount its usual error body', async () => {
    const api = demoApi({ faults: [{ status: 503 }] });
    const ckan = await api.get('/ckan/api/3/action/package_search');
    expect(ckan.status).toBe(503);
    expect(ckan.body).toMatchObject({ success: false, error: { __type: 'Internal Server Error' } });
    const entrystore = await api.get('/entrystore/store/search?type=solr&query=public:true');
    expect(entrystore.body).toEqual({ error: 'Service Unavailable' });
  });

  it('breaks bodies on request: malformed JSON, an HTML page, a truncated or empty body', async () => {
    const malformed = await demoApi({ faults: [{ body: 'malformed-json' }] }).get(ACTORS);
    expect(malformed.status).toBe(200);
    expect(() => JSON.parse(malformed.text)).toThrow();
    const html = await demoApi({ faults: [{ body: 'html', status: 502 }] }).get(ACTORS);
    expect(html.status).toBe(502);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    const full = await demoApi().get(ACTORS);
    const truncated = await demoApi({ faults: [{ body: 'truncated' }] }).get(ACTORS);
    expect(truncated.text).toBe(full.text.slice(0, Math.floor(full.text.length / 2)));
    const empty = await demoApi({ faults: [{ body: 'empty' }] }).get(ACTORS);
    expect(empty.text).toBe('');
  });

  it("answers in the mount's envelope with wrong types or missing fields", async () => {
    const ckanPath = '/ckan/api/3/action/package_search';
    const entryPath = '/entrystore/store/search?type=solr&query=public:true';
    const wrong = demoApi({ faults: [{ body: 'wrong-types' }] });
    expect((await wrong.get(ckanPath)).body).toMatchObject({
      success: true,
      result: { count: 'viele' },
    });
    expect((await wrong.get(entryPath)).body).toMatchObject({ results: 'drei' });
    expect((await wrong.get(ACTORS)).body).toMatchObject({ total: 'viele' });
    const missing = demoApi({ faults: [{ body: 'missing-fields' }] });
    expect((await missing.get(ckanPath)).body).toEqual({ help: 'x', success: true, result: {} });
    expect((await missing.get(ACTORS)).body).not.toHaveProperty('items');
  });

  it("sends CKAN's failure envelope with status 200, and a huge body of the asked size", async () => {
    const failure = await demoApi({ faults: [{ body: 'ckan-failure' }] }).get(
      '/ckan/api/3/action/package_search',
    );
    expect(failure.status).toBe(200);
    expect(failure.body).toMatchObject({ success: false, error: { __type: 'Search Query Error' } });
    const huge = await demoApi({ faults: [{ body: 'huge', hugeBytes: 300_000 }] }).get(ACTORS);
    expect(huge.text.length).toBe(300_000);
    expect((JSON.parse(huge.text) as { padding: string }).padding).toMatch(/^x+$/);
  });

  it('applies only to matching paths and can add latency', async () => {
    const api = demoApi({
      faults: [
        { path: '/ckan/', status: 500 },
        { path: ACTORS, latencyMs: 120 },
      ],
    });
    const started = Date.now();
    const answer = await api.get(ACTORS);
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect((await api.get('/directory/v1/topics')).status).toBe(200);
  });

  it('drops the connection without a socket (in a page, as MSW runs it) as a network error', async () => {
    const { app } = demoApi({ faults: [{ path: ACTORS, drop: true, times: 1 }] });
    // With an Origin, the CORS middleware sets headers on the answer: it must still be an error.
    const dropped = await app.fetch(
      new Request(`https://demo.invalid${ACTORS}`, { headers: { origin: 'https://site.example' } }),
    );
    expect(dropped.type).toBe('error');
    expect((await app.fetch(new Request(`https://demo.invalid${ACTORS}`))).status).toBe(200);
  });

  it('offers no control endpoint and no query switch unless enabled', async () => {
    const api = demoApi();
    expect((await api.get('/__control/faults')).status).toBe(404);
    // Unknown query parameters are ignored; none of them reaches the fault injector.
    const probe = await api.get<any>(`${ACTORS}?fault=500&status=500&drop=true&body=html`);
    expect(probe.status).toBe(200);
    expect(probe.body.total).toBe(50);
  });
});

describe('fault injection over real HTTP with the test-only control endpoint', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer({ port: 0, control: true });
  });
  afterAll(() => server.close());

  const control = (path: string, init?: RequestInit) =>
    fetch(`${server.url}/__control${path}`, init);
  const setFaults = (rules: unknown[]) =>
    control('/faults', {
      method: 'PUT',
      body: JSON.stringify(rules),
      headers: { 'content-type': 'application/json' },
    });

  it('counts the requests a client sent', async () => {
    await control('/requests', { method: 'DELETE' });
    await fetch(`${server.url}${ACTORS}?limit=1`);
    await fetch(`${server.url}${ACTORS}?limit=1`);
    const log = (await (await control('/requests')).json()) as { url: string }[];
    expect(log.filter((entry) => entry.url === `${ACTORS}?limit=1`)).toHaveLength(2);
  });

  it('drops the connection', async () => {
    await setFaults([{ path: ACTORS, drop: true, times: 1 }]);
    await expect(fetch(`${server.url}${ACTORS}`)).rejects.toThrow();
    expect((await fetch(`${server.url}${ACTORS}`)).status).toBe(200);
  });

  it('stalls before headers until the client gives up', async () => {
    await setFaults([{ path: ACTORS, stall: 'before-headers', times: 1 }]);
    await expect(
      fetch(`${server.url}${ACTORS}`, { signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow(/abort|timeout/i);
  });

  it('sends headers, then stalls the body', async () => {
    await setFaults([{ path: ACTORS, stall: 'after-headers', times: 1 }]);
    const controller = new AbortController();
    const response = await fetch(`${server.url}${ACTORS}`, { signal: controller.signal });
    expect(response.status).toBe(200);
    const reading = response.text();
    setTimeout(() => controller.abort(), 200);
    await expect(reading).rejects.toThrow();
  });

  it('returns a 503 burst, then recovers', async () => {
    await setFaults([{ path: ACTORS, status: 503, times: 3 }]);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${server.url}${ACTORS}`)).status);
    expect(statuses).toEqual([503, 503, 503, 200]);
  });
});
