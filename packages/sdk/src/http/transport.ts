import { sendWithRetries, settingsOf } from './attempts.js';
import { readAnswerText } from './read-answer.js';
import { ResponseCache, type CacheOptions } from './cache.js';
import { errorMapper } from './error-mapping.js';
import { ResponseParseError, SaxonError } from './errors.js';
import { InflightRequests } from './inflight.js';
import { message, type Language } from './messages.js';

/** How idempotent GETs are retried. */
export interface RetryPolicy {
  /** Retries after the first attempt. Default 2. */
  limit?: number;
  /** Longest wait between attempts from the exponential backoff, ms. Default 10 000. */
  backoffLimit?: number;
  /** Longest wait a server's `Retry-After` may impose, ms; longer waits give up. Default 60 000. */
  maxRetryAfter?: number;
}

export interface RequestInfo {
  url: string;
  /** 1 for the first attempt. */
  attempt: number;
}

/**
 * Callbacks for logging and metrics, and one that may change a request. The observers must not
 * throw; what they return is ignored.
 */
export interface TransportHooks {
  /**
   * Runs once a call, before its first attempt, with the request about to be sent; retries send
   * what it settled on. It may change the request — set `request.headers` (tracing, a proxy's
   * key) or return a new one (`new Request(proxyUrl, request)`) — or return nothing to send it
   * as it is. A header added here makes a cross-origin GET "non-simple" (CORS preflight). Writes of
   * the admin client add their bearer token after this hook, so it never sees the token.
   */
  beforeRequest?(request: Request): Request | void | Promise<Request | void>;
  onRequest?(info: RequestInfo): void;
  onRetry?(info: RequestInfo & { error: unknown }): void;
  onResponse?(info: RequestInfo & { status: number; durationMs: number; fromCache: boolean }): void;
  onError?(error: SaxonError): void;
}

/** Options both client factories share. */
export interface TransportOptions {
  /** Where the API lives, e.g. `https://www.govdata.de/ckan` or `http://127.0.0.1:4000/directory/v1`. */
  baseUrl: string;
  /** A fetch implementation (tests, proxies, instrumentation). Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Time limit per attempt in ms, until the whole body is read. Default 10 000; `false` for none. */
  timeout?: number | false;
  /** Time limit for a whole call including retries and waits, ms. Default 30 000; `false` for none. */
  totalTimeout?: number | false;
  /** Retries for GETs: a number of retries, or a policy. Default 2. `0` switches retrying off. */
  retry?: number | RetryPolicy;
  /** In-memory cache of answers: `true` for the defaults, or options. Default off. */
  cache?: boolean | CacheOptions;
  /** Language of error messages (and of labels the APIs localise). Default `de`. */
  language?: Language;
  /**
   * Extra request headers. None by default, so cross-origin GETs stay "simple" and need no CORS
   * preflight; any header added here may make the server's CORS policy matter.
   */
  headers?: Record<string, string>;
  /** Largest response body accepted, in bytes. Default 20 MiB. */
  maxResponseBytes?: number;
  hooks?: TransportHooks;
}

/** The HTTP side of an answer, beside the parsed data (see `withResponse`). */
export interface ResponseInfo {
  /** The URL actually requested (after a `beforeRequest` hook and redirects). */
  url: string;
  /** The server's status; `304` when a cached answer was revalidated. */
  status: number;
  headers: Headers;
  etag: string | undefined;
  /** True when the body came from the client's cache (fresh, or revalidated with a `304`). */
  fromCache: boolean;
}

/** Options every method takes as its last argument. */
export interface CallOptions {
  /** Cancels the call; it then rejects with the signal's reason (an `AbortError` by default). */
  signal?: AbortSignal;
  /**
   * Receives the status, headers, ETag and URL of each answer the call reads, in order, without a
   * further request. `withResponse` wraps it.
   */
  onAnswer?(response: ResponseInfo): void;
}

interface RawAnswer extends ResponseInfo {
  text: string;
}

export interface Transport {
  readonly language: Language;
  readonly baseUrl: string;
  /** Fetches a URL and parses its JSON body, with retries, sharing, caching and typed errors. */
  getJson(url: string, options?: CallOptions): Promise<unknown>;
}

export function createTransport(options: TransportOptions): Transport {
  const language = options.language ?? 'de';
  const settings = settingsOf(options);
  const { hooks, timeout, maxBytes } = settings;
  const cache = options.cache
    ? new ResponseCache(options.cache === true ? {} : options.cache)
    : undefined;
  const inflight = new InflightRequests<RawAnswer>();
  const toSaxonError = errorMapper(language, timeout || settings.totalTimeout || 0);

  async function send(url: string, signal: AbortSignal | undefined): Promise<RawAnswer> {
    const stale = cache?.stale(url);
    const started = Date.now();
    const { response, attempt } = await sendWithRetries(
      settings,
      {
        method: 'GET',
        url,
        headers: stale?.etag ? { 'if-none-match': stale.etag } : undefined,
        idempotent: true,
      },
      signal,
    );
    const { headers, status } = response;
    const requested = response.url || url;
    if (status === 304 && stale) {
      cache?.touch(url);
      hooks.onResponse?.({
        url,
        attempt,
        status,
        durationMs: Date.now() - started,
        fromCache: true,
      });
      return {
        status,
        text: stale.text,
        headers,
        etag: stale.etag,
        url: requested,
        fromCache: true,
      };
    }
    const text = await readAnswerText(
      response,
      url,
      attempt,
      started,
      maxBytes,
      timeout,
      signal,
      language,
      hooks,
    );
    const etag = headers.get('etag') ?? undefined;
    return { status, text, headers, etag, url: requested, fromCache: false };
  }

  async function getJson(url: string, callOptions: CallOptions = {}): Promise<unknown> {
    const fresh = cache?.fresh(url);
    let answer: RawAnswer;
    if (fresh) {
      hooks.onResponse?.({ url, attempt: 0, status: 200, durationMs: 0, fromCache: true });
      answer = { ...fresh, status: 200, url, fromCache: true };
    } else {
      try {
        answer = await inflight.run(url, (signal) => send(url, signal), callOptions.signal);
      } catch (error) {
        const mapped = toSaxonError(error, url);
        if (mapped instanceof SaxonError) hooks.onError?.(mapped);
        throw mapped;
      }
    }
    const { text, headers } = answer;
    // Headers of a Response are immutable: every sharing caller may get the same object.
    callOptions.onAnswer?.({
      url: answer.url,
      status: answer.status,
      headers,
      etag: answer.etag,
      fromCache: answer.fromCache,
    });
    try {
      const data: unknown = JSON.parse(text);
      if (!fresh) cache?.store(url, text, answer.etag, headers);
      return data;
    } catch (cause) {
      const error = new ResponseParseError(
        message(language, 'invalidJson', { url, contentType: headers.get('content-type') ?? '' }),
        { url, status: answer.status, body: text, cause },
        'invalid_json',
      );
      hooks.onError?.(error);
      throw error;
    }
  }

  return { language, baseUrl: options.baseUrl, getJson };
}
