import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * Write routes: every method but GET/HEAD, and every `/submissions/…` or `/moderation/…` path
 * (their GETs show private data: a submission's status, the moderation queue). A CORS preflight
 * (`OPTIONS`) counts as the method it asks for.
 */
export function isWriteRoute(method: string, path: string, basePath: string): boolean {
  if (!path.startsWith(`${basePath}/`)) return method !== 'GET' && method !== 'HEAD';
  const rest = path.slice(basePath.length);
  if (/^\/(submissions|moderation)(\/|$)/.test(rest)) return true;
  return method !== 'GET' && method !== 'HEAD';
}

export interface DirectoryCorsOptions {
  basePath: string;
  /** Origins that may read cross-origin: `*` or a list. */
  readOrigin: string | string[];
  /** Origins that may call write routes cross-origin; none (same-origin only) by default. */
  writeOrigins: readonly string[];
}

/** The method a request stands for: a preflight's `Access-Control-Request-Method`. */
function intendedMethod(method: string, requested: string | undefined): string {
  return method === 'OPTIONS' && requested ? requested.toUpperCase() : method;
}

/**
 * Read routes stay CORS-open; write routes answer `Access-Control-Allow-Origin` only for the
 * configured origins. Cookies are never used (bearer tokens), so credentials are not allowed: a
 * page on another origin cannot borrow a logged-in browser's authority.
 */
export function directoryCors(options: DirectoryCorsOptions): MiddlewareHandler {
  const read = cors({
    origin: options.readOrigin,
    allowMethods: ['GET', 'HEAD'],
    exposeHeaders: ['ETag', 'Cache-Control', 'Server-Timing', 'Retry-After'],
    maxAge: 600,
  });
  const allowed = new Set(options.writeOrigins);
  const write = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match'],
    exposeHeaders: ['ETag', 'Location', 'Retry-After', 'WWW-Authenticate'],
    maxAge: 600,
  });
  return (c, next) => {
    const method = intendedMethod(c.req.method, c.req.header('access-control-request-method'));
    return isWriteRoute(method, c.req.path, options.basePath) ? write(c, next) : read(c, next);
  };
}
