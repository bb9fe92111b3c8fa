// The public surface of @saxon-ai/sdk: explicit named exports only. Subpath entries
// (`@saxon-ai/sdk/directory`) carry the same names for bundles that want only one client.
export { createDirectoryClient } from './directory/client.js';
export { createDirectoryAdminClient } from './directory/admin.js';
export type { DirectoryAdminClient, DirectoryAdminClientOptions } from './directory/admin.js';
export type {
  AuditAction,
  AuditEntry,
  AuditFilter,
  AuditKind,
  AuditPage,
} from './directory/admin-audit.js';
export type { ApproveOptions, SubmissionFilter } from './directory/admin-submissions.js';
export type { SubmissionsArea } from './directory/public-submissions.js';
export type {
  ActorInput,
  ApproveResult,
  EventInput,
  ModerationStatus,
  Submission,
  SubmissionDetail,
  SubmissionInput,
  SubmissionPage,
  SubmissionReceipt,
  SubmissionStatus,
} from './directory/submission-schemas.js';
export type {
  AdminEntryArea,
  AdminEntryAreas,
  AdminTopicsArea,
  IfMatch,
  ModerationEntry,
  TopicEntry,
  UnpublishedEntry,
  Versioned,
} from './directory/admin-entries.js';
export { createOpenDataClient } from './open-data/client.js';
export { createCkanClient } from './open-data/ckan/client.js';
export { createEntryStoreClient } from './open-data/entrystore/client.js';
export { portals } from './open-data/portals.js';
export type { PortalName } from './open-data/portals.js';
export type { OpenDataClient, OpenDataClientOptions } from './open-data/adapter.js';
export type {
  Category,
  Dataset,
  Distribution,
  Facet,
  FacetName,
  SearchFacetName,
  License,
  PortalConfig,
  PortalType,
  SearchPage,
  SearchQuery,
  ThemeCode,
} from './open-data/model.js';
export {
  THEME_LABELS,
  licenseTitle,
  normalizeFormat,
  normalizeLicenseUri,
  themeLabel,
} from './open-data/vocabulary.js';
export type { DirectoryClient, DirectoryClientOptions } from './directory/client.js';
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
  Topic,
} from './directory/types.js';
export {
  ConflictError,
  ForbiddenError,
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
  UnauthorizedError,
} from './http/errors.js';
export type { ErrorDetails, ValidationIssue } from './http/errors.js';
export type { Language } from './http/messages.js';
export type { CacheOptions } from './http/cache.js';
export type {
  CallOptions,
  RequestInfo,
  RetryPolicy,
  TransportHooks,
  TransportOptions,
} from './http/transport.js';
export type { ValidationMode } from './http/validation.js';
