import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isWriteRoute } from '../src/http/write-routes.js';
import { mintToken } from './support/accounts.js';
import { startTestServer } from './support/server.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const BASE = '/directory/v1';
const SITE = 'https://karte.example';
const EVIL = 'https://evil.example';

describe('isWriteRoute', () => {
  it.each([
    ['GET', '/directory/v1/actors', false],
    ['HEAD', '/directory/v1/actors/tu-dresden', false],
    ['GET', '/directory/v1/topics', false],
    ['PUT', '/directory/v1/actors/tu-dresden', true],
    ['PATCH', '/directory/v1/events/x', true],
    ['DELETE', '/directory/v1/topics/robotics', true],
    ['POST', '/directory/v1/submissions', true],
    ['GET', '/directory/v1/submissions/status/abc', true],
    ['GET', '/directory/v1/moderation/audit', true],
    ['GET', '/directory/v1/moderation', true],
    ['GET', '/directory/v1/moderationx', false],
  ] as const)('%s %s → %s', (method, path, expected) => {
    expect(isWriteRoute(method, path, BASE)).toBe(expected);
  });
});

describe('write-route CORS and caching', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer({ engine: 'sqlite' }, { writeOrigins: [SITE] });
    token = await mintToken(server.storage, 'Erika Editor', 'editor');
  });
  afterAll(() => server?.close());

  const preflight = (path: string, origin: string, method: string) =>
    fetch(`${server.url}${BASE}${path}`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': method,
        'access-control-request-headers': 'authorization, content-type, if-match',
      },
    });

  it('lets a configured origin call write routes, with the headers they need', async () => {
    for (const [path, method] of [
      ['/moderation/audit', 'GET'],
      ['/actors/tu-dresden', 'PUT'],
      ['/submissions', 'POST'],
    ] as const) {
      const answer = await preflight(path, SITE, method);
      expect(answer.status, `${method} ${path}`).toBe(204);
      expect(answer.headers.get('access-control-allow-origin')).toBe(SITE);
      expect(answer.headers.get('access-control-allow-methods')).toMatch(method);
      expect(answer.headers.get('access-control-allow-headers')?.toLowerCase()).toMatch(
        /authorization.*content-type.*if-match/,
      );
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('gives any other origin no Access-Control-Allow-Origin on write routes', async () => {
    for (const [path, method] of [
      ['/moderation/audit', 'GET'],
      ['/actors/tu-dresden', 'PUT'],
      ['/actors/tu-dresden', 'DELETE'],
      ['/submissions', 'POST'],
    ] as const) {
      const answer = await preflight(path, EVIL, method);
      expect(answer.headers.get('access-control-allow-origin'), `${method} ${path}`).toBeNull();
    }
    const read = await fetch(`${server.url}${BASE}/moderation/audit`, {
      headers: { origin: EVIL, authorization: `Bearer ${token}` },
    });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps read routes open to every origin', async () => {
    const answer = await preflight('/actors', EVIL, 'GET');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    const read = await fetch(`${server.url}${BASE}/actors?limit=1`, { headers: { origin: EVIL } });
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers a configured origin on the real request and exposes what a client reads', async () => {
    const answer = await fetch(`${server.url}${BASE}/moderation/audit`, {
      headers: { origin: SITE, authorization: `Bearer ${token}` },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(answer.headers.get('vary')).toMatch(/origin/i);
    expect(answer.headers.get('access-control-expose-headers')).toMatch(
      /ETag.*Location.*Retry-After/,
    );
  });

  it('never caches a write answer: no-store, no ETag, no 304, and every request authenticated', async () => {
    const call = (authorization?: string) =>
      fetch(`${server.url}${BASE}/moderation/audit`, {
        headers: { 'if-none-match': '*', ...(authorization ? { authorization } : {}) },
      });
    const first = await call(`Bearer ${token}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('etag')).toBeNull();
    expect(first.headers.get('server-timing')).toBeNull();
    // Had the answer been cached, the response cache would serve it without the token check.
    expect((await call()).status).toBe(401);
    const second = await call(`Bearer ${token}`);
    expect(second.status).toBe(200);
  });
});
