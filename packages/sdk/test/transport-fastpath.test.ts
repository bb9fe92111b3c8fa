import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyReadFailure, readBody } from '../src/http/body.js';
import { InflightRequests } from '../src/http/inflight.js';
import { createDirectoryClient, TimeoutError } from '../src/index.js';
import { startTestServer } from './demo-server.js';

// The common call brings no AbortSignal (issue 27): it must cost no controller, listener or
// wrapper promise, and still be shared, time-limited and cancellable wherever a caller can cancel.

/** A request whose end the test decides, and the signal it was started with. */
function pendingRequest() {
  let resolve!: (value: string) => void;
  const promise = new Promise<string>((done) => {
    resolve = done;
  });
  const started: (AbortSignal | undefined)[] = [];
  const start = (signal: AbortSignal | undefined) => {
    started.push(signal);
    return promise;
  };
  return { start, started, resolve };
}

describe('in-flight sharing without a signal', () => {
  it('starts the request without a signal when its first caller brings none', async () => {
    const flights = new InflightRequests<string>();
    const request = pendingRequest();
    const answer = flights.run('a', request.start);
    expect(request.started).toEqual([undefined]);
    request.resolve('done');
    expect(await answer).toBe('done');
    expect(flights.size).toBe(0);
  });

  it('starts it with a signal when its first caller brings one, cancelled once all give up', async () => {
    const flights = new InflightRequests<string>();
    const request = pendingRequest();
    const first = new AbortController();
    const second = new AbortController();
    const answers = [
      flights.run('a', request.start, first.signal),
      flights.run('a', request.start, second.signal),
    ];
    expect(request.started).toHaveLength(1);
    const signal = request.started[0]!;
    expect(signal).toBeInstanceOf(AbortSignal);
    first.abort(new Error('first gave up'));
    await expect(answers[0]).rejects.toThrow('first gave up');
    expect(signal.aborted).toBe(false);
    second.abort(new Error('second gave up'));
    await expect(answers[1]).rejects.toThrow('second gave up');
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toEqual(new Error('second gave up'));
    expect(flights.size).toBe(0);
  });

  it('never cancels a request that a caller without a signal waits for', async () => {
    const flights = new InflightRequests<string>();
    const request = pendingRequest();
    const cancelling = new AbortController();
    const withSignal = flights.run('a', request.start, cancelling.signal);
    const withoutSignal = flights.run('a', request.start);
    expect(request.started).toHaveLength(1);
    cancelling.abort(new Error('gave up'));
    await expect(withSignal).rejects.toThrow('gave up');
    expect(request.started[0]!.aborted).toBe(false);
    // Still shared: a third caller joins the same request instead of starting another.
    const third = flights.run('a', request.start);
    expect(request.started).toHaveLength(1);
    request.resolve('kept');
    expect(await withoutSignal).toBe('kept');
    expect(await third).toBe('kept');
    expect(flights.size).toBe(0);
  });

  it('hands a rejection to a caller without a signal and forgets the flight', async () => {
    const flights = new InflightRequests<string>();
    const failing = flights.run('a', () => Promise.reject(new Error('refused')));
    await expect(failing).rejects.toThrow('refused');
    expect(flights.size).toBe(0);
    const request = pendingRequest();
    const retried = flights.run('a', request.start);
    expect(request.started).toHaveLength(1);
    request.resolve('second try');
    expect(await retried).toBe('second try');
  });
});

/** A body that sends one chunk and then stalls, without a declared length. */
function stalledResponse() {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"partial":'));
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}

describe('reading a body without a signal', () => {
  it('reads a declared-length body', async () => {
    const text = '{"items":[],"total":0}';
    const response = new Response(text, { headers: { 'content-length': String(text.length) } });
    expect(await readBody(response, { limit: 1024, timeout: 1000 })).toBe(text);
  });

  it('reads a streamed body with no time limit', async () => {
    const response = new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('Grüße '));
          controller.enqueue(new TextEncoder().encode('aus Görlitz'));
          controller.close();
        },
      }),
    );
    expect(await readBody(response, { limit: 1024, timeout: false })).toBe('Grüße aus Görlitz');
  });

  it('still stops a stalled body at its time limit', async () => {
    const reading = readBody(stalledResponse(), { limit: 1024, timeout: 50 });
    await expect(reading).rejects.toBeInstanceOf(BodyReadFailure);
    await expect(reading).rejects.toMatchObject({ reason: 'timedOut' });
  });

  it('stops a stalled body when a given signal aborts, and lets go of the signal', async () => {
    const controller = new AbortController();
    let listeners = 0;
    const { signal } = controller;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = (...args: Parameters<typeof add>) => {
      listeners++;
      add(...args);
    };
    signal.removeEventListener = (...args: Parameters<typeof remove>) => {
      listeners--;
      remove(...args);
    };
    const reading = readBody(stalledResponse(), { limit: 1024, timeout: false, signal });
    expect(listeners).toBe(1);
    controller.abort(new Error('left the page'));
    await expect(reading).rejects.toThrow('left the page');
    expect(listeners).toBe(0);
  });

  it('rejects at once with the reason of a signal aborted before the read', async () => {
    const controller = new AbortController();
    controller.abort(new Error('already gone'));
    await expect(
      readBody(stalledResponse(), { limit: 1024, timeout: false, signal: controller.signal }),
    ).rejects.toThrow('already gone');
  });
});

describe('a call without a signal, over HTTP', () => {
  let demo: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    demo = await startTestServer();
  });
  afterAll(() => demo.close());

  it('is still cut off by its time limit and retried', async () => {
    await demo.setFaults([{ path: '/directory/v1/topics', latencyMs: 1000, times: 2 }]);
    await demo.clearRequests();
    const dir = createDirectoryClient({
      baseUrl: demo.directoryUrl,
      timeout: 150,
      retry: { limit: 1, backoffLimit: 10 },
    });
    await expect(dir.topics.list()).rejects.toBeInstanceOf(TimeoutError);
    expect(await demo.requests('/directory/v1/topics')).toHaveLength(2);
    await demo.clearFaults();
  });

  it('shares one request between two concurrent calls and answers both', async () => {
    await demo.setFaults([{ path: '/directory/v1/topics', latencyMs: 200, times: 1 }]);
    await demo.clearRequests();
    const dir = createDirectoryClient({ baseUrl: demo.directoryUrl });
    const [first, second] = await Promise.all([dir.topics.list(), dir.topics.list()]);
    expect(first.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
    expect(await demo.requests('/directory/v1/topics')).toHaveLength(1);
    await demo.clearFaults();
  });
});
