// Public API of @saxon-ai/directory-server.
export { createDirectoryApp, DIRECTORY_BASE_PATH } from './app.js';
export type { DirectoryAppOptions } from './app.js';
export { startDirectoryServer } from './server.js';
export {
  ADMIN_BASE_PATH,
  ADMIN_CONTENT_SECURITY_POLICY,
  createAdminConsoleRoutes,
  defaultAdminDir,
} from './admin/console-routes.js';
export type { AdminConsoleOptions } from './admin/console-routes.js';
export type { DirectoryServer, DirectoryServerOptions } from './server.js';
export { openStorage, DEFAULT_DB_FILE } from './storage/open.js';
export type { StorageOptions } from './storage/open.js';
export type {
  ActorFilter,
  ActorList,
  ActorListQuery,
  DirectoryStorage,
  EventFilter,
  EventList,
  EventListQuery,
  FacetCount,
  TopicCount,
  WriteResult,
} from './storage/types.js';
export { demoSeed, SEEDS } from './seed/demo.js';
export type { SeedName } from './seed/demo.js';
export { jsonLogger, silentLogger } from './http/log.js';
export type { LogEntry, Logger } from './http/log.js';
export type { Actor, DirectoryData, DirectoryEvent, Topic } from './model.js';
export { requireRole } from './http/auth.js';
export { rateLimit } from './http/rate-limit.js';
export type { RateLimitOptions, RateWindow } from './http/rate-limit.js';
export type { Account, Role } from './storage/accounts.js';
export type {
  AuditAction,
  AuditEntry,
  AuditInput,
  AuditKind,
  AuditPage,
  AuditQuery,
} from './storage/audit.js';
export {
  EntryNotFoundError,
  EntryTransaction,
  PreconditionFailedError,
  TopicInUseError,
} from './storage/entries.js';
export type { EntryAudit, EntryWriteOptions } from './storage/entries.js';
