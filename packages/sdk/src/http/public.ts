// The HTTP layer's public names, shared by every entry point.
export {
  ConflictError,
  ForbiddenError,
  HttpError,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  PortalError,
  RateLimitError,
  ResponseParseError,
  ResponseValidationError,
  SaxonError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
} from './errors.js';
export type { ErrorDetails, FieldError, FieldErrorCode, ValidationIssue } from './errors.js';
export type { Language } from './messages.js';
export type { CacheOptions } from './cache.js';
export type {
  CallOptions,
  RequestInfo,
  RetryPolicy,
  TransportHooks,
  TransportOptions,
} from './transport.js';
export type { ValidationMode } from './validation.js';
