import { HttpError, NotFoundError, PortalError, RateLimitError } from '../../http/errors.js';
import { message, type Language } from '../../http/messages.js';

/**
 * CKAN wraps every answer in `{help, success, result}`; some recordings and proxies store the bare
 * `result`. Unwrapping is kept apart from parsing the result, so both forms parse alike.
 */
export function unwrapCkanEnvelope(data: unknown, url: string, language: Language): unknown {
  if (data === null || typeof data !== 'object' || !('success' in data)) return data;
  const envelope = data as { success: unknown; result?: unknown; error?: unknown };
  if (envelope.success === true) return envelope.result;
  throw portalError(envelope.error, url, language, undefined, JSON.stringify(data));
}

interface CkanErrorBody {
  __type?: unknown;
  message?: unknown;
  [field: string]: unknown;
}

function portalError(
  error: unknown,
  url: string,
  language: Language,
  status: number | undefined,
  body: string | undefined,
  cause?: unknown,
): PortalError {
  const details = (error && typeof error === 'object' ? error : {}) as CkanErrorBody;
  const type = typeof details.__type === 'string' ? details.__type : 'CKAN error';
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(details)) {
    if (key === '__type' || key === 'message') continue;
    const list = Array.isArray(value) ? value : [value];
    fieldErrors[key] = list.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
  }
  const detail =
    typeof details.message === 'string'
      ? details.message
      : Object.entries(fieldErrors)
          .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
          .join('; ');
  return new PortalError(message(language, 'portal', { type, detail, url }), {
    url,
    ...(status === undefined ? {} : { status }),
    ...(body === undefined ? {} : { body }),
    cause,
    portalType: type,
    fieldErrors,
  });
}

/**
 * Turns an HTTP error that carries CKAN's error envelope (409 Validation Error, Search Query Error,
 * 403 …) or its bare-string 400 body into a `PortalError`. 404 stays a `NotFoundError`; anything
 * else passes through.
 */
export function ckanHttpError(error: unknown, language: Language): unknown {
  // 404, 429 and 5xx keep their own classes: "not there", "wait" and "try later" tell a user more
  // than the envelope around them.
  if (
    !(error instanceof HttpError) ||
    error instanceof NotFoundError ||
    error instanceof RateLimitError ||
    error.status >= 500
  ) {
    return error;
  }
  let parsed: unknown;
  try {
    parsed = error.body === undefined ? undefined : JSON.parse(error.body);
  } catch {
    // A JSON answer's body arrives decoded: CKAN's bare string without its quotes.
    if (!error.body?.startsWith('Bad request')) return error;
    parsed = error.body;
  }
  if (typeof parsed === 'string') {
    return new PortalError(
      message(language, 'portal', {
        type: 'Bad request',
        detail: parsed,
        url: error.url,
      }),
      {
        url: error.url,
        status: error.status,
        body: error.body,
        cause: error,
        portalType: 'Bad request',
      },
    );
  }
  if (parsed && typeof parsed === 'object' && (parsed as { success?: unknown }).success === false) {
    return portalError(
      (parsed as { error?: unknown }).error,
      error.url,
      language,
      error.status,
      error.body,
      error,
    );
  }
  return error;
}
