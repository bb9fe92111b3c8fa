// Entry point `@saxon-ai/sdk/directory`: the actor-directory client without the open-data code.
export { createDirectoryClient } from './client.js';
export type { DirectoryClient, DirectoryClientOptions } from './client.js';
export type {
  Actor,
  ActorCategory,
  ActorFeatureCollection,
  ActorFilter,
  ActorPage,
  AttendanceMode,
  DirectoryEvent,
  EventFilter,
  EventPage,
  EventStatus,
  Facet,
  Topic,
} from './types.js';
export {
  HttpError,
  NetworkError,
  NotFoundError,
  PortalError,
  RateLimitError,
  ResponseParseError,
  ResponseValidationError,
  SaxonError,
  ServerError,
  TimeoutError,
} from '../http/errors.js';
export type { ErrorDetails, ValidationIssue } from '../http/errors.js';
export type { Language } from '../http/messages.js';
export type { CallOptions, TransportOptions } from '../http/transport.js';
export type { ValidationMode } from '../http/validation.js';
