import * as z from 'zod/mini';
import type { output } from 'zod/mini';
import { asArray } from '../http/query.js';
import type { CallOptions } from '../http/transport.js';
import type { AdminContext } from './admin-context.js';

export const auditKindSchema = z.enum(['actor', 'event', 'topic', 'submission']);
export const auditActionSchema = z.enum([
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'approve',
  'reject',
  'withdraw',
  'purge',
]);

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  editor: z.string(),
  role: z.enum(['editor', 'admin', 'submitter', 'system']),
  action: auditActionSchema,
  kind: auditKindSchema,
  entityId: z.string(),
  submissionId: z.optional(z.string()),
  before: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
  note: z.optional(z.string()),
});

export const auditPageSchema = z.object({
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
  items: z.array(auditEntrySchema),
});

export type AuditKind = output<typeof auditKindSchema>;
export type AuditAction = output<typeof auditActionSchema>;
/** One change: who (the account name), when, what (`before`/`after` documents). */
export type AuditEntry = output<typeof auditEntrySchema>;
export type AuditPage = output<typeof auditPageSchema>;

export interface AuditFilter {
  kind?: AuditKind | readonly AuditKind[];
  entityId?: string;
  /** An account name. */
  editor?: string;
  /** 1–200, default 20. */
  limit?: number;
  offset?: number;
}

export interface AdminAuditArea {
  /** A page of the audit log, newest first (editor or admin). */
  list(filter?: AuditFilter, options?: CallOptions): Promise<AuditPage>;
}

export function createAuditArea(context: AdminContext): AdminAuditArea {
  return {
    async list(filter = {}, call) {
      const target = context.url('/moderation/audit', {
        kind: asArray(filter.kind),
        entityId: filter.entityId,
        editor: filter.editor,
        limit: filter.limit,
        offset: filter.offset,
      });
      const { data } = await context.transport.send('GET', target, call);
      return context.check(auditPageSchema, data, target);
    },
  };
}
