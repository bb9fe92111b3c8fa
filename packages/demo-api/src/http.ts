import type { Context, MiddlewareHandler } from 'hono';

/** Seconds a client or CDN may reuse a GET answer before revalidating with its ETag. */
export const DEFAULT_MAX_AGE = 60;

/**
 * `Cache-Control` on every successful GET, so clients can cache and revalidate (ETag → 304),
 * unless the route set its own.
 */
export function cacheControl(maxAge: number): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return;
    // An answer that chose its own (`no-store` of a private status link) keeps it.
    if (c.res.headers.has('cache-control')) return;
    if (c.res.status === 200 || c.res.status === 304) {
      c.res.headers.set('cache-control', `public, max-age=${maxAge}`);
    } else if (!c.res.headers.has('cache-control')) {
      c.res.headers.set('cache-control', 'no-store');
    }
  };
}

export interface ProblemDetails {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: { name: string; reason: string; code?: string; limit?: number }[];
}

/** An RFC 9457 problem document. */
export function problem(details: ProblemDetails): Response {
  return new Response(JSON.stringify({ type: 'about:blank', ...details }), {
    status: details.status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

/** The origin a request came through (`http://127.0.0.1:4000`): demo links are built on it. */
export function originOf(c: Context): string {
  return new URL(c.req.url).origin;
}
