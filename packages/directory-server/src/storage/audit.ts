import type { Dialect } from './dialect.js';
import { where, type Clause, type SqlConnection, type SqlValue } from './sql.js';

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'approve',
  'reject',
  'withdraw',
  'purge',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_KINDS = ['actor', 'event', 'topic', 'submission'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** Who acted: an account's role, the submitter (a withdrawal) or the system (the purge). */
export type AuditRole = 'editor' | 'admin' | 'submitter' | 'system';

/** One change, as the writer hands it to `audit.record`. */
export interface AuditInput {
  /** The account name, `submitter` or `system`: never an e-mail address. */
  editor: string;
  role: AuditRole;
  action: AuditAction;
  kind: AuditKind;
  entityId: string;
  submissionId?: string | undefined;
  /** The document before the change (absent for a create). Stored as JSON. */
  before?: unknown;
  /** The document after the change (absent for a delete). Stored as JSON. */
  after?: unknown;
  note?: string | undefined;
  /** When; default: now. */
  at?: Date;
}

/** One entry of `GET /moderation/audit`. */
export interface AuditEntry {
  id: number;
  at: string;
  editor: string;
  role: AuditRole;
  action: AuditAction;
  kind: AuditKind;
  entityId: string;
  submissionId?: string;
  before?: unknown;
  after?: unknown;
  note?: string;
}

export interface AuditQuery {
  kind?: readonly AuditKind[];
  entityId?: string | undefined;
  editor?: string | undefined;
  limit: number;
  offset: number;
}

export interface AuditPage {
  total: number;
  limit: number;
  offset: number;
  items: AuditEntry[];
}

type AuditRow = {
  id: number;
  at_ms: number;
  editor: string;
  role: AuditRole;
  action: AuditAction;
  kind: AuditKind;
  entity_id: string;
  submission_id: string | null;
  before_doc: string | null;
  after_doc: string | null;
  note: string | null;
};

const json = (value: unknown): SqlValue => (value === undefined ? null : JSON.stringify(value));

function entryOf(row: AuditRow): AuditEntry {
  return {
    id: Number(row.id),
    at: new Date(Number(row.at_ms)).toISOString(),
    editor: row.editor,
    role: row.role,
    action: row.action,
    kind: row.kind,
    entityId: row.entity_id,
    ...(row.submission_id === null ? {} : { submissionId: row.submission_id }),
    ...(row.before_doc === null ? {} : { before: JSON.parse(row.before_doc) as unknown }),
    ...(row.after_doc === null ? {} : { after: JSON.parse(row.after_doc) as unknown }),
    ...(row.note === null ? {} : { note: row.note }),
  };
}

/** The audit log (migration 2): append-only; nothing in the server updates or deletes a row. */
export const audit = {
  /**
   * Appends one entry. Call it with the transaction that makes the change (`tx` of
   * `storage.sql.transaction(…)`), so the change and its record are committed together or not at all.
   */
  async record(tx: SqlConnection, entry: AuditInput): Promise<number> {
    const [row] = await tx.all<{ id: number }>(
      `INSERT INTO audit (at_ms, editor, role, action, kind, entity_id, submission_id,
         before_doc, after_doc, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [
        (entry.at ?? new Date()).getTime(),
        entry.editor,
        entry.role,
        entry.action,
        entry.kind,
        entry.entityId,
        entry.submissionId ?? null,
        json(entry.before),
        json(entry.after),
        entry.note ?? null,
      ],
    );
    return Number(row!.id);
  },

  /** Newest first, filtered by kind (any of), entity id and editor. */
  async list(db: SqlConnection, dialect: Dialect, query: AuditQuery): Promise<AuditPage> {
    const clauses: Clause[] = [];
    if (query.kind?.length) clauses.push(dialect.inList('kind', query.kind, 'text'));
    if (query.entityId !== undefined)
      clauses.push({ sql: 'entity_id = ?', params: [query.entityId] });
    if (query.editor !== undefined) clauses.push({ sql: 'editor = ?', params: [query.editor] });
    const filter = where(clauses);
    const [count] = await db.all<{ n: number }>(
      `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM audit${filter.sql}`,
      filter.params,
    );
    const rows = await db.all<AuditRow>(
      `SELECT id, at_ms, editor, role, action, kind, entity_id, submission_id, before_doc,
         after_doc, note
       FROM audit${filter.sql} ORDER BY id DESC LIMIT ? OFFSET ?`,
      [...filter.params, query.limit, query.offset],
    );
    return {
      total: Number(count?.n ?? 0),
      limit: query.limit,
      offset: query.offset,
      items: rows.map(entryOf),
    };
  },
};
