import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { optionalField } from '../src/http/answer-check.js';
import { ResponseCache } from '../src/http/cache.js';
import { InflightRequests } from '../src/http/inflight.js';
import { paginate, type Page } from '../src/http/paginate.js';
import { buildUrl } from '../src/http/query.js';
import { requestUrl } from '../src/http/request.js';
import { withResponse } from '../src/http/with-response.js';

// The small parts of the HTTP layer on their own (issue 29): the cache's TTL and LRU order, the
// in-flight sharing's bookkeeping, URL building, paging and the generated checks' optional fields.

/** A cache whose clock the test sets. */
function cacheAt(options: ConstructorParameters<typeof ResponseCache>[0]) {
  const clock = { now: 1_000 };
  const cache = new ResponseCache(options, () => clock.now);
  return { cache, clock };
}

const keysOf = (cache: ResponseCache, keys: string[]) =>
  keys.filter((key) => cache.fresh(key) !== undefined);

describe('ResponseCache', () => {
  it('keeps an answer fresh up to and including its TTL, then only stale', () => {
    const { cache, clock } = cacheAt({ ttl: 100 });
    cache.store('a', '{"v":1}', '"e1"');
    clock.now += 100;
    expect(cache.fresh('a')?.text).toBe('{"v":1}');
    clock.now += 1;
    expect(cache.fresh('a')).toBeUndefined();
    expect(cache.stale('a')?.etag).toBe('"e1"');
  });

  it('offers a stale answer for revalidation only with an ETag and revalidate on', () => {
    const on = cacheAt({ ttl: 10 }).cache;
    on.store('tagged', 'x', '"e"');
    on.store('untagged', 'y', undefined);
    expect(on.stale('tagged')?.text).toBe('x');
    expect(on.stale('untagged')).toBeUndefined();
    expect(on.stale('missing')).toBeUndefined();
    const off = cacheAt({ ttl: 10, revalidate: false }).cache;
    off.store('tagged', 'x', '"e"');
    expect(off.stale('tagged')).toBeUndefined();
  });

  it('keeps exactly maxEntries answers, dropping the least recently stored first', () => {
    const { cache } = cacheAt({ maxEntries: 2 });
    cache.store('a', 'A', undefined);
    cache.store('b', 'B', undefined);
    expect(keysOf(cache, ['a', 'b'])).toEqual(['a', 'b']);
    cache.store('c', 'C', undefined);
    expect(keysOf(cache, ['a', 'b', 'c'])).toEqual(['b', 'c']);
  });

  it('counts a fresh read as a use: the answer read last survives the next eviction', () => {
    const { cache } = cacheAt({ maxEntries: 2 });
    cache.store('a', 'A', undefined);
    cache.store('b', 'B', undefined);
    cache.fresh('a');
    cache.store('c', 'C', undefined);
    expect(cache.stale('a')).toBeUndefined(); // no ETag: only fresh() can tell
    expect(keysOf(cache, ['c', 'a', 'b'])).toEqual(['c', 'a']);
  });

  it('counts storing an answer again as a use', () => {
    const { cache } = cacheAt({ maxEntries: 2 });
    cache.store('a', 'A1', undefined);
    cache.store('b', 'B', undefined);
    cache.store('a', 'A2', undefined);
    cache.store('c', 'C', undefined);
    expect(keysOf(cache, ['c', 'a', 'b'])).toEqual(['c', 'a']);
    expect(cache.fresh('a')?.text).toBe('A2');
  });

  it('makes a revalidated answer fresh for another TTL (touch)', () => {
    const { cache, clock } = cacheAt({ ttl: 100 });
    cache.store('a', 'A', '"e"');
    clock.now += 150;
    expect(cache.fresh('a')).toBeUndefined();
    cache.touch('a');
    cache.touch('missing');
    clock.now += 100;
    expect(cache.fresh('a')?.storedAt).toBe(1_150);
  });

  it('forgets everything on clear()', () => {
    const { cache } = cacheAt({});
    cache.store('a', 'A', '"e"');
    cache.clear();
    expect(cache.fresh('a')).toBeUndefined();
    expect(cache.stale('a')).toBeUndefined();
  });
});

/** A request whose end the test decides, and the signals it was started with. */
function pendingRequest() {
  const ends: { resolve: (value: string) => void; reject: (error: unknown) => void }[] = [];
  const started: (AbortSignal | undefined)[] = [];
  const start = (signal: AbortSignal | undefined) => {
    started.push(signal);
    return new Promise<string>((resolve, reject) => ends.push({ resolve, reject }));
  };
  return { start, started, ends };
}

const abortListeners = (signal: AbortSignal) => getEventListeners(signal, 'abort').length;

