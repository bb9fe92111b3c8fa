/** How much of a response body an error keeps for diagnosis. */
export const ERROR_BODY_LIMIT = 2048;

export interface ErrorDetails {
  /** The request URL. */
  url?: string;
  /** HTTP status of the response, when there was one. */
  status?: number;
  /** The first {@link ERROR_BODY_LIMIT} characters of the response body. */
  body?: string;
  cause?: unknown;
}

/**
 * Base class of every error the SDK throws on purpose. Catch it to handle all SDK failures at once;
 * tell them apart with `instanceof` on the subclasses or with the stable `code`.
 *
 * An abort by the caller is not a `SaxonError`: it surfaces as the platform's `AbortError`.
 */
export class SaxonError extends Error {
  /** Stable, machine-readable kind of failure. */
  readonly code: string;
  readonly url: string | undefined;
  readonly status: number | undefined;
  /** Start of the response body ({@link ERROR_BODY_LIMIT} characters at most). */
  readonly body: string | undefined;

  constructor(code: string, message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.code = code;
    this.url = details.url;
    this.status = details.status;
    this.body = details.body === undefined ? undefined : details.body.slice(0, ERROR_BODY_LIMIT);
  }
}

/** The server answered with an HTTP error status (after any retries). */
export class HttpError extends SaxonError {
  declare readonly status: number;
  declare readonly url: string;

  constructor(
    message: string,
    details: ErrorDetails & { status: number; url: string },
    code = 'http_error',
  ) {
    super(code, message, details);
  }
}

/**
 * Why a field of an input is refused — the same closed set the directory server sends in the
 * `code` of each field error of a 400 problem, so a form can show its own text for both.
 */
export type FieldErrorCode =
  | 'required'
  | 'too_long'
  | 'too_many'
  | 'pattern'
  | 'not_http_url'
  | 'invalid_email'
  | 'not_in_saxony'
  | 'not_saxon_kreis'
  | 'unknown_topic'
  | 'unknown_actor'
  | 'not_allowed'
  | 'end_before_start'
  | 'invalid_date'
  | 'duplicate'
  | 'invalid';

/** One refused field of a request body. */
export interface FieldError {
  /** Dotted path of the field, e.g. `data.address.postalCode` (or relative to the checked input). */
  name: string;
  /** What is wrong, in the server's English. */
  reason: string;
  /** Machine-readable kind; absent when an older server sent none. */
  code?: FieldErrorCode;
  /** The limit that was exceeded: characters for `too_long`, items for `too_many`. */
  limit?: number;
}

/**
 * HTTP 400: the server refused the request's parameters or body. `fieldErrors` lists each refused
 * field as the RFC 9457 problem's `errors[]` named it (empty when the answer had none).
 */
export class InvalidRequestError extends HttpError {
  readonly fieldErrors: FieldError[];
  /** The problem's `title`, when the answer was a problem document. */
  readonly problemTitle: string | undefined;
  /** The problem's `detail`, when present. */
  readonly problemDetail: string | undefined;

  constructor(
    message: string,
    details: ErrorDetails & {
      status: number;
      url: string;
      fieldErrors?: FieldError[];
      problemTitle?: string | undefined;
      problemDetail?: string | undefined;
    },
  ) {
    super(message, details, 'invalid_request');
    this.fieldErrors = details.fieldErrors ?? [];
    this.problemTitle = details.problemTitle;
    this.problemDetail = details.problemDetail;
  }
}

/** HTTP 404: the dataset, actor or event does not exist. */
export class NotFoundError extends HttpError {
  constructor(message: string, details: ErrorDetails & { status: number; url: string }) {
    super(message, details, 'not_found');
  }
}

/** HTTP 401: no valid bearer token (missing, malformed, unknown, expired or revoked). */
export class UnauthorizedError extends HttpError {
  constructor(message: string, details: ErrorDetails & { status: number; url: string }) {
    super(message, details, 'unauthorized');
  }
}

/** HTTP 403: the token is valid, but its role may not do this (an editor on an admin route). */
export class ForbiddenError extends HttpError {
  constructor(message: string, details: ErrorDetails & { status: number; url: string }) {
    super(message, details, 'forbidden');
  }
}

/**
 * HTTP 409 (the state does not allow it, e.g. a submission already decided) or 412 (the entry
 * changed since you read it: reload, then decide again). `status` tells which.
 */
export class ConflictError extends HttpError {
  declare readonly status: 409 | 412;

  constructor(message: string, details: ErrorDetails & { status: 409 | 412; url: string }) {
    super(message, details, 'conflict');
  }
}

/** HTTP 429, still after retrying. `retryAfter` is the server's wish, in seconds. */
export class RateLimitError extends HttpError {
  readonly retryAfter: number | undefined;

  constructor(
    message: string,
    details: ErrorDetails & { status: number; url: string; retryAfter?: number | undefined },
  ) {
    super(message, details, 'rate_limited');
    this.retryAfter = details.retryAfter;
  }
}

/** HTTP 5xx, still after retrying. */
export class ServerError extends HttpError {
  constructor(message: string, details: ErrorDetails & { status: number; url: string }) {
    super(message, details, 'server_error');
  }
}

/**
 * The portal answered, but reported a failure in its own format — CKAN's `success: false` envelope
 * or EntryStore's `{"error": …}`.
 */
export class PortalError extends SaxonError {
  /** The portal's error type, e.g. CKAN's `Validation Error` or `Search Query Error`. */
  readonly portalType: string;
  /** Messages per field, as CKAN reports validation errors (`{ rows: ['Must be a natural number'] }`). */
  readonly fieldErrors: Record<string, string[]>;

  constructor(
    message: string,
    details: ErrorDetails & { portalType: string; fieldErrors?: Record<string, string[]> },
  ) {
    super('portal_error', message, details);
    this.portalType = details.portalType;
    this.fieldErrors = details.fieldErrors ?? {};
  }
}

/** No answer at all: DNS failure, refused or dropped connection, offline, CORS refusal. */
export class NetworkError extends SaxonError {
  constructor(message: string, details: ErrorDetails) {
    super('network_error', message, details);
  }
}

/** No complete answer within the time limit (per attempt, or overall). */
export class TimeoutError extends SaxonError {
  /** The limit that was exceeded, in milliseconds. */
  readonly timeout: number;

  constructor(message: string, details: ErrorDetails & { timeout: number }) {
    super('timeout', message, details);
    this.timeout = details.timeout;
  }
}

export interface ValidationIssue {
  /** Where in the response, e.g. `['items', 3, 'location', 'lat']`. */
  path: (string | number)[];
  message: string;
}

/** The response arrived but does not have the shape the SDK's model needs. */
export class ResponseValidationError extends SaxonError {
  readonly issues: ValidationIssue[];

  constructor(
    message: string,
    details: ErrorDetails & { issues: ValidationIssue[] },
    code = 'invalid_response',
  ) {
    super(code, message, details);
    this.issues = details.issues;
  }
}

/** The response body is not JSON (an HTML error page, a truncated body) or is larger than allowed. */
export class ResponseParseError extends ResponseValidationError {
  constructor(message: string, details: ErrorDetails, code: 'invalid_json' | 'response_too_large') {
    super(message, { ...details, issues: [{ path: [], message }] }, code);
  }
}
