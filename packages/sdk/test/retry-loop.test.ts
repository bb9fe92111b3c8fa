import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AttemptTimeout,
  HttpFailure,
  sendWithRetries,
  settingsOf,
  type AttemptRequest,
} from '../src/http/attempts.js';
import type { TransportOptions } from '../src/http/transport.js';
import { createDirectoryClient, ServerError } from '../src/index.js';

// The retry loop's arithmetic and bookkeeping (src/http/attempts.ts) on a fake clock: backoff
// delays, Retry-After limits, the total deadline, which failures of a write are retried, and that
// an aborted or finished call leaves no timer or listener behind. The answers come from a scripted
// fetch, so each delay is exact; the loop over real HTTP is covered by attempts.test.ts.

type Reply = (
  input: RequestInfo | URL,
  init: RequestInit | undefined,
) => Response | Promise<Response>;

const answer =
  (status: number, headers: Record<string, string> = {}, body: BodyInit | null = null): Reply =>
  () =>
    new Response(body, { status, headers });

/** A fetch that never answers, and rejects with its signal's reason once that aborts. */
const hang: Reply = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error));
  });

/** A fetch that plays the replies in order, recording when (on the fake clock) each was asked. */
function scripted(...replies: Reply[]) {
  const calls: { at: number; input: RequestInfo | URL; init: RequestInit | undefined }[] = [];
  const start = Date.now();
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ at: Date.now() - start, input, init });
    return Promise.resolve(replies[calls.length - 1]!(input, init));
  }) as typeof globalThis.fetch;
  return { fetch, calls, times: () => calls.map((call) => call.at) };
}

const GET: AttemptRequest = { method: 'GET', url: 'http://127.0.0.1:9/topics', idempotent: true };
const POST: AttemptRequest = {
  method: 'POST',
  url: 'http://127.0.0.1:9/submissions',
  body: '{"name":"Verein"}',
  idempotent: false,
};

function settings(fetch: typeof globalThis.fetch, options: Partial<TransportOptions> = {}) {
  return settingsOf({ baseUrl: 'http://127.0.0.1:9', fetch, ...options });
}

/** The call's outcome so far, without waiting for it. */
function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('backoff', () => {
  it('waits a random share of 300 ms, then of 600 ms, each capped by backoffLimit', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const server = scripted(answer(503), answer(502), answer(200));
    const call = track(sendWithRetries(settings(server.fetch), GET, undefined));
    await vi.runAllTimersAsync();
    expect(call.value?.attempt).toBe(3);
    expect(server.times()).toEqual([0, 150, 450]);

    const capped = scripted(answer(503), answer(503), answer(200));
    const options = { retry: { backoffLimit: 200 } };
    track(sendWithRetries(settings(capped.fetch, options), GET, undefined));
    await vi.runAllTimersAsync();
    expect(capped.times()).toEqual([0, 100, 200]);
  });
});

describe('Retry-After', () => {
  it('waits a Retry-After of exactly maxRetryAfter, and gives up on a longer one at once', async () => {
    const options = { retry: { maxRetryAfter: 2000 } };
    const server = scripted(answer(503, { 'retry-after': '2' }), answer(200));
    const call = track(sendWithRetries(settings(server.fetch, options), GET, undefined));
    await vi.runAllTimersAsync();
    expect(call.value?.attempt).toBe(2);
    expect(server.times()).toEqual([0, 2000]);

    const longer = scripted(answer(503, { 'retry-after': '3' }), answer(200));
    const refused = track(sendWithRetries(settings(longer.fetch, options), GET, undefined));
    await vi.advanceTimersByTimeAsync(0);
    expect(refused.error).toBeInstanceOf(HttpFailure);
    expect((refused.error as HttpFailure).message).toBe('HTTP 503');
    expect((refused.error as HttpFailure).response.status).toBe(503);
    expect(longer.calls).toHaveLength(1);
  });
});

