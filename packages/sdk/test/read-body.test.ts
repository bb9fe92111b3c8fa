import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { BodyReadFailure, readBody } from '../src/http/body.js';

// The body reader under every answer (src/http/body.ts): its size limit at the exact boundary,
// UTF-8 split across chunks, and that a read given up on releases its stream and its listener.

const bytes = (text: string) => new TextEncoder().encode(text);

/** A body arriving in the given chunks; `stall` keeps it open afterwards. */
function streamed(chunks: Uint8Array[], { stall = false } = {}) {
  const seen = { cancelled: 0 };
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (!stall) controller.close();
    },
    cancel() {
      seen.cancelled++;
    },
  });
  return { body, seen };
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('readBody', () => {
  it('accepts a streamed body of exactly the limit and refuses one byte more', async () => {
    const exact = streamed([bytes('abc'), bytes('de')]);
    expect(await readBody(new Response(exact.body), { limit: 5, timeout: false })).toBe('abcde');
    const over = streamed([bytes('abc'), bytes('def')]);
    const failure = await failureOf(
      readBody(new Response(over.body), { limit: 5, timeout: false }),
    );
    expect(failure).toBeInstanceOf(BodyReadFailure);
    expect((failure as BodyReadFailure).reason).toBe('tooLarge');
  });

  it('accepts a declared length of exactly the limit, and refuses a larger one before reading', async () => {
    const exact = new Response('abcde', { headers: { 'content-length': '5' } });
    expect(await readBody(exact, { limit: 5, timeout: false })).toBe('abcde');
    // The declared length decides at once, even if fewer bytes would follow.
    const declared = new Response('abc', { headers: { 'content-length': '6' } });
    const failure = await failureOf(readBody(declared, { limit: 5, timeout: false }));
    expect((failure as BodyReadFailure).reason).toBe('tooLarge');
  });

  it('decodes a UTF-8 character split between two chunks', async () => {
    const umlaut = bytes('ä');
    const parts = [bytes('Gr'), umlaut.slice(0, 1), umlaut.slice(1), bytes('nau')];
    const { body } = streamed(parts);
    expect(await readBody(new Response(body), { limit: 100, timeout: false })).toBe('Gränau');
  });

  it('gives an empty text for an answer without a body', async () => {
    expect(await readBody(new Response(null, { status: 204 }), { limit: 5, timeout: 1000 })).toBe(
      '',
    );
  });

  it('stops a stalled body after the timeout and cancels its stream', async () => {
    const { body, seen } = streamed([bytes('{"items":[')], { stall: true });
    const failure = await failureOf(readBody(new Response(body), { limit: 100, timeout: 20 }));
    expect(failure).toBeInstanceOf(BodyReadFailure);
    expect((failure as BodyReadFailure).reason).toBe('timedOut');
    expect(seen.cancelled).toBe(1);
  });

  it("rejects with the caller's abort reason, cancels the stream and leaves no listener", async () => {
    const { body, seen } = streamed([bytes('{')], { stall: true });
    const controller = new AbortController();
    const reading = failureOf(
      readBody(new Response(body), { limit: 100, timeout: false, signal: controller.signal }),
    );
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    const reason = new Error('Suche abgebrochen');
    controller.abort(reason);
    expect(await reading).toBe(reason);
    expect(seen.cancelled).toBe(1);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('leaves no abort listener on the signal after a finished read', async () => {
    const controller = new AbortController();
    const text = await readBody(new Response('{"ok":true}'), {
      limit: 100,
      timeout: false,
      signal: controller.signal,
    });
    expect(text).toBe('{"ok":true}');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('leaves no pending timeout behind once the body has arrived', async () => {
    vi.useFakeTimers();
    try {
      const text = await readBody(new Response('{"ok":true}'), { limit: 100, timeout: 10_000 });
      expect(text).toBe('{"ok":true}');
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