describe('InflightRequests with signals', () => {
  it('passes a shared failure to a caller with a signal and lets go of its signal', async () => {
    const flights = new InflightRequests<string>();
    const request = pendingRequest();
    const caller = new AbortController();
    const answer = flights.run('a', request.start, caller.signal);
    expect(abortListeners(caller.signal)).toBe(1);
    const failure = new Error('server gone');
    request.ends[0]!.reject(failure);
    await expect(answer).rejects.toBe(failure);
    expect(abortListeners(caller.signal)).toBe(0);
    expect(flights.size).toBe(0);
  });

  it('lets go of the signal once the answer arrives', async () => {
    const flights = new InflightRequests<string>();
    const request = pendingRequest();
    const caller = new AbortController();
    const answer = flights.run('a', request.start, caller.signal);
    request.ends[0]!.resolve('done');
    expect(await answer).toBe('done');
    expect(abortListeners(caller.signal)).toBe(0);
  });

  it('does not cancel a request that has already finished when its caller aborts late', async () => {
    const flights = new InflightRequests<string>();
    const request = pendingRequest();
    const caller = new AbortController();
    const answer = flights.run('a', request.start, caller.signal);
    request.ends[0]!.resolve('done');
    // Runs after the request settled, before the caller's answer is delivered.
    queueMicrotask(() => caller.abort(new Error('too late')));
    await expect(answer).rejects.toThrow('too late');
    expect(request.started[0]!.aborted).toBe(false);
  });

  it('keeps a new request for a key when an abandoned one for that key settles', async () => {
    const flights = new InflightRequests<string>();
    const request = pendingRequest();
    const first = new AbortController();
    const abandoned = flights.run('a', request.start, first.signal);
    first.abort(new Error('gave up'));
    await expect(abandoned).rejects.toThrow('gave up');
    expect(request.started[0]!.aborted).toBe(true);

    const second = flights.run('a', request.start);
    expect(request.started).toHaveLength(2);
    request.ends[0]!.resolve('old'); // the abandoned request ends anyway
    await Promise.resolve();
    await Promise.resolve();
    const third = flights.run('a', request.start);
    expect(request.started).toHaveLength(2); // shares the running second request
    request.ends[1]!.resolve('new');
    expect(await second).toBe('new');
    expect(await third).toBe('new');
    expect(flights.size).toBe(0);
  });
});

describe('URL building', () => {
  it('requestUrl leaves out undefined and null values, also inside arrays', () => {
    expect(
      requestUrl('https://example.org/api', '/actors', {
        query: {
          city: undefined,
          topic: null,
          // Holes in an array, as a caller without types may pass them.
          tag: ['a', null, undefined, 'b'] as unknown as string[],
          q: 'x y',
        },
      }),
    ).toBe('https://example.org/api/actors?tag=a&tag=b&q=x%20y');
  });

  it('requestUrl drops every trailing slash of the base URL and none elsewhere', () => {
    expect(requestUrl('https://example.org//api///', '/actors/{id}', { path: { id: 'a/b' } })).toBe(
      'https://example.org//api/actors/a%2Fb',
    );
  });

  it('buildUrl leaves out undefined and null values and drops every trailing slash', () => {
    expect(
      buildUrl('https://example.org/api//', '/items', {
        a: undefined,
        b: null,
        c: 'x',
        d: ['1', 2],
      }),
    ).toBe('https://example.org/api/items?c=x&d=1&d=2');
    expect(buildUrl('https://example.org/api', '/items')).toBe('https://example.org/api/items');
  });
});

describe('paginate', () => {
  it('stops at an empty page even when the total promises more', async () => {
    const offsets: number[] = [];
    const fetchPage = (offset: number, limit: number): Promise<Page<number>> => {
      offsets.push(offset);
      if (offsets.length > 3) throw new Error('paginate kept asking');
      const items = offset === 0 ? [1, 2] : [];
      return Promise.resolve({ total: 10, limit, offset, items });
    };
    const seen: number[] = [];
    for await (const item of paginate(fetchPage, { limit: 2 })) seen.push(item);
    expect(seen).toEqual([1, 2]);
    expect(offsets).toEqual([0, 2]);
  });

  it('asks for no further page once the total is reached', async () => {
    const offsets: number[] = [];
    const fetchPage = (offset: number, limit: number): Promise<Page<number>> => {
      offsets.push(offset);
      return Promise.resolve({ total: 2, limit, offset, items: offset === 0 ? [1, 2] : [] });
    };
    const seen: number[] = [];
    for await (const item of paginate(fetchPage, { limit: 2 })) seen.push(item);
    expect(seen).toEqual([1, 2]);
    expect(offsets).toEqual([0]);
  });
});

describe('optionalField (generated checks)', () => {
  it('keeps a field that is there as undefined, and leaves out one that is absent', () => {
    const output: Record<string, unknown> = {};
    const check = (value: unknown) => value;
    expect(optionalField({ note: undefined }, output, 'note', check)).toBe(true);
    expect(optionalField({}, output, 'other', check)).toBe(true);
    expect(Object.keys(output)).toEqual(['note']);
    expect(output.note).toBeUndefined();
  });
});

describe('withResponse', () => {
  it('rejects with a TypeError when the call read no answer', async () => {
    const error: unknown = await withResponse(() => Promise.resolve(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('withResponse: the call read no answer');
  });
});
