// Entry point `@saxon-ai/sdk/directory`: the actor-directory client without the open-data code.
export { createDirectoryClient } from './client.js';
export type { DirectoryClient, DirectoryClientOptions } from './client.js';
export { createDirectoryAdminClient } from './admin.js';
export type { DirectoryAdminClient, DirectoryAdminClientOptions } from './admin.js';
export type { AuditAction, AuditEntry, AuditFilter, AuditKind, AuditPage } from './admin-audit.js';
export type {
  ActorInput,
  AdminEntryArea,
  AdminEntryAreas,
  AdminTopicsArea,
  EventInput,
  IfMatch,
  ModerationEntry,
  TopicEntry,
  UnpublishedEntry,
  Versioned,
} from './admin-entries.js';
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
export * from '../http/public.js';
