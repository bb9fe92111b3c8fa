// Reading a file for a preview: one GET without credentials, the body read chunk by chunk and
// cancelled at the byte cap, so no more than the cap is ever held.
import {
  ForbiddenError,
  HttpError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  SaxonError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
} from '../http/errors.js';
import { message, type Language } from '../http/messages.js';
import { parseRetryAfter } from '../http/retry-after.js';
import { PreviewBlockedError } from './errors.js';

export const DEFAULT_MAX_BYTES = 2_000_000;

export interface PreviewFetchOptions {
  /** Aborts the request; the promise rejects with the signal's reason, as `fetch` does. */
  signal?: AbortSignal;
  /** The byte cap. Default 2 000 000. */
  maxBytes?: number;
  /** The `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
  /** Language of error messages. Default German. */
  language?: Language;
  /** Milliseconds for the whole read; then `TimeoutError`. Default: none (use `signal`). */
  timeout?: number;
}

/** What a response said about the file besides its bytes. */
export interface PreviewResponse {
  url: string;
  /** The response's Content-Type (with any charset). */
  contentType: string | undefined;
  /** Content-Length, when sent. */
  contentLength: number | undefined;
}

function statusError(response: Response, url: string, language: Language): HttpError {
  const status = response.status;
  const details = { url, status };
  if (status === 404) return new NotFoundError(message(language, 'notFound', { url }), details);
  if (status === 401)
    return new UnauthorizedError(message(language, 'unauthorized', { url }), details);
  if (status === 403) return new ForbiddenError(message(language, 'forbidden', { url }), details);
  if (status === 429) {
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    return new RateLimitError(message(language, 'rateLimit', { url, retryAfter }), {
      ...details,
      retryAfter,
    });
  }
  if (status >= 500) return new ServerError(message(language, 'server', { url, status }), details);
  return new HttpError(message(language, 'http', { url, status }), details);
}

/**
 * GETs `url` and hands each chunk of the body (never more than `maxBytes` in total) to `onChunk`.
 * Resolves with what the response said and whether the body was read to its end (`complete`).
 * Throws `PreviewBlockedError` when no answer could be read (CORS refusal, offline), the SDK's HTTP
 * errors for an error status, `TimeoutError` after `timeout`, and the signal's reason on abort.
 */
export async function streamPreview(
  url: string,
  options: PreviewFetchOptions,
  onChunk: (chunk: Uint8Array, response: PreviewResponse) => void | Promise<void>,
): Promise<PreviewResponse & { complete: boolean; bytesRead: number }> {
  const language = options.language ?? 'de';
  const cap = Math.max(1, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const timer = options.timeout === undefined ? undefined : AbortSignal.timeout(options.timeout);
  const signals = [options.signal, timer].filter((s): s is AbortSignal => s !== undefined);
  const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
  const failure = (cause: unknown, duringBody: boolean): unknown => {
    if (options.signal?.aborted) return options.signal.reason;
    if (timer?.aborted)
      return new TimeoutError(message(language, 'timeout', { url, ms: options.timeout }), {
        url,
        timeout: options.timeout!,
        cause,
      });
    if (cause instanceof SaxonError) return cause;
    // Before any answer the browser tells nothing more than "failed": CORS and offline look alike.
    if (!duringBody) return new PreviewBlockedError({ url, cause, language });
    return new NetworkError(message(language, 'network', { url }), { url, cause });
  };

  let response: Response;
  try {
    response = await (options.fetch ?? globalThis.fetch)(url, {
      credentials: 'omit',
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    throw failure(cause, false);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw statusError(response, url, language);
  }
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  const head: PreviewResponse = {
    url,
    contentType: response.headers.get('content-type') ?? undefined,
    contentLength: Number.isFinite(length) ? length : undefined,
  };
  if (!response.body) return { ...head, complete: true, bytesRead: 0 };

  const reader = response.body.getReader();
  let bytesRead = 0;
  let complete = false;
  try {
    while (!complete) {
      const { done, value } = await reader.read();
      if (done) {
        complete = true;
        break;
      }
      const room = cap - bytesRead;
      if (room <= 0) break; // one byte past the cap: the file is larger
      const chunk = value.length > room ? value.subarray(0, room) : value;
      bytesRead += chunk.length;
      await onChunk(chunk, head);
      if (value.length > room) break;
      if (bytesRead === cap && head.contentLength === cap) complete = true;
    }
  } catch (cause) {
    await reader.cancel().catch(() => undefined);
    throw failure(cause, true);
  }
  if (!complete) await reader.cancel().catch(() => undefined);
  else reader.releaseLock();
  return { ...head, complete, bytesRead };
}

/** The first `maxBytes` of the file as one array, and whether that is all of it. */
export async function readPreviewBytes(
  url: string,
  options: PreviewFetchOptions = {},
): Promise<PreviewResponse & { bytes: Uint8Array; complete: boolean }> {
  const chunks: Uint8Array[] = [];
  const result = await streamPreview(url, options, (chunk) => {
    chunks.push(chunk.slice()); // a copy: a subarray would keep the whole network chunk alive
  });
  const bytes = new Uint8Array(result.bytesRead);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ...result, bytes };
}
