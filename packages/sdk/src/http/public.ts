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
export { withResponse } from './with-response.js';
export type { WithResponse } from './with-response.js';
export type {
  GetRequest,
  JsonGetPath,
  ReadParams,
  RequestOptions,
  Route,
  RouteRequest,
  SuccessBody,
  WriteParams,
} from './request.js';
export type {
  CallOptions,
  ResponseInfo,
  RequestInfo,
  RetryPolicy,
  TransportHooks,
  TransportOptions,
} from './transport.js';
export type { ValidationMode } from './validation.js';
