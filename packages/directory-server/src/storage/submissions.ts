import type { SqlConnection } from './sql.js';

export const SUBMISSION_KINDS = ['actor', 'event'] as const;
export const SUBMISSION_ACTIONS = ['create', 'update', 'remove'] as const;
/** What is stored; `held` is not a state of its own but `pending` with `heldBack`. */
export const SUBMISSION_STATES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
/** What editors filter by: `held` = pending and held back, `pending` = pending and not. */
export const MODERATION_STATES = ['pending', 'held', 'approved', 'rejected', 'withdrawn'] as const;

export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];
export type SubmissionState = (typeof SUBMISSION_STATES)[number];
export type ModerationState = (typeof MODERATION_STATES)[number];

/** One submission as stored. `submitterEmail` is absent once purged. */
export interface SubmissionRecord {
  id: string;
  kind: SubmissionKind;
  action: SubmissionAction;
  targetId?: string;
  data?: Record<string, unknown>;
  message?: string;
  submitterName: string;
  submitterEmail?: string;
  status: SubmissionState;
  heldBack: boolean;
  heldReason?: string;
  submittedMs: number;
  decidedMs?: number;
  reason?: string;
  entryId?: string;
}

export interface SubmissionListQuery {
  states: readonly ModerationState[];
  kind?: SubmissionKind;
  limit: number;
  offset: number;
}

export interface Decision {
  status: Exclude<SubmissionState, 'pending'>;
  decidedMs: number;
  reason?: string;
  entryId?: string;
}

interface SubmissionRow {
  id: string;
  kind: string;
  action: string;
  target_id: string | null;
  data: string | null;
  message: string | null;
  submitter_name: string;
  submitter_email: string | null;
  status: string;
  held_back: number;
  held_reason: string | null;
  submitted_ms: number;
  decided_ms: number | null;
  reason: string | null;
  entry_id: string | null;
}

const COLUMNS = `id, kind, action, target_id, data, message, submitter_name, submitter_email,
  status, held_back, held_reason, submitted_ms, decided_ms, reason, entry_id`;

function fromRow(row: SubmissionRow): SubmissionRecord {
  return {
    id: row.id,
    kind: row.kind as SubmissionKind,
    action: row.action as SubmissionAction,
    ...(row.target_id !== null && { targetId: row.target_id }),
    ...(row.data !== null && { data: JSON.parse(row.data) as Record<string, unknown> }),
    ...(row.message !== null && { message: row.message }),
    submitterName: row.submitter_name,
    ...(row.submitter_email !== null && { submitterEmail: row.submitter_email }),
    status: row.status as SubmissionState,
    heldBack: Number(row.held_back) === 1,
    ...(row.held_reason !== null && { heldReason: row.held_reason }),
    submittedMs: Number(row.submitted_ms),
    ...(row.decided_ms !== null && { decidedMs: Number(row.decided_ms) }),
    ...(row.reason !== null && { reason: row.reason }),
    ...(row.entry_id !== null && { entryId: row.entry_id }),
  };
}

/** The `WHERE` fragment of one moderation state. */
function stateClause(state: ModerationState): string {
  if (state === 'held') return `(status = 'pending' AND held_back = 1)`;
  if (state === 'pending') return `(status = 'pending' AND held_back = 0)`;
  return `(status = '${state}')`;
}

/** Queries of the `submissions` table (migration 3); every value is a bound parameter. Oldest first (by insertion). */
export class SubmissionQueries {
  constructor(private readonly db: SqlConnection) {}

  async insert(record: SubmissionRecord, tokenHash: string): Promise<void> {
    await this.db.run(
      `INSERT INTO submissions (${COLUMNS}, token_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        record.id,
        record.kind,
        record.action,
        record.targetId ?? null,
        record.data === undefined ? null : JSON.stringify(record.data),
        record.message ?? null,
        record.submitterName,
        record.submitterEmail ?? null,
        record.status,
        record.heldBack ? 1 : 0,
        record.heldReason ?? null,
        record.submittedMs,
        null,
        null,
        null,
        tokenHash,
      ],
    );
  }

  async byTokenHash(tokenHash: string, db = this.db): Promise<SubmissionRecord | undefined> {
    const [row] = await db.all<SubmissionRow & Record<string, unknown>>(
      `SELECT ${COLUMNS} FROM submissions WHERE token_hash = ?`,
      [tokenHash],
    );
    return row ? fromRow(row) : undefined;
  }

  async byId(id: string, db = this.db): Promise<SubmissionRecord | undefined> {
    const [row] = await db.all<SubmissionRow & Record<string, unknown>>(
      `SELECT ${COLUMNS} FROM submissions WHERE id = ?`,
      [id],
    );
    return row ? fromRow(row) : undefined;
  }

  async list(query: SubmissionListQuery): Promise<{ total: number; items: SubmissionRecord[] }> {
    // The state clauses are fixed SQL chosen from a closed list, never input.
    const states = `(${query.states.map(stateClause).join(' OR ')})`;
    const where = query.kind ? `${states} AND kind = ?` : states;
    const params = query.kind ? [query.kind] : [];
    const [count] = await this.db.all<{ n: number }>(
      `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM submissions WHERE ${where}`,
      params,
    );
    const rows = await this.db.all<SubmissionRow & Record<string, unknown>>(
      `SELECT ${COLUMNS} FROM submissions WHERE ${where}
       ORDER BY seq LIMIT ? OFFSET ?`,
      [...params, query.limit, query.offset],
    );
    return { total: Number(count?.n ?? 0), items: rows.map(fromRow) };
  }

  /**
   * Records a decision if the submission is still open (pending, held or not). False when it was
   * decided meanwhile: the caller answers 409, and the guard in `WHERE` makes two racing editors
   * safe without a lock.
   */
  async decide(id: string, decision: Decision, db = this.db): Promise<boolean> {
    const rows = await db.all<{ id: string }>(
      `UPDATE submissions SET status = ?, decided_ms = ?, reason = ?, entry_id = ?
       WHERE id = ? AND status = 'pending' RETURNING id`,
      [decision.status, decision.decidedMs, decision.reason ?? null, decision.entryId ?? null, id],
    );
    return rows.length === 1;
  }

  /** Clears the submitter's e-mail of every submission decided at or before `cutoffMs`. */
  async purgeEmails(cutoffMs: number, nowMs: number, db = this.db): Promise<string[]> {
    const rows = await db.all<{ id: string }>(
      `UPDATE submissions SET submitter_email = NULL, email_purged_ms = ?
       WHERE submitter_email IS NOT NULL AND decided_ms IS NOT NULL AND decided_ms <= ?
       RETURNING id`,
      [nowMs, cutoffMs],
    );
    return rows.map((row) => row.id);
  }
}