describe('the total deadline', () => {
  it('sends nothing when no time is left', async () => {
    const server = scripted(answer(200));
    const call = track(
      sendWithRetries(settings(server.fetch, { totalTimeout: 0 }), GET, undefined),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(call.error).toBeInstanceOf(AttemptTimeout);
    expect(server.calls).toHaveLength(0);
  });

  it('gives up when the deadline comes, not after a longer Retry-After', async () => {
    const server = scripted(answer(503, { 'retry-after': '5' }), answer(200));
    const options = { totalTimeout: 1000 };
    const call = track(sendWithRetries(settings(server.fetch, options), GET, undefined));
    await vi.advanceTimersByTimeAsync(999);
    expect(call.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(call.error).toBeInstanceOf(AttemptTimeout);
    expect(server.calls).toHaveLength(1);
  });
});

describe('writes (not idempotent)', () => {
  it('retries a 503 only with Retry-After, and a 429 also without', async () => {
    const bare = scripted(answer(503), answer(201));
    const refused = track(sendWithRetries(settings(bare.fetch), POST, undefined));
    await vi.runAllTimersAsync();
    expect((refused.error as HttpFailure).response.status).toBe(503);
    expect(bare.calls).toHaveLength(1);

    const told = scripted(answer(503, { 'retry-after': '0' }), answer(201));
    const retried = track(sendWithRetries(settings(told.fetch), POST, undefined));
    await vi.runAllTimersAsync();
    expect(retried.value?.response.status).toBe(201);
    expect(told.calls).toHaveLength(2);

    const limited = scripted(answer(429), answer(201));
    const afterLimit = track(sendWithRetries(settings(limited.fetch), POST, undefined));
    await vi.runAllTimersAsync();
    expect(afterLimit.value?.attempt).toBe(2);
  });

  it('does not resend a write after a network error: the server may have applied it', async () => {
    const lost = new TypeError('fetch failed');
    const server = scripted(() => Promise.reject(lost), answer(201));
    const call = track(sendWithRetries(settings(server.fetch), POST, undefined));
    await vi.runAllTimersAsync();
    expect(call.error).toBe(lost);
    expect(server.calls).toHaveLength(1);
  });

  it('sends the body again on a retry after a beforeRequest hook', async () => {
    const bodies: string[] = [];
    const reading =
      (reply: Reply): Reply =>
      async (input, init) => {
        bodies.push(await (input as Request).text());
        return reply(input, init);
      };
    const server = scripted(reading(answer(429, { 'retry-after': '0' })), reading(answer(201)));
    const hooks = { beforeRequest: (request: Request) => request };
    const call = track(sendWithRetries(settings(server.fetch, { hooks }), POST, undefined));
    await vi.runAllTimersAsync();
    expect(call.value?.response.status).toBe(201);
    expect(bodies).toEqual(['{"name":"Verein"}', '{"name":"Verein"}']);
  });
});

describe('failures that are not retried', () => {
  it('passes an unexpected error of fetch through after one attempt', async () => {
    const odd = new RangeError('bad header value');
    const server = scripted(() => Promise.reject(odd), answer(200));
    const call = track(sendWithRetries(settings(server.fetch), GET, undefined));
    await vi.runAllTimersAsync();
    expect(call.error).toBe(odd);
    expect(server.calls).toHaveLength(1);
  });

  it('times an attempt out through the signal it gives fetch, also after a beforeRequest hook', async () => {
    const server = scripted(hang);
    const options = { timeout: 500, retry: 0, hooks: { beforeRequest: () => undefined } };
    const call = track(sendWithRetries(settings(server.fetch, options), GET, undefined));
    await vi.advanceTimersByTimeAsync(499);
    expect(call.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(call.error).toBeInstanceOf(AttemptTimeout);
  });
});

describe('the body of an error answer', () => {
  async function failureFor(reply: Reply, options: Partial<TransportOptions> = {}) {
    const server = scripted(reply);
    const call = track(
      sendWithRetries(settings(server.fetch, { retry: 0, ...options }), GET, undefined),
    );
    await vi.advanceTimersByTimeAsync(0);
    return call.error as HttpFailure;
  }

  it('keeps JSON parsed, other text as it is, and broken JSON as text', async () => {
    const json = { 'content-type': 'application/problem+json' };
    expect((await failureFor(answer(400, json, '{"title":"Ungültig"}'))).data).toEqual({
      title: 'Ungültig',
    });
    const text = { 'content-type': 'text/plain' };
    expect((await failureFor(answer(500, text, '{"a": 1}'))).data).toBe('{"a": 1}');
    expect((await failureFor(answer(500, json, 'Wartung'))).data).toBe('Wartung');
  });

  it('reaches the user as a ServerError with its text in German and English', async () => {
    for (const [language, text] of [
      [
        'de',
        'Serverfehler HTTP 503 (http://127.0.0.1:9/directory/v1/topics?lang=de). Bitte später erneut versuchen.',
      ],
      [
        'en',
        'Server error HTTP 503 (http://127.0.0.1:9/directory/v1/topics?lang=en). Please try again later.',
      ],
    ] as const) {
      const server = scripted(answer(503, { 'content-type': 'application/json' }, 'Wartung'));
      const client = createDirectoryClient({
        baseUrl: 'http://127.0.0.1:9/directory/v1',
        fetch: server.fetch,
        retry: 0,
        language,
      });
      const failure = track(client.topics.list());
      await vi.advanceTimersByTimeAsync(0);
      expect(failure.error).toBeInstanceOf(ServerError);
      const error = failure.error as ServerError;
      expect(error.message).toBe(text);
      expect([error.status, error.url, error.body]).toEqual([
        503,
        `http://127.0.0.1:9/directory/v1/topics?lang=${language}`,
        'Wartung',
      ]);
    }
  });

  it('is undefined when empty', async () => {
    const failure = await failureFor(answer(500, { 'content-type': 'text/plain' }, ''));
    expect(failure.message).toBe('HTTP 500');
    expect(failure.data).toBeUndefined();
  });

  it('is undefined when it stalls past the attempt timeout, or 10 s without one', async () => {
    const stalled = (): Reply => () =>
      new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{')) }), {
        status: 500,
        headers: { 'content-type': 'application/json' },
      });
    for (const [timeout, ms] of [
      [200, 200],
      [false, 10_000],
    ] as const) {
      const server = scripted(stalled());
      const options = { retry: 0, timeout, totalTimeout: false as const };
      const call = track(sendWithRetries(settings(server.fetch, options), GET, undefined));
      await vi.advanceTimersByTimeAsync(ms - 1);
      expect(call.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(call.error).toBeInstanceOf(HttpFailure);
      expect((call.error as HttpFailure).data).toBeUndefined();
    }
  });
});

describe('cancelling', () => {
  it('rejects at once with the reason when aborted during the wait, leaving no timer or listener', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const server = scripted(answer(503), answer(200));
    const controller = new AbortController();
    const call = track(sendWithRetries(settings(server.fetch), GET, controller.signal));
    await vi.advanceTimersByTimeAsync(100);
    expect(call.settled).toBe(false);
    const reason = new Error('Suche abgebrochen');
    controller.abort(reason);
    await vi.advanceTimersByTimeAsync(0);
    expect(call.error).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(server.calls).toHaveLength(1);
  });

  it('aborts the running attempt with the reason', async () => {
    const server = scripted(hang);
    const controller = new AbortController();
    const call = track(sendWithRetries(settings(server.fetch), GET, controller.signal));
    await vi.advanceTimersByTimeAsync(0);
    const reason = new Error('Seite verlassen');
    controller.abort(reason);
    await vi.advanceTimersByTimeAsync(0);
    expect(call.error).toBe(reason);
    expect(server.calls[0]!.init?.signal?.reason).toBe(reason);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('leaves no listener on the signal after a call with a retry succeeds', async () => {
    const server = scripted(answer(503), answer(200));
    const controller = new AbortController();
    const call = track(sendWithRetries(settings(server.fetch), GET, controller.signal));
    await vi.runAllTimersAsync();
    expect(call.value?.attempt).toBe(2);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
