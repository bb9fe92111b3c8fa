import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { problem } from './problem.js';

/** At most `limit` requests in any `windowMs` (a sliding window). */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

export interface RateLimitOptions {
  /** Every window must allow a request, e.g. 5 a minute and 30 an hour. */
  windows: readonly RateWindow[];
  /** Who a request counts against; default {@link clientAddress} of the socket. */
  key?: (c: Context) => string;
  /** Clock (tests move it). */
  now?: () => number;
  /** Most clients tracked at once; the least recently seen are forgotten first. Default 100 000. */
  maxClients?: number;
}

/**
 * Per-client counters in this process's memory: several instances behind a load balancer each
 * count on their own, so the effective limit is multiplied by the instance count (README).
 * Each client keeps the instants of its recent requests, at most the largest `limit` of them,
 * so memory is bounded by `maxClients × max(limit)` numbers.
 */
export class RateLimiter {
  private readonly clients = new Map<string, number[]>();
  private readonly longest: number;
  private readonly keep: number;

  constructor(
    private readonly windows: readonly RateWindow[],
    private readonly maxClients = 100_000,
  ) {
    if (!windows.length) throw new Error('a rate limit needs at least one window');
    this.longest = Math.max(...windows.map((w) => w.windowMs));
    this.keep = Math.max(...windows.map((w) => w.limit));
  }

  /** Counts a request at `now`; returns 0 when allowed, else the seconds until it would be. */
  hit(key: string, now: number): number {
    const recent = (this.clients.get(key) ?? []).filter((t) => t > now - this.longest);
    let waitMs = 0;
    for (const { limit, windowMs } of this.windows) {
      const inWindow = recent.filter((t) => t > now - windowMs);
      if (inWindow.length >= limit) {
        // Allowed again once the oldest request that still counts leaves the window.
        waitMs = Math.max(waitMs, inWindow[inWindow.length - limit]! + windowMs - now);
      }
    }
    if (waitMs === 0) recent.push(now);
    // Re-inserted: the Map's order is the order of last use, oldest first.
    this.clients.delete(key);
    this.clients.set(key, recent.slice(-this.keep));
    while (this.clients.size > this.maxClients) {
      this.clients.delete(this.clients.keys().next().value as string);
    }
    return waitMs === 0 ? 0 : Math.max(1, Math.ceil(waitMs / 1000));
  }

  get size(): number {
    return this.clients.size;
  }
}

/**
 * The client's address: the socket's peer, or with `trustProxy` the first `X-Forwarded-For`
 * address (only behind a proxy that sets it; otherwise a client could pick its own key). IPv6
 * addresses count per /64, the block one subscriber usually gets.
 */
export function clientAddress(c: Context, trustProxy = false): string {
  let address: string | undefined;
  if (trustProxy) address = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  if (!address) {
    try {
      address = getConnInfo(c).remote.address;
    } catch {
      // no socket (an in-process app.request): everyone shares one key
    }
  }
  address = (address ?? 'unknown').replace(/^::ffff:(?=\d+\.)/, '');
  if (address.includes(':')) {
    const groups = expandIpv6(address);
    if (groups) return `${groups.slice(0, 4).join(':')}::/64`;
  }
  return address;
}

function expandIpv6(address: string): string[] | undefined {
  const [head, tail, extra] = address.split('::');
  if (extra !== undefined) return undefined;
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return undefined;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((g) =>
    g.toLowerCase().replace(/^0+(?=.)/, ''),
  );
}

/** Middleware: `429` problem with `Retry-After` (seconds) once a client is over a window. */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const limiter = new RateLimiter(options.windows, options.maxClients);
  const key = options.key ?? ((c: Context) => clientAddress(c));
  const now = options.now ?? Date.now;
  return async (c, next) => {
    const retryAfter = limiter.hit(key(c), now());
    if (retryAfter > 0) {
      const response = problem({
        type: 'https://saxon-ai.dev/problems/rate-limited',
        title: 'Zu viele Anfragen',
        status: 429,
        detail: `Too many requests from this client; try again in ${retryAfter} s`,
        instance: c.req.path,
      });
      response.headers.set('retry-after', String(retryAfter));
      return response;
    }
    await next();
  };
}
