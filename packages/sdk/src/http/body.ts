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

export async function readBody(
  response: Response,
  options: { limit: number; timeout: number | false; signal: AbortSignal },
): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > options.limit) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyReadFailure('tooLarge');
  }
  if (!response.body) return '';

  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let received = 0;
  let text = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort = () => {};
  const stop = new Promise<never>((_, reject) => {
    if (options.timeout !== false) {
      timer = setTimeout(() => reject(new BodyReadFailure('timedOut')), options.timeout);
    }
    onAbort = () => reject(options.signal.reason);
    if (options.signal.aborted) onAbort();
    else options.signal.addEventListener('abort', onAbort, { once: true });
  });
  stop.catch(() => undefined);
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), stop]);
      if (done) break;
      received += value.byteLength;
      if (received > options.limit) throw new BodyReadFailure('tooLarge');
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
  }
}
