import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTransport, type ResponseInfo } from '../src/http/transport.js';
import { createWriteTransport } from '../src/http/write-transport.js';
import { ResponseParseError, TimeoutError } from '../src/index.js';

// The read and the write transport over real HTTP on 127.0.0.1 (issue 29): what they send, what
// `onAnswer` and `onResponse` report, the cache's revalidation, and the errors of odd answers.

/** The headers of each request the server saw, by path. */
const seen: { method: string; path: string; headers: IncomingHttpHeaders; body: string }[] = [];
/** The versioned answer of `/versioned`, which the tests change. */
const versioned = { etag: '"v1"', body: '{"version":1}' };
let server: Server;
let base: string;

const routes: Record<string, (res: ServerResponse, headers: IncomingHttpHeaders) => void> = {
  '/json': (res) => {
    res.writeHead(200, { 'content-type': 'application/json', etag: '"j"', location: '/json/1' });
    res.end('{"ok":true}');
  },
  '/empty': (res) => {
    res.writeHead(204);
    res.end();
  },
  '/not-json': (res) => {
    res.writeHead(200); // no content type
    res.end('<html>');
  },
  '/moved': (res) => {
    res.writeHead(302, { location: '/json' });
    res.end();
  },
  '/silent': () => undefined, // never answers
  '/stalling': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"items":['); // and never ends
  },
  '/versioned': (res, headers) => {
    if (headers['if-none-match'] === versioned.etag) {
      res.writeHead(304, { etag: versioned.etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', etag: versioned.etag });
    res.end(versioned.body);
  },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    const request = { method: req.method ?? '', path, headers: req.headers, body: '' };
    seen.push(request);
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (request.body += chunk));
    req.on('end', () => routes[path]!(res, req.headers));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  seen.length = 0;
  vi.useRealTimers();
});

describe('write transport', () => {
  it('sends a JSON body with its content type and the conditional headers it is given', async () => {
    const transport = createWriteTransport({ baseUrl: base, language: 'en' });
    const answer = await transport.send('PUT', `${base}/json`, {
      json: { name: 'x' },
      ifMatch: '"a"',
      ifNoneMatch: '*',
    });
    expect(answer).toEqual({ status: 200, data: { ok: true }, etag: '"j"', location: '/json/1' });
    expect(seen[0]!.body).toBe('{"name":"x"}');
    expect(seen[0]!.headers['content-type']).toBe('application/json');
    expect(seen[0]!.headers['if-match']).toBe('"a"');
    expect(seen[0]!.headers['if-none-match']).toBe('*');
  });

  it('sends no content type without a body, and reads a 204 as no data', async () => {
    const transport = createWriteTransport({ baseUrl: base });
    const answer = await transport.send('DELETE', `${base}/empty`);
    expect(answer).toEqual({ status: 204, data: undefined, etag: undefined, location: undefined });
    expect(seen[0]!.headers['content-type']).toBeUndefined();
    expect(seen[0]!.headers['if-match']).toBeUndefined();
  });

  it('reports the URL after redirects and fromCache false to onAnswer', async () => {
    const transport = createWriteTransport({ baseUrl: base });
    const answers: ResponseInfo[] = [];
    await transport.send('GET', `${base}/moved`, { onAnswer: (info) => answers.push(info) });
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ url: `${base}/json`, status: 200, etag: '"j"' });
    expect(answers[0]!.fromCache).toBe(false);
  });

  it.each([
    ['de', 'Die Antwort ist kein gültiges JSON (ohne Content-Type, URL).'],
    ['en', 'The response is not valid JSON (no content type, URL).'],
  ] as const)('turns a body that is not JSON into invalid_json (%s)', async (language, text) => {
    const transport = createWriteTransport({ baseUrl: base, language });
    const url = `${base}/not-json`;
    const error: unknown = await transport.send('POST', url, { json: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({ code: 'invalid_json', status: 200, url, body: '<html>' });
    expect((error as Error).message).toBe(text.replace('URL', url));
  });

  it('names the attempt limit in a timeout, without retrying a POST or keeping a cause', async () => {
    const transport = createWriteTransport({ baseUrl: base, language: 'en', timeout: 150 });
    const url = `${base}/silent`;
    const error: unknown = await transport.send('POST', url, { json: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ code: 'timeout', timeout: 150, url });
    expect((error as Error).message).toBe(`Timed out after 150 ms (${url}).`);
    expect((error as Error).cause).toBeUndefined();
    expect(seen.filter((request) => request.path === '/silent')).toHaveLength(1);
  });

  it('stops reading a stalled body when the caller aborts', async () => {
    let headersArrived!: () => void;
    const arrived = new Promise<void>((resolve) => (headersArrived = resolve));
    const transport = createWriteTransport({
      baseUrl: base,
      timeout: false,
      totalTimeout: false,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        headersArrived();
        return response;
      },
    });
    const caller = new AbortController();
    const reason = new Error('caller left');
    const answer = transport.send('GET', `${base}/stalling`, { signal: caller.signal });
    await arrived;
    // One turn of the event loop: the transport is now waiting for the rest of the body.
    await new Promise((resolve) => setImmediate(resolve));
    caller.abort(reason);
    await expect(answer).rejects.toBe(reason);
  });
});

