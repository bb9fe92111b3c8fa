// Entry point `@saxon-ai/sdk/directory`: the actor-directory client without the open-data code.
// The root entry re-exports all of it (`export *`): a name added here is public in both.
export { createDirectoryClient } from './client.js';
export type { DirectoryClient, DirectoryClientOptions } from './client.js';
export { createDirectoryAdminClient } from './admin.js';
export { checkActorInput, checkEventInput, checkSubmitter } from './input-rules.js';
export type { InputRuleOptions } from './input-rules.js';
export type { DirectoryAdminClient, DirectoryAdminClientOptions } from './admin.js';
export type { AuditAction, AuditEntry, AuditFilter, AuditKind, AuditPage } from './admin-audit.js';
export type { ApproveOptions, SubmissionFilter } from './admin-submissions.js';
export type { SubmissionsArea } from './public-submissions.js';
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
} from './submission-schemas.js';
export type {
  AdminEntryArea,
  AdminEntryAreas,
  AdminTopicsArea,
  IfMatch,
  ModerationEntry,
  TopicEntry,
  UnpublishedEntry,
  Versioned,
} from './admin-entries.js';
// Every type in `types.ts` is public; internal types live beside the code that uses them.
export type * from './types.js';
export * from '../http/public.js';
