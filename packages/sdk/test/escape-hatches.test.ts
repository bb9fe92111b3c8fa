import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import * as z from 'zod/mini';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { ACTOR_INPUT, SUBMITTER } from '../../../scripts/test/directory/submission-fixtures.js';
import {
  createDirectoryAdminClient,
  createDirectoryClient,
  createOpenDataClient,
  NotFoundError,
  PortalError,
  portals,
  ResponseValidationError,
  withResponse,
  type SubmissionInput,
} from '../src/index.js';
import { startTestServer } from './demo-server.js';

// Issue 28's escape hatches over real HTTP against the demo API: raw answers beside the parsed
// one, `request()` for endpoints without a method, and hooks that change a request.
let demo: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  demo = await startTestServer();
});
afterAll(() => demo.close());
afterEach(async () => {
  await demo.clearFaults();
  await demo.clearRequests();
});

const directory = (options = {}) =>
  createDirectoryClient({
    baseUrl: demo.directoryUrl,
    retry: { limit: 2, backoffLimit: 10 },
    ...options,
  });

describe('withResponse: the HTTP side of an answer, from the same request', () => {
  it('gives status, headers, ETag and the URL requested, with one request sent', async () => {
    const { data, response, responses } = await withResponse((call) =>
      directory().actors.list({ city: 'Dresden', limit: 3 }, call),
    );
    expect(data.items).toHaveLength(3);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${demo.directoryUrl}/actors?city=Dresden&limit=3&lang=de`);
    expect(response.etag).toMatch(/^W\/".+"$/);
    expect(response.headers.get('etag')).toBe(response.etag);
    expect(response.headers.get('cache-control')).toMatch(/max-age/);
    expect(response.fromCache).toBe(false);
    expect(responses).toEqual([response]);
    expect(await demo.requests('/directory/v1/actors')).toHaveLength(1);
  });

  it('says when an answer came from the cache, still without a request', async () => {
    const client = directory({ cache: true });
    const first = await withResponse((call) => client.topics.list(call));
    const second = await withResponse((call) => client.topics.list(call));
    expect(second.data).toEqual(first.data);
    expect(second.response).toMatchObject({
      status: 200,
      fromCache: true,
      etag: first.response.etag,
    });
    expect(second.response.headers.get('cache-control')).toBe(
      first.response.headers.get('cache-control'),
    );
    expect(await demo.requests('/directory/v1/topics')).toHaveLength(1);
  });

  it('lists every answer of a call that reads several (EntryStore look-ups)', async () => {
    const store = createOpenDataClient({
      ...portals.sachsen,
      baseUrl: `${demo.url}/entrystore/store`,
    });
    const { data, responses } = await withResponse((call) => store.search({ limit: 2 }, call));
    expect(data.items).toHaveLength(2);
    expect(responses.length).toBeGreaterThan(1);
    expect(responses[0]!.url).toMatch(/\/entrystore\/store\/search\?type=solr/);
    expect(responses.every((r) => r.status === 200)).toBe(true);
  });

  it('reports the status of a write (202) and its Location', async () => {
    const submission = {
      kind: 'actor',
      action: 'create',
      data: ACTOR_INPUT,
      submitter: SUBMITTER,
      consent: true,
    } as unknown as SubmissionInput;
    const { data, response } = await withResponse((call) =>
      directory().submissions.create(submission, call),
    );
    expect(response.status).toBe(202);
    expect(response.headers.get('location')).toBe(data.statusUrl);
    expect(response.url).toBe(`${demo.directoryUrl}/submissions`);
  });
});

describe('request(): endpoints without a method, typed from the OpenAPI paths', () => {
  it('directory: any GET path, with path and query parameters', async () => {
    const client = directory();
    const actor = await client.request('/actors/{id}', { path: { id: 'tu-dresden' } });
    expectTypeOf(actor.name).toEqualTypeOf<string>();
    expect(actor.name).toBe('Technische Universität Dresden');
    const page = await client.request('/actors', { query: { city: ['Dresden'], limit: 2 } });
    expect(page.items).toHaveLength(2);
    expect(await demo.requests('/directory/v1/actors?city=Dresden&limit=2')).toHaveLength(1);
  });

  it('directory: the same retries and errors as the methods', async () => {
    await demo.setFaults([{ path: '/directory/v1/topics', status: 503, times: 1 }]);
    const topics = await directory().request('/topics', { query: { lang: 'en' } });
    expect(topics.items.length).toBeGreaterThan(0);
    expect(await demo.requests('/directory/v1/topics')).toHaveLength(2);
    await expect(
      directory().request('/actors/{id}', { path: { id: 'nope' } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('checks the answer with a schema in the client’s validation mode', async () => {
    const wrong = z.object({ total: z.string() });
    await expect(
      directory().request('/actors', { query: { limit: 1 } }, { schema: wrong }),
    ).rejects.toBeInstanceOf(ResponseValidationError);
    const off = directory({ validate: 'off' });
    expect((await off.request('/actors', { query: { limit: 1 } }, { schema: wrong })).total).toBe(
      50,
    );
    const right = z.object({ total: z.number() });
    expect((await directory().request('/actors', {}, { schema: right })).total).toBe(50);
  });

  it('CKAN: organization_show, group_list and tag_list, unwrapped from the envelope', async () => {
    const ckan = createOpenDataClient({ type: 'ckan', baseUrl: `${demo.url}/ckan` });
    const names = await ckan.request('/api/3/action/organization_list');
    const first = (names as string[])[0]!;
    const organization = await ckan.request('/api/3/action/organization_show', {
      query: { id: first },
    });
    expect(organization.name).toBe(first);
    const groups = await ckan.request('/api/3/action/group_list', { query: { limit: 3 } });
    expect(groups).toHaveLength(3);
    const tags = (await ckan.request('/api/3/action/tag_list')) as string[];
    expect(tags.length).toBeGreaterThan(0);
    expect(tags).toEqual([...tags].sort((a, b) => a.localeCompare(b, 'de')));
    // CKAN's error envelope becomes the SDK's PortalError, as for the methods.
    await expect(
      ckan.request('/api/3/action/organization_show', { query: { id: '' } }),
    ).rejects.toBeInstanceOf(PortalError);
  });

  it('EntryStore: the search and an entry as JSON', async () => {
    const store = createOpenDataClient({
      type: 'entrystore',
      baseUrl: `${demo.url}/entrystore/store`,
    });
    const found = await store.request('/search', {
      query: { type: 'solr', query: 'rdfType:http\\://www.w3.org/ns/dcat#Dataset', limit: 1 },
    });
    const hit = found.resource.children[0]!;
    const entry = await store.request('/{context}/entry/{entry}', {
      path: { context: hit.contextId!, entry: hit.entryId },
      query: { format: 'application/json', includeAll: true },
    });
    expect(entry.entryId).toBe(hit.entryId);
    await expect(
      store.request('/{context}/entry/{entry}', {
        path: { context: hit.contextId!, entry: 'no-such-entry' },
        query: { format: 'application/json' },
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('admin: any operation as a route, with a JSON body, through the write transport', async () => {
    const admin = createDirectoryAdminClient({ baseUrl: demo.directoryUrl, token: 'secret' });
    const receipt = await admin.request('POST /submissions', {
      body: {
        kind: 'actor',
        action: 'create',
        data: ACTOR_INPUT,
        submitter: SUBMITTER,
        consent: true,
      } as never,
    });
    const token = receipt.statusUrl.split('/').at(-1)!;
    const status = await admin.request('GET /submissions/status/{token}', { path: { token } });
    expect(status.status).toBe('pending');
    const withdrawn = await admin.request('DELETE /submissions/status/{token}', {
      path: { token },
    });
    expect(withdrawn.status).toBe('withdrawn');
  });

  it('types paths, parameters and answers from the contract (checked by pnpm typecheck)', () => {
    const client = directory();
    const ckan = createOpenDataClient({ type: 'ckan', baseUrl: `${demo.url}/ckan` });
    const admin = createDirectoryAdminClient({ baseUrl: demo.directoryUrl, token: 't' });
    // Never called: each line only has to compile, or fail to where marked.
    const typed = () => {
      // @ts-expect-error a path the contract does not have
      void client.request('/nope');
      // @ts-expect-error a path without a JSON GET (iCalendar)
      void client.request('/events.ics');
      // @ts-expect-error the path parameter is required
      void client.request('/actors/{id}');
      // @ts-expect-error organization_show requires `id`
      void ckan.request('/api/3/action/organization_show', { query: {} });
      // @ts-expect-error PATCH needs If-Match and a body
      void admin.request('PATCH /actors/{id}', { path: { id: 'x' } });
      // @ts-expect-error the read client sends no writes
      void client.request('POST /submissions');
      return client.request('/events/{id}', { path: { id: 'x' } });
    };
    expectTypeOf(typed).returns.resolves.toHaveProperty('start');
  });

  it('rejects a missing path parameter before sending anything', async () => {
    const client = directory();
    expect(() => client.request('/actors/{id}', { path: {} as { id: string } })).toThrow(
      /path parameter "id"/,
    );
    expect(await demo.requests('/directory/v1/actors')).toHaveLength(0);
  });
});

/** A forward proxy on 127.0.0.1 that records the headers it receives. */
async function startProxy(target: string) {
  const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  const server: Server = createServer(async (req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const upstream = await fetch(`${target}${req.url}`, {
      method: req.method ?? 'GET',
      headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
      ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
    });
    res.writeHead(upstream.status, Object.fromEntries(upstream.headers));
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('hooks.beforeRequest: change a request for a proxy or instrumentation', () => {
  it('moves the request to a proxy and adds a header; the answer is the real one', async () => {
    const proxy = await startProxy(demo.url);
    try {
      const client = createDirectoryClient({
        // An address nothing listens on: only the hook's new URL can answer.
        baseUrl: 'http://127.0.0.1:9/directory/v1',
        retry: 0,
        hooks: {
          beforeRequest(request) {
            const url = request.url.replace('http://127.0.0.1:9', proxy.url);
            const moved = new Request(url, request);
            moved.headers.set('x-proxy-key', 'k-1');
            return moved;
          },
        },
      });
      const { data, response } = await withResponse((call) =>
        client.actors.get('tu-dresden', call),
      );
      expect(data.id).toBe('tu-dresden');
      expect(response.url).toBe(`${proxy.url}/directory/v1/actors/tu-dresden`);
      expect(proxy.seen).toEqual([
        expect.objectContaining({
          url: '/directory/v1/actors/tu-dresden',
          headers: expect.objectContaining({ 'x-proxy-key': 'k-1' }),
        }),
      ]);
    } finally {
      await proxy.close();
    }
  });

  it('changes headers in place; retries keep the change; none is added without a hook', async () => {
    const proxy = await startProxy(demo.url);
    try {
      await demo.setFaults([{ path: '/directory/v1/topics', status: 503, times: 1 }]);
      const traced = createDirectoryClient({
        baseUrl: `${proxy.url}/directory/v1`,
        retry: { limit: 2, backoffLimit: 10 },
        hooks: { beforeRequest: (request) => void request.headers.set('traceparent', 't-7') },
      });
      await traced.topics.list();
      expect(proxy.seen.map((r) => r.headers['traceparent'])).toEqual(['t-7', 't-7']);
      proxy.seen.length = 0;
      await createDirectoryClient({ baseUrl: `${proxy.url}/directory/v1` }).actors.list();
      expect(proxy.seen[0]!.headers['traceparent']).toBeUndefined();
    } finally {
      await proxy.close();
    }
  });

  it('never shows the admin token to the hook, which still changes the write', async () => {
    const proxy = await startProxy(demo.url);
    const authorization: (string | null)[] = [];
    try {
      const admin = createDirectoryAdminClient({
        baseUrl: `${proxy.url}/directory/v1`,
        token: 'secret-token',
        hooks: {
          beforeRequest(request) {
            authorization.push(request.headers.get('authorization'));
            request.headers.set('x-request-id', 'r-1');
          },
        },
      });
      await admin.request('POST /submissions', {
        body: {
          kind: 'actor',
          action: 'create',
          data: ACTOR_INPUT,
          submitter: SUBMITTER,
          consent: true,
        } as never,
      });
      expect(authorization).toEqual([null]);
      expect(proxy.seen[0]!.headers).toMatchObject({
        authorization: 'Bearer secret-token',
        'x-request-id': 'r-1',
      });
    } finally {
      await proxy.close();
    }
  });
});
