import { asArray } from '../http/query.js';
import type { CallOptions } from '../http/transport.js';
import type { AdminContext } from './admin-context.js';
import {
  approveResultSchema,
  submissionDetailSchema,
  submissionPageSchema,
  submissionSchema,
  type ApproveResult,
  type ModerationStatus,
  type Submission,
  type SubmissionDetail,
  type SubmissionPage,
} from './submission-schemas.js';

export interface SubmissionFilter {
  /** Default `pending`; `held` = held back by the entry form's signals. */
  status?: ModerationStatus | readonly ModerationStatus[];
  kind?: 'actor' | 'event';
  /** 1–200, default 50. */
  limit?: number;
  offset?: number;
}

export interface ApproveOptions extends CallOptions {
  /** A JSON merge patch (RFC 7396) over the submitted data: the editor's corrections. */
  edits?: Record<string, unknown>;
  /** For the audit log. */
  note?: string;
  /**
   * The detail's `liveEtag`: for an update or removal, approval fails with `ConflictError`
   * (status 412) when the entry changed since the editor looked.
   */
  etag?: string;
}

export interface AdminSubmissionsArea {
  /** A page of submissions, oldest first (editor or admin). */
  list(filter?: SubmissionFilter, options?: CallOptions): Promise<SubmissionPage>;
  /** One submission with the live entry and a field-by-field diff; `NotFoundError` if none. */
  get(id: string, options?: CallOptions): Promise<SubmissionDetail>;
  /**
   * Applies the submission to the directory (with `edits` merged over its data). `ConflictError`
   * (409) when it was already decided or withdrawn, (412) when `etag` is stale.
   */
  approve(id: string, options?: ApproveOptions): Promise<ApproveResult>;
  /** Rejects with a reason the submitter sees on their status link. */
  reject(id: string, reason: string, options?: CallOptions): Promise<Submission>;
}

export function createSubmissionsArea(context: AdminContext): AdminSubmissionsArea {
  const path = (id: string, action = '') =>
    context.url(`/moderation/submissions/${encodeURIComponent(id)}${action}`);
  return {
    async list(filter = {}, call) {
      const target = context.url('/moderation/submissions', {
        status: asArray(filter.status),
        kind: filter.kind,
        limit: filter.limit,
        offset: filter.offset,
      });
      const { data } = await context.transport.send('GET', target, call);
      return context.check(submissionPageSchema, data, target);
    },
    async get(id, call) {
      const target = path(id);
      const { data } = await context.transport.send('GET', target, call);
      return context.check(submissionDetailSchema, data, target);
    },
    async approve(id, options = {}) {
      const { edits, note, etag, ...call } = options;
      const target = path(id, '/approve');
      const { data } = await context.transport.send('POST', target, {
        ...call,
        json: { ...(edits !== undefined && { edits }), ...(note !== undefined && { note }) },
        ...(etag !== undefined && { ifMatch: etag }),
      });
      return context.check(approveResultSchema, data, target);
    },
    async reject(id, reason, call) {
      const target = path(id, '/reject');
      const { data } = await context.transport.send('POST', target, { ...call, json: { reason } });
      return context.check(submissionSchema, data, target);
    },
  };
}
