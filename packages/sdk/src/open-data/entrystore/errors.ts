import {
  HttpError,
  NotFoundError,
  PortalError,
  ResponseParseError,
  ResponseValidationError,
} from '../../http/errors.js';
import { message, type Language } from '../../http/messages.js';

export const PORTAL_TYPE = 'EntryStore';

/** The message of an EntryStore error body `{"error": "…"}`, if the text is one. */
export function errorMessage(body: unknown): string | undefined {
  let data = body;
  if (typeof body === 'string') {
    try {
      data = JSON.parse(body);
    } catch {
      return undefined;
    }
  }
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, 'error')) return undefined;
  const error = (data as { error: unknown }).error;
  return typeof error === 'string' ? error : JSON.stringify(error);
}

function portalError(
  language: Language,
  detail: string | undefined,
  details: {
    url?: string | undefined;
    status?: number | undefined;
    body?: string | undefined;
    cause?: unknown;
  },
): PortalError {
  return new PortalError(
    message(language, 'portal', { type: PORTAL_TYPE, detail, url: details.url }),
    {
      ...details,
      portalType: PORTAL_TYPE,
    },
  );
}

/**
 * EntryStore reports what it refuses (a query it cannot parse, an unknown field, a missing
 * parameter) as HTTP 400 with `{"error": "…"}`; that, and an `error` body with status 200, becomes a
 * `PortalError`. Other failures stay what the transport made of them — a 500 whose body is the
 * server's malformed `{"error":""error""}` is a `ServerError`.
 */
export function toPortalError(error: unknown, language: Language): unknown {
  if (error instanceof HttpError && error.status === 400) {
    return portalError(language, errorMessage(error.body), {
      url: error.url,
      status: error.status,
      body: error.body,
      cause: error,
    });
  }
  if (error instanceof ResponseValidationError && !(error instanceof ResponseParseError)) {
    const detail = errorMessage(error.body);
    if (detail !== undefined)
      return portalError(language, detail, {
        url: error.url,
        status: error.status,
        body: error.body,
        cause: error,
      });
  }
  return error;
}

/** For `warn`/`off` validation, where an `{"error": …}` body arrives unchecked. */
export function assertNoPortalError(data: unknown, url: string, language: Language): void {
  const detail = errorMessage(data);
  if (detail !== undefined)
    throw portalError(language, detail, { url, body: JSON.stringify(data) });
}

export function notFound(language: Language, url: string): NotFoundError {
  return new NotFoundError(message(language, 'notFound', { url }), { url, status: 404 });
}
