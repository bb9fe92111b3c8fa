import ky, { isHTTPError, type KyInstance } from 'ky';
import { readAnswerText } from './read-answer.js';
import { errorMapper } from './error-mapping.js';
import { ResponseParseError, SaxonError } from './errors.js';
import { message } from './messages.js';
import { parseRetryAfter } from './retry-after.js';
import type { CallOptions, TransportOptions } from './transport.js';

export type WriteMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface SendOptions extends CallOptions {
  /** A JSON body (sent as `application/json` unless `contentType` says otherwise). */
  json?: unknown;
  /** E.g. `application/merge-patch+json` for a PATCH. */
  contentType?: string;
  /** `If-Match` (an ETag from an earlier answer). */
  ifMatch?: string;
  /** `If-None-Match: *`: create only, never overwrite. */
  ifNoneMatch?: string;
}

export interface SendAnswer {
  status: number;
  /** The parsed JSON body; undefined for `204` or an empty body. */
  data: unknown;
  etag: string | undefined;
  location: string | undefined;
}

export interface WriteTransport {
  readonly language: NonNullable<TransportOptions['language']>;
  send(method: WriteMethod, url: string, options?: SendOptions): Promise<SendAnswer>;
}

const DEFAULTS = {
  timeout: 10_000,
  totalTimeout: 30_000,
  maxResponseBytes: 20 * 1024 * 1024,
  retry: { limit: 2, backoffLimit: 10_000, maxRetryAfter: 60_000 },
} as const;

/** GET, PUT and DELETE are idempotent (RFC 9110 §9.2.2): retried like reads. */
const IDEMPOTENT = new Set<WriteMethod>(['GET', 'PUT', 'DELETE']);

/**
 * The transport of clients that change data and authenticate. Differences from the read transport:
 * any method with a JSON body; no cache and no request sharing; a `POST` or `PATCH` is retried only
 * when the server said it did not process it (`429`, or `503` with `Retry-After`), never after a
 * network error or timeout, where it may have been applied. The bearer token is added by a fetch
 * wrapper, below ky: it never appears in ky's request or options, so no error, `cause` or hook
 * argument carries it, and errors keep no `cause` at all.
 */
export function createWriteTransport(
  options: TransportOptions & { token?: string },
): WriteTransport {
  const language = options.language ?? 'de';
  const timeout = options.timeout ?? DEFAULTS.timeout;
  const totalTimeout = options.totalTimeout ?? DEFAULTS.totalTimeout;
  const maxBytes = options.maxResponseBytes ?? DEFAULTS.maxResponseBytes;
  const retry =
    typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const policy = { ...DEFAULTS.retry, ...retry };
  const hooks = options.hooks ?? {};
  const baseFetch = options.fetch ?? globalThis.fetch;
  const authorization = options.token ? `Bearer ${options.token}` : undefined;
  const toSaxonError = errorMapper(language, timeout || totalTimeout || 0, { keepCause: false });

  const authenticatedFetch: typeof fetch = (input, init) => {
    if (!authorization) return baseFetch(input, init);
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    headers.set('authorization', authorization);
    return baseFetch(new Request(request, { headers }));
  };

  const client: KyInstance = ky.create({
    fetch: authenticatedFetch,
    ...(options.headers ? { headers: options.headers } : {}),
    timeout,
    totalTimeout,
    throwHttpErrors: true,
  });

  function retryPolicy(method: WriteMethod) {
    const idempotent = IDEMPOTENT.has(method);
    return {
      limit: policy.limit,
      methods: [method.toLowerCase() as Lowercase<WriteMethod>],
      statusCodes: idempotent ? [408, 429, 500, 502, 503, 504] : [429, 503],
      afterStatusCodes: [429, 503],
      maxRetryAfter: policy.maxRetryAfter,
      backoffLimit: policy.backoffLimit,
      jitter: true,
      retryOnTimeout: idempotent,
      shouldRetry: ({ error }: { error: Error }) => {
        if (!isHTTPError(error)) return idempotent ? undefined : false;
        const wait = parseRetryAfter(error.response.headers.get('retry-after'));
        if (wait !== undefined && wait * 1000 > policy.maxRetryAfter) return false;
        // A 503 without Retry-After may come from a proxy after the request was applied.
        if (!idempotent && error.response.status === 503 && wait === undefined) return false;
        return undefined;
      },
    };
  }

  async function send(
    method: WriteMethod,
    url: string,
    call: SendOptions = {},
  ): Promise<SendAnswer> {
    let attempt = 0;
    const started = Date.now();
    const headers: Record<string, string> = {};
    if (call.json !== undefined) headers['content-type'] = call.contentType ?? 'application/json';
    if (call.ifMatch) headers['if-match'] = call.ifMatch;
    if (call.ifNoneMatch) headers['if-none-match'] = call.ifNoneMatch;
    try {
      const response = await client(url, {
        method,
        headers,
        ...(call.json !== undefined ? { body: JSON.stringify(call.json) } : {}),
        ...(call.signal ? { signal: call.signal } : {}),
        retry: retryPolicy(method),
        hooks: {
          beforeRequest: [
            ({ request }) => {
              attempt++;
              hooks.onRequest?.({ url, attempt });
              return hooks.beforeRequest?.(request);
            },
          ],
          beforeRetry: [({ error }) => hooks.onRetry?.({ url, attempt, error })],
        },
      });
      const text = await readAnswerText(
        response,
        url,
        attempt,
        started,
        maxBytes,
        timeout,
        call.signal ?? new AbortController().signal,
        language,
        hooks,
      );
      let data: unknown;
      if (text) {
        try {
          data = JSON.parse(text);
        } catch {
          throw new ResponseParseError(
            message(language, 'invalidJson', {
              url,
              contentType: response.headers.get('content-type') ?? '',
            }),
            { url, status: response.status, body: text },
            'invalid_json',
          );
        }
      }
      const { status, headers: answerHeaders } = response;
      const etag = answerHeaders.get('etag') ?? undefined;
      call.onAnswer?.({
        url: response.url || url,
        status,
        headers: answerHeaders,
        etag,
        fromCache: false,
      });
      return { status, data, etag, location: answerHeaders.get('location') ?? undefined };
    } catch (error) {
      const mapped = toSaxonError(error, url);
      if (mapped instanceof SaxonError) hooks.onError?.(mapped);
      throw mapped;
    }
  }

  return { language, send };
}
