import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  createDirectoryClient,
  NotFoundError,
  ResponseParseError,
  type DirectoryClientOptions,
} from '../src/index.js';

// The same client, in Chromium, against the demo API on another origin (CORS included).
const server = inject('demoApiUrl');
const baseUrl = `${server}/directory/v1`;
const client = (options: Partial<DirectoryClientOptions> = {}) =>
  createDirectoryClient({ baseUrl, ...options });

const control = (path: string, init?: RequestInit) => fetch(`${server}/__control${path}`, init);
const setFaults = (rules: unknown[]) =>
  control('/faults', {
    method: 'PUT',
    body: JSON.stringify(rules),
    headers: { 'content-type': 'application/json' },
  });
const requests = async (prefix: string) =>
  ((await (await control('/requests')).json()) as { url: string }[]).filter((r) =>
    r.url.startsWith(prefix),
  );

afterEach(async () => {
  await control('/faults', { method: 'DELETE' });
});

describe('directory client in the browser', () => {
  it('runs in a page on another origin: the request is cross-origin and allowed', async () => {
    expect(new URL(baseUrl).origin).not.toBe(location.origin);
    const page = await client().actors.list({ category: 'research', city: 'Dresden' });
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((a) => a.category === 'research')).toBe(true);
  });

  it('gets, maps and iterates', async () => {
    expect((await client().actors.get('tu-dresden')).name).toBe('Technische Universität Dresden');
    await expect(client().actors.get('nope')).rejects.toBeInstanceOf(NotFoundError);
    const geo = await client().actors.geojson({ category: 'network' });
    expect(geo.features.length).toBeGreaterThan(0);
    let count = 0;
    for await (const _ of client().actors.all({ limit: 20 })) count++;
    expect(count).toBe(50);
    const events = await client().events.list({ from: '2020-01-01', limit: 5 });
    expect(events.items).toHaveLength(5);
  });

  it('aborts in the middle of an iteration', async () => {
    const controller = new AbortController();
    let seen = 0;
    const run = (async () => {
      for await (const _ of client().actors.all({ limit: 10 }, { signal: controller.signal })) {
        if (++seen === 15) controller.abort();
      }
    })();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toBe(15);
  });

  it('retries a 503 and reads Retry-After across origins', async () => {
    // The browser's HTTP cache is shared with other test files: this call must reach the server.
    const uncached: typeof fetch = (input, init) => fetch(input, { ...init, cache: 'no-store' });
    await setFaults([{ path: '/directory/v1/topics', status: 503, retryAfter: 1, times: 1 }]);
    const started = performance.now();
    const topics = await client({ fetch: uncached }).topics.list();
    expect(topics.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('turns malformed JSON into a typed error', async () => {
    // A URL no earlier test asked for: the browser's HTTP cache may answer repeated GETs itself.
    await setFaults([{ path: '/directory/v1/actors', body: 'malformed-json' }]);
    await expect(client().actors.list({ text: 'malformed-probe' })).rejects.toBeInstanceOf(
      ResponseParseError,
    );
  });

  it('shares two concurrent identical calls', async () => {
    await control('/requests', { method: 'DELETE' });
    const dir = client();
    await Promise.all([
      dir.actors.list({ city: 'Chemnitz' }),
      dir.actors.list({ city: 'Chemnitz' }),
    ]);
    expect(await requests('/directory/v1/actors?city=Chemnitz')).toHaveLength(1);
  });

  it('speaks German by default and English on request', async () => {
    await expect(client().actors.get('nope')).rejects.toThrow(/^Nicht gefunden/);
    await expect(client({ language: 'en' }).actors.get('nope')).rejects.toThrow(/^Not found/);
  });
});
