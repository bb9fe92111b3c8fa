import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress, rateLimit, RateLimiter } from '../src/http/rate-limit.js';

const MINUTE = 60_000;

describe('RateLimiter', () => {
  it('allows `limit` requests in a sliding window, then names the seconds until the next', () => {
    const limiter = new RateLimiter([{ limit: 5, windowMs: MINUTE }]);
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) expect(limiter.hit('a', t0 + i * 1000)).toBe(0);
    // The oldest of the five (t0) leaves the window at t0 + 60 s.
    expect(limiter.hit('a', t0 + 10_000)).toBe(50);
    expect(limiter.hit('b', t0 + 10_000)).toBe(0);
    expect(limiter.hit('a', t0 + MINUTE - 1)).toBe(1);
    expect(limiter.hit('a', t0 + MINUTE)).toBe(0);
    // Refused requests did not count: the next slot opens when t0 + 1 s leaves the window.
    expect(limiter.hit('a', t0 + MINUTE + 500)).toBe(1);
  });

  it('applies every window: 5 a minute and 30 an hour', () => {
    const limiter = new RateLimiter([
      { limit: 5, windowMs: MINUTE },
      { limit: 30, windowMs: 60 * MINUTE },
    ]);
    let allowed = 0;
    let now = 0;
    // One request every 10 s for an hour: the minute window lets 5 of 6 through, the hour 30.
    for (; now < 60 * MINUTE; now += 10_000) if (limiter.hit('a', now) === 0) allowed++;
    expect(allowed).toBe(30);
    // The first request (at 0) still counts a millisecond before the hour is over …
    expect(limiter.hit('a', 60 * MINUTE - 1)).toBe(1);
    // … and not at the hour.
    expect(limiter.hit('a', 60 * MINUTE)).toBe(0);
  });

  it('tracks at most maxClients, forgetting the least recently seen first', () => {
    const limiter = new RateLimiter([{ limit: 1, windowMs: MINUTE }], 3);
    for (const key of ['a', 'b', 'c', 'd']) limiter.hit(key, 0);
    expect(limiter.size).toBe(3);
    expect(limiter.hit('a', 1)).toBe(0); // forgotten, so counted afresh
    expect(limiter.hit('d', 1)).toBeGreaterThan(0);
  });
});

describe('rateLimit middleware over HTTP', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (closers.length) await closers.pop()!();
  });

  async function serveLimited(trustProxy: boolean) {
    let now = 0;
    const app = new Hono();
    app.post(
      '/limited',
      rateLimit({
        windows: [{ limit: 2, windowMs: MINUTE }],
        key: (c) => clientAddress(c, trustProxy),
        now: () => now,
      }),
      (c) => c.json({ ok: true }),
    );
    const info = await new Promise<AddressInfo>((resolve) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, resolve);
      closers.push(() => new Promise((done) => server.close(() => done())));
    });
    return {
      post: (headers: Record<string, string> = {}) =>
        fetch(`http://127.0.0.1:${info.port}/limited`, { method: 'POST', headers }),
      advance: (ms: number) => (now += ms),
    };
  }

  it('answers 429 problem+json with Retry-After per client address', async () => {
    const server = await serveLimited(false);
    expect((await server.post()).status).toBe(200);
    expect((await server.post()).status).toBe(200);
    const limited = await server.post();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
    expect(await limited.json()).toMatchObject({ status: 429, title: 'Zu viele Anfragen' });
    // X-Forwarded-For is not trusted by default: a client cannot pick a fresh key.
    expect((await server.post({ 'x-forwarded-for': '203.0.113.9' })).status).toBe(429);
    server.advance(MINUTE);
    expect((await server.post()).status).toBe(200);
  });

  it('with trustProxy counts per first X-Forwarded-For address', async () => {
    const server = await serveLimited(true);
    const from = (address: string) => server.post({ 'x-forwarded-for': `${address}, 10.0.0.1` });
    expect((await from('203.0.113.9')).status).toBe(200);
    expect((await from('203.0.113.9')).status).toBe(200);
    expect((await from('203.0.113.9')).status).toBe(429);
    expect((await from('198.51.100.7')).status).toBe(200);
    // One IPv6 subscriber (/64) is one client, whichever of its addresses it uses.
    expect((await from('2001:db8:1:2::1')).status).toBe(200);
    expect((await from('2001:db8:1:2:aaaa::5')).status).toBe(200);
    expect((await from('2001:db8:1:2:ffff:1:2:3')).status).toBe(429);
    expect((await from('2001:db8:1:3::1')).status).toBe(200);
  });
});
