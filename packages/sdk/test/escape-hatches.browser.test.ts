import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  createDirectoryClient,
  createOpenDataClient,
  NotFoundError,
  PortalError,
  withResponse,
  type DirectoryClientOptions,
} from '../src/index.js';

// Issue 28's escape hatches in Chromium, against the demo API on another origin: what a page can
// read of an answer under CORS, `request()`, and a hook that changes the request.
const server = inject('demoApiUrl');
const baseUrl = `${server}/directory/v1`;
// The browser's HTTP cache is shared by the test files: every request here must reach the server.
const uncached: typeof fetch = (input, init) => fetch(input, { ...init, cache: 'no-store' });
const client = (options: Partial<DirectoryClientOptions> = {}) =>
  createDirectoryClient({ baseUrl, fetch: uncached, ...options });

const control = (path: string, init?: RequestInit) => fetch(`${server}/__control${path}`, init);
const requests = async (prefix: string) =>
  ((await (await control('/requests')).json()) as { method: string; url: string }[]).filter((r) =>
    r.url.startsWith(prefix),
  );

afterEach(async () => {
  await control('/requests', { method: 'DELETE' });
});

describe('escape hatches in the browser', () => {
  it('withResponse reads status, the exposed headers, the ETag and the URL of the same request', async () => {
    const { data, response } = await withResponse((call) =>
      client().actors.list({ city: 'Leipzig', limit: 2 }, call),
    );
    expect(data.items).toHaveLength(2);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${baseUrl}/actors?city=Leipzig&limit=2&lang=de`);
    // Cross-origin, a page sees only the headers the server exposes: ETag and Cache-Control here.
    expect(response.etag).toMatch(/^W\/".+"$/);
    expect(response.headers.get('etag')).toBe(response.etag);
    expect(response.headers.get('cache-control')).toMatch(/max-age/);
    expect(await requests('/directory/v1/actors?city=Leipzig')).toHaveLength(1);
  });

  it('request() reaches endpoints without a method, with the usual errors', async () => {
    const topic = await client().request('/topics', { query: { lang: 'en' } });
    expect(topic.items.length).toBeGreaterThan(0);
    await expect(
      client().request('/events/{id}', { path: { id: 'no-such-event' } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const ckan = createOpenDataClient({ type: 'ckan', baseUrl: `${server}/ckan`, fetch: uncached });
    const groups = await ckan.request('/api/3/action/group_list', { query: { limit: 2 } });
    expect(groups).toHaveLength(2);
    await expect(
      ckan.request('/api/3/action/organization_show', { query: { id: '' } }),
    ).rejects.toBeInstanceOf(PortalError);
    const store = createOpenDataClient({
      type: 'entrystore',
      baseUrl: `${server}/entrystore/store`,
      fetch: uncached,
    });
    const found = await store.request('/search', {
      query: { type: 'solr', query: 'rdfType:http\\://www.w3.org/ns/dcat#Dataset', limit: 1 },
    });
    expect(found.results).toBeGreaterThan(0);
  });

  it('a beforeRequest hook moves the request and adds a header; without one, no preflight', async () => {
    await client().actors.get('tu-dresden');
    expect((await requests('/directory/v1/actors/tu-dresden')).map((r) => r.method)).toEqual([
      'GET',
    ]);
    await control('/requests', { method: 'DELETE' });

    const moved = createDirectoryClient({
      // Nothing listens here: only the hook's URL can answer.
      baseUrl: 'http://127.0.0.1:9/directory/v1',
      fetch: uncached,
      retry: 0,
      hooks: {
        beforeRequest(request) {
          const changed = new Request(request.url.replace('http://127.0.0.1:9', server), request);
          changed.headers.set('x-trace-id', 'browser-1');
          return changed;
        },
      },
    });
    const { data, response } = await withResponse((call) => moved.actors.get('tu-dresden', call));
    expect(data.id).toBe('tu-dresden');
    expect(response.url).toBe(`${baseUrl}/actors/tu-dresden`);
    // The added header made the GET non-simple: the browser asked the server first (preflight).
    expect((await requests('/directory/v1/actors/tu-dresden')).map((r) => r.method)).toEqual([
      'OPTIONS',
      'GET',
    ]);
  });
});
