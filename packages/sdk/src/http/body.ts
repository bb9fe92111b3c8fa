/**
 * Reads a response body as UTF-8 text, stopping with `tooLarge` once more than `limit` bytes have
 * arrived, and with `timedOut` when the body does not finish within `timeout` — a server that
 * sends its headers and then stalls must not hang the caller.
 */
export class BodyReadFailure extends Error {
  constructor(readonly reason: 'tooLarge' | 'timedOut') {
    super(reason);
  }
}

interface Reading {
  text: Promise<string>;
  cancel(): void;
}

/** Streams the body, counting bytes: for answers that do not declare their length. */
function readLimited(body: ReadableStream<Uint8Array>, limit: number): Reading {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  const text = (async () => {
    let received = 0;
    let result = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return result + decoder.decode();
      received += value.byteLength;
      if (received > limit) throw new BodyReadFailure('tooLarge');
      result += decoder.decode(value, { stream: true });
    }
  })();
  return { text, cancel: () => void reader.cancel().catch(() => undefined) };
}

export async function readBody(
  response: Response,
  /** `signal`: the caller's, when one can cancel the read; none on the common path. */
  options: { limit: number; timeout: number | false; signal?: AbortSignal | undefined },
): Promise<string> {
  const { signal } = options;
  const length = response.headers.get('content-length');
  const declared = length === null ? Number.NaN : Number(length);
  if (declared > options.limit) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyReadFailure('tooLarge');
  }
  if (!response.body) return '';
  // A declared length within the limit: the platform's own reader is the fastest.
  const reading: Reading = Number.isFinite(declared)
    ? { text: response.text(), cancel: () => void response.body?.cancel().catch(() => undefined) }
    : readLimited(response.body, options.limit);
  reading.text.catch(() => undefined);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort = () => {};
  const stop = new Promise<never>((_, reject) => {
    if (options.timeout !== false) {
      timer = setTimeout(() => reject(new BodyReadFailure('timedOut')), options.timeout);
    }
    if (!signal) return;
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([reading.text, stop]);
  } catch (error) {
    reading.cancel();
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
