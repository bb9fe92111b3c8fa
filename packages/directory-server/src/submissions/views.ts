// The answers about submissions: what the submitter sees (never the e-mail, never "held") and
// what an editor sees.
import { createHash, randomBytes } from 'node:crypto';
import type { SubmissionRecord } from '../storage/submissions.js';

/** 32 random bytes, base64url (43 characters): the private status link's secret. */
export const newStatusToken = () => randomBytes(32).toString('base64url');

/** Only the SHA-256 of a token is stored: a leaked database does not reveal status links. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const iso = (ms: number) => new Date(ms).toISOString();

/** `SubmissionStatus`: a held-back submission looks pending to its submitter. */
export function statusView(record: SubmissionRecord) {
  return {
    id: record.id,
    kind: record.kind,
    action: record.action,
    ...(record.targetId !== undefined && { targetId: record.targetId }),
    status: record.status,
    submittedAt: iso(record.submittedMs),
    ...(record.decidedMs !== undefined && { decidedAt: iso(record.decidedMs) }),
    ...(record.reason !== undefined && { reason: record.reason }),
    ...(record.entryId !== undefined && { entryId: record.entryId }),
  };
}

/** `Submission` for editors: the state `held` shows, and the e-mail until it is purged. */
export function moderationView(record: SubmissionRecord) {
  return {
    ...statusView(record),
    status: record.status === 'pending' && record.heldBack ? 'held' : record.status,
    submitter: {
      name: record.submitterName,
      ...(record.submitterEmail !== undefined && { email: record.submitterEmail }),
    },
    ...(record.data !== undefined && { data: record.data }),
    ...(record.message !== undefined && { message: record.message }),
    heldBack: record.heldBack,
    ...(record.heldReason !== undefined && { heldReason: record.heldReason }),
  };
}
