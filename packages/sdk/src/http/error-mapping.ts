import { AttemptTimeout, HttpFailure } from './attempts.js';
import {
  ConflictError,
  ForbiddenError,
  HttpError,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  SaxonError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
} from './errors.js';
import { message, type Language } from './messages.js';
import { parseRetryAfter } from './retry-after.js';

/**
 * What `sendWithRetries` throws → the SDK's typed errors, in the caller's language.
 * `keepCause: false` leaves the original failure out, for clients whose requests carry a secret.
 */
export function errorMapper(
  language: Language,
  timeoutMs: number,
  { keepCause = true }: { keepCause?: boolean } = {},
) {
  const cause = (error: unknown) => (keepCause ? { cause: error } : {});

  function httpError(error: HttpFailure, url: string): HttpError {
    const status = error.response.status;
    const body =
      typeof error.data === 'string'
        ? error.data
        : error.data === undefined
          ? undefined
          : JSON.stringify(error.data);
    const details = { url, status, body, ...cause(error) };
    if (status === 400)
      return new InvalidRequestError(message(language, 'http', { url, status }), {
        ...details,
        problem: error.data,
      });
    if (status === 404) return new NotFoundError(message(language, 'notFound', { url }), details);
    if (status === 401)
      return new UnauthorizedError(message(language, 'unauthorized', { url }), details);
    if (status === 403) return new ForbiddenError(message(language, 'forbidden', { url }), details);
    if (status === 409 || status === 412) {
      return new ConflictError(
        message(language, status === 409 ? 'conflict' : 'preconditionFailed', { url }),
        { ...details, status },
      );
    }
    if (status === 429) {
      const retryAfter = parseRetryAfter(error.response.headers.get('retry-after'));
      return new RateLimitError(message(language, 'rateLimit', { url, retryAfter }), {
        ...details,
        retryAfter,
      });
    }
    if (status >= 500)
      return new ServerError(message(language, 'server', { url, status }), details);
    return new HttpError(message(language, 'http', { url, status }), details);
  }

  return function toSaxonError(error: unknown, url: string): unknown {
    if (error instanceof SaxonError) return error;
    if (error instanceof HttpFailure) return httpError(error, url);
    if (error instanceof AttemptTimeout) {
      return new TimeoutError(message(language, 'timeout', { url, ms: timeoutMs }), {
        url,
        timeout: timeoutMs,
        ...cause(error),
      });
    }
    if (error instanceof TypeError) {
      return new NetworkError(message(language, 'network', { url }), { url, ...cause(error) });
    }
    return error; // AbortError and anything unexpected go through untouched
  };
}
