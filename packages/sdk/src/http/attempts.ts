import { readBody } from './body.js';
import { parseRetryAfter } from './retry-after.js';
import type { TransportHooks, TransportOptions } from './transport.js';

/**
 * The answer of the last attempt had an error status. `data` is its body: parsed when it says it
 * is JSON, else text; undefined when empty or unreadable.
 */
export class HttpFailure extends Error {
  constructor(
    readonly response: Response,
    readonly data: unknown,
  ) {
    super(`HTTP ${response.status}`);
  }
}

/** An attempt got no answer within `timeout`, or the call ran past `totalTimeout`. */
export class AttemptTimeout extends Error {}

/** What every request of one client shares. */
export interface AttemptSettings {
  fetch: typeof fetch;
  /** The client's own headers; none by default (CORS-simple GETs). */
  headers: Record<string, string> | undefined;
  timeout: number | false;
  totalTimeout: number | false;
  /** Retries after the first attempt. */
  limit: number;
  backoffLimit: number;
  maxRetryAfter: number;
  hooks: TransportHooks;
}

export interface AttemptRequest {
  method: string;
  url: string;
  headers?: Record<string, string> | undefined;
  body?: string | undefined;
  /**
   * GET, PUT, DELETE: retried after a network error, a timeout and the 5xx/408/429 statuses. POST,
   * PATCH: only after a 429, or a 503 with `Retry-After` — the server said it did not process it.
   */
  idempotent: boolean;
}

/**
 * The settings of a client's options, with the defaults: 10 s an attempt, 30 s a call, 2 retries
 * with backoff up to 10 s, a `Retry-After` honoured up to 60 s, bodies up to 20 MiB.
 */
export function settingsOf(options: TransportOptions): AttemptSettings & { maxBytes: number } {
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : options.retry;
  return {
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    headers: options.headers,
    timeout: options.timeout ?? 10_000,
    totalTimeout: options.totalTimeout ?? 30_000,
    limit: retry?.limit ?? 2,
    backoffLimit: retry?.backoffLimit ?? 10_000,
    maxRetryAfter: retry?.maxRetryAfter ?? 60_000,
    hooks: options.hooks ?? {},
    maxBytes: options.maxResponseBytes ?? 20 * 1024 * 1024,
  };
}

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
/** Statuses whose `Retry-After` the wait follows. */
const AFTER_STATUSES = [429, 503];

/** A wait that ends early, with the signal's reason, when the caller aborts. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The body of an error answer, for the error's `body` and a 400's problem details. */
async function failureData(response: Response, timeout: number | false): Promise<unknown> {
  const text = await readBody(response, {
    limit: 1024 * 1024,
    timeout: timeout || 10_000,
  }).catch(() => '');
  if (!text) return undefined;
  if (!/json/i.test(response.headers.get('content-type') ?? '')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Sends a request with the client's retry policy and time limits, straight on `fetch`: one
 * `fetch(url, init)` per attempt and nothing else on the common path — no `Request` object unless
 * a `beforeRequest` hook wants one, no signal combinators, no per-call option merging. Resolves
 * with the first answer that is `ok` or `304`; rejects with an `HttpFailure`, an `AttemptTimeout`,
 * the `TypeError` of a network failure, or the abort reason.
 */
export async function sendWithRetries(
  settings: AttemptSettings,
  request: AttemptRequest,
  signal: AbortSignal | undefined,
): Promise<{ response: Response; attempt: number }> {
  // Called as a plain function: `window.fetch` throws "Illegal invocation" as a method of another object.
  const { hooks, timeout, totalTimeout, fetch: send } = settings;
  const { url, method, idempotent } = request;
  const deadline = totalTimeout === false ? Infinity : Date.now() + totalTimeout;
  const headers =
    settings.headers || request.headers ? { ...settings.headers, ...request.headers } : undefined;
  const init: RequestInit = { method };
  if (headers) init.headers = headers;
  if (request.body !== undefined) init.body = request.body;
  // The hook sees (and may replace) a real Request; without one, fetch gets the URL and init.
  let changed: Request | undefined;
  if (hooks.beforeRequest) {
    const original = new Request(url, init);
    changed = (await hooks.beforeRequest(original)) ?? original;
  }

  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new AttemptTimeout();
    const limit = timeout === false ? remaining : Math.min(timeout, remaining);
    hooks.onRequest?.({ url, attempt });

    const controller = new AbortController();
    const onAbort = () => controller.abort(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer =
      limit === Infinity
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, limit);
    let failure: unknown;
    let response: Response | undefined;
    try {
      response = await send(
        changed ? (request.body === undefined ? changed : changed.clone()) : url,
        changed ? { signal: controller.signal } : { ...init, signal: controller.signal },
      );
    } catch (error) {
      signal?.throwIfAborted();
      failure = timedOut ? new AttemptTimeout() : error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    if (response && (response.ok || response.status === 304)) return { response, attempt };

    // Decide whether to try again, and after how long.
    let delay: number | undefined;
    if (response) {
      const status = response.status;
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
      const allowed = idempotent ? RETRY_STATUSES : AFTER_STATUSES;
      if (
        allowed.includes(status) &&
        !(retryAfter !== undefined && retryAfter * 1000 > settings.maxRetryAfter) &&
        // A 503 without Retry-After may come from a proxy after the request was applied.
        (idempotent || status !== 503 || retryAfter !== undefined)
      ) {
        delay =
          retryAfter !== undefined && AFTER_STATUSES.includes(status)
            ? retryAfter * 1000
            : undefined;
        delay ??= backoff(settings.backoffLimit, attempt);
      }
      if (delay === undefined || attempt > settings.limit) {
        throw new HttpFailure(response, await failureData(response, timeout));
      }
      failure = new HttpFailure(response, undefined);
      void response.body?.cancel().catch(() => undefined);
    } else {
      const retriable = failure instanceof AttemptTimeout || failure instanceof TypeError;
      if (!idempotent || !retriable || attempt > settings.limit) throw failure;
      delay = backoff(settings.backoffLimit, attempt);
    }

    hooks.onRetry?.({ url, attempt, error: failure });
    const left = deadline - Date.now();
    if (delay >= left) {
      await wait(left, signal);
      throw new AttemptTimeout();
    }
    await wait(delay, signal);
  }
}

/** Exponential backoff from 300 ms with full jitter, capped at `limit`. */
function backoff(limit: number, attempt: number): number {
  return Math.random() * Math.min(limit, 300 * 2 ** (attempt - 1));
}