describe('read transport', () => {
  it.each([
    ['de', 'Die Antwort ist kein gültiges JSON (ohne Content-Type, URL).'],
    ['en', 'The response is not valid JSON (no content type, URL).'],
  ] as const)('turns a body that is not JSON into invalid_json (%s)', async (language, text) => {
    const transport = createTransport({ baseUrl: base, language });
    const url = `${base}/not-json`;
    const error: unknown = await transport.getJson(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({ code: 'invalid_json', status: 200, url, body: '<html>' });
    expect((error as Error).message).toBe(text.replace('URL', url));
  });

  it('revalidates after the TTL: a 304 reuses the kept answer, a 200 replaces it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 0, 1));
    Object.assign(versioned, { etag: '"v1"', body: '{"version":1}' });
    const responses: { status: number; durationMs: number; fromCache: boolean }[] = [];
    const transport = createTransport({
      baseUrl: base,
      cache: { ttl: 1_000 },
      hooks: {
        onResponse: ({ status, durationMs, fromCache }) =>
          responses.push({ status, durationMs, fromCache }),
      },
    });
    const url = `${base}/versioned`;
    const answers: ResponseInfo[] = [];
    const onAnswer = (info: ResponseInfo) => answers.push(info);

    expect(await transport.getJson(url, { onAnswer })).toEqual({ version: 1 });
    vi.advanceTimersByTime(1_001);
    expect(await transport.getJson(url, { onAnswer })).toEqual({ version: 1 });
    expect(seen.map((request) => request.headers['if-none-match'])).toEqual([undefined, '"v1"']);
    expect(answers.map(({ status, fromCache, etag }) => ({ status, fromCache, etag }))).toEqual([
      { status: 200, fromCache: false, etag: '"v1"' },
      { status: 304, fromCache: true, etag: '"v1"' },
    ]);
    // The clock stands still: each answer took 0 ms.
    expect(responses).toEqual([
      { status: 200, durationMs: 0, fromCache: false },
      { status: 304, durationMs: 0, fromCache: true },
    ]);

    Object.assign(versioned, { etag: '"v2"', body: '{"version":2}' });
    vi.advanceTimersByTime(1_001);
    expect(await transport.getJson(url)).toEqual({ version: 2 });
    expect(await transport.getJson(url)).toEqual({ version: 2 }); // fresh again, from the cache
    expect(seen).toHaveLength(3);
  });

  it('does not extend an answer’s TTL when it is read from the cache', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 0, 1));
    Object.assign(versioned, { etag: '"v1"', body: '{"version":1}' });
    const transport = createTransport({ baseUrl: base, cache: { ttl: 1_000 } });
    const url = `${base}/versioned`;
    await transport.getJson(url);
    vi.advanceTimersByTime(800);
    await transport.getJson(url); // fresh: no request
    expect(seen).toHaveLength(1);
    vi.advanceTimersByTime(400); // 1 200 ms after the answer: past its TTL
    await transport.getJson(url);
    expect(seen.map((request) => request.headers['if-none-match'])).toEqual([undefined, '"v1"']);
  });
});
