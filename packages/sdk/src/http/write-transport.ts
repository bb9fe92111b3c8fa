import { sendWithRetries, settingsOf } from './attempts.js';
import { readAnswerText } from './read-answer.js';
import { errorMapper } from './error-mapping.js';
import { ResponseParseError, SaxonError } from './errors.js';
import { message } from './messages.js';
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

/** GET, PUT and DELETE are idempotent (RFC 9110 §9.2.2): retried like reads. */
const IDEMPOTENT = new Set<WriteMethod>(['GET', 'PUT', 'DELETE']);

/**
 * The transport of clients that change data and authenticate. Differences from the read transport:
 * any method with a JSON body; no cache and no request sharing; a `POST` or `PATCH` is retried only
 * when the server said it did not process it (`429`, or `503` with `Retry-After`), never after a
 * network error or timeout, where it may have been applied. The bearer token is added by a fetch
 * wrapper, below the retry loop and the hooks: no error, `cause` or hook argument carries it, and
 * errors keep no `cause` at all.
 */
export function createWriteTransport(
  options: TransportOptions & { token?: string },
): WriteTransport {
  const language = options.language ?? 'de';
  const base = settingsOf(options);
  const { hooks, timeout, maxBytes } = base;
  const authorization = options.token ? `Bearer ${options.token}` : undefined;
  const settings = {
    ...base,
    fetch: authorization
      ? (((input, init) => {
          const request = new Request(input, init);
          const headers = new Headers(request.headers);
          headers.set('authorization', authorization);
          return base.fetch(new Request(request, { headers }));
        }) as typeof fetch)
      : base.fetch,
  };
  const toSaxonError = errorMapper(language, timeout || settings.totalTimeout || 0, {
    keepCause: false,
  });

  async function send(
    method: WriteMethod,
    url: string,
    call: SendOptions = {},
  ): Promise<SendAnswer> {
    const started = Date.now();
    const headers: Record<string, string> = {};
    if (call.json !== undefined) headers['content-type'] = call.contentType ?? 'application/json';
    if (call.ifMatch) headers['if-match'] = call.ifMatch;
    if (call.ifNoneMatch) headers['if-none-match'] = call.ifNoneMatch;
    try {
      const { response, attempt } = await sendWithRetries(
        settings,
        {
          method,
          url,
          headers,
          body: call.json === undefined ? undefined : JSON.stringify(call.json),
          idempotent: IDEMPOTENT.has(method),
        },
        call.signal,
      );
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
