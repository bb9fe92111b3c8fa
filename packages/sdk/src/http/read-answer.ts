import { BodyReadFailure, readBody } from './body.js';
import { ResponseParseError, TimeoutError } from './errors.js';
import { message, type Language } from './messages.js';
import type { TransportHooks } from './transport.js';

/**
 * Reads an answer's body as text, turning a body over the limit into `response_too_large` and a
 * stalled one into a `TimeoutError`, then reports the answer to `onResponse`. Shared by the read
 * and the write transport so both fail and report alike.
 */
export async function readAnswerText(
  response: Response,
  url: string,
  attempt: number,
  /** `Date.now()` when the call began: `onResponse` reports the time since. */
  started: number,
  limit: number,
  timeout: number | false,
  /** Cancels the read; undefined when nothing can (a call without a signal). */
  signal: AbortSignal | undefined,
  language: Language,
  hooks: TransportHooks,
): Promise<string> {
  // Positional parameters, not an options object: property names survive minification and this
  // sits in every bundle's request path.
  const text = await readBody(response, { limit, timeout, signal }).catch((error: unknown) => {
    if (!(error instanceof BodyReadFailure)) throw error;
    throw error.reason === 'tooLarge'
      ? new ResponseParseError(
          message(language, 'tooLarge', { url, limit }),
          { url, status: response.status },
          'response_too_large',
        )
      : new TimeoutError(message(language, 'timeout', { url, ms: timeout || 0 }), {
          url,
          status: response.status,
          timeout: timeout || 0,
        });
  });
  hooks.onResponse?.({
    url,
    attempt,
    status: response.status,
    durationMs: Date.now() - started,
    fromCache: false,
  });
  return text;
}
