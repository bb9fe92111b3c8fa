import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

interface Entry {
  body: string;
  etag: string;
  headers: [string, string][];
}

/** Headers kept with a cached answer. */
const KEPT = ['content-type', 'content-disposition'];

export interface ResponseCacheOptions {
  /** The database's data version: a write anywhere makes every cached answer stale. */
  version: () => Promise<number>;
  /** Answers that depend on the clock ("upcoming" events) are cached per minute. */
  clockDependent: (path: string) => boolean;
  now: () => Date;
  /** Named in `Server-Timing` on answers the database computed (`db;desc="sqlite"`). */
  engine: string;
  /** Upper bound of cached body characters. Default 64 Mi. */
  maxChars?: number;
}

const etagOf = (body: string) => `W/"${createHash('sha1').update(body).digest('base64url')}"`;

/** `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2): `W/` on either side is ignored. */
const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
const matchesEtag = (header: string | undefined, etag: string) =>
  !!header && header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));

/**
 * Answers GETs from memory while the data version is unchanged, sets a weak ETag on every 200
 * (unless the route set its own)
 * and answers `If-None-Match` with 304. Several server instances over one PostgreSQL stay
 * consistent: each reads the shared data version before answering.
 */
export function responseCache(options: ResponseCacheOptions): MiddlewareHandler {
  const maxChars = options.maxChars ?? 64 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  let chars = 0;
  let cachedVersion = -1;

  function remember(key: string, entry: Entry) {
    if (entry.body.length > maxChars / 4) return;
    while (chars + entry.body.length > maxChars && entries.size) {
      const [oldest, old] = entries.entries().next().value as [string, Entry];
      entries.delete(oldest);
      chars -= old.body.length;
    }
    entries.set(key, entry);
    chars += entry.body.length;
  }

  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const started = performance.now();
    const version = await options.version();
    if (version !== cachedVersion) {
      entries.clear();
      chars = 0;
      cachedVersion = version;
    }
    const url = new URL(c.req.url);
    const minute = options.clockDependent(url.pathname)
      ? Math.floor(options.now().getTime() / 60_000)
      : 0;
    const key = `${minute}|${url.pathname}${url.search}`;
    let entry = entries.get(key);
    const hit = entry !== undefined;
    let timing = 'cache;desc="hit"';
    if (entry) {
      // Most recently used last: the Map's order is the eviction order.
      entries.delete(key);
      entries.set(key, entry);
    } else {
      await next();
      const dur = (performance.now() - started).toFixed(1);
      timing = `db;desc="${options.engine}";dur=${dur}`;
      if (c.res.status !== 200) {
        c.res.headers.set('server-timing', timing);
        return;
      }
      // ignoreBOM keeps a byte-order mark (the CSV download's, for Excel) in the cached body.
      const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await c.res.arrayBuffer());
      entry = {
        body,
        // A route that knows its entry's revision sets a strong ETag (`"r<revision>"`) itself;
        // it changes only with the data version, which also empties this cache.
        etag: c.res.headers.get('etag') ?? etagOf(body),
        headers: KEPT.flatMap((name) => {
          const value = c.res.headers.get(name);
          return value ? [[name, value] as [string, string]] : [];
        }),
      };
      remember(key, entry);
    }
    const headers = new Headers(entry.headers);
    headers.set('etag', entry.etag);
    headers.set('server-timing', timing);
    let response: Response;
    if (matchesEtag(c.req.header('if-none-match'), entry.etag)) {
      headers.delete('content-type');
      response = new Response(null, { status: 304, headers });
    } else {
      response = new Response(entry.body, { status: 200, headers });
    }
    if (hit) return response;
    c.res = response;
  };
}
