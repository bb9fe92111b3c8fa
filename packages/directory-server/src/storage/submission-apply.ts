import type { Actor, DirectoryEvent } from '../model.js';
import type { Dialect } from './dialect.js';
import type { SqlConnection } from './sql.js';
import { SubmissionQueries, type Decision, type SubmissionKind } from './submissions.js';
import { Writer } from './write.js';

/** What approving a submission does to the directory. */
export type EntryChange =
  | { kind: 'actor'; upsert: Actor }
  | { kind: 'event'; upsert: DirectoryEvent }
  | { kind: SubmissionKind; remove: string };

/** Work the caller adds to the same transaction, e.g. the audit record. */
export type InTransaction = (tx: SqlConnection) => Promise<unknown>;

const FTS: Record<SubmissionKind, { table: string; fts: string }> = {
  actor: { table: 'actors', fts: 'actor_fts' },
  event: { table: 'events', fts: 'event_fts' },
};

/**
 * Deletes one entry with its index rows. Interim until 22c's `removeActor`/`removeEvent` (with
 * revisions) are merged: approve-remove then calls those instead.
 */
async function removeEntry(tx: SqlConnection, dialect: Dialect, kind: SubmissionKind, id: string) {
  const { table, fts } = FTS[kind];
  const [row] = await tx.all<{ seq: number }>(`SELECT seq FROM ${table} WHERE id = ?`, [id]);
  if (!row) return false;
  if (dialect.engine === 'sqlite') await tx.run(`DELETE FROM ${fts} WHERE rowid = ?`, [row.seq]);
  await tx.run(`DELETE FROM ${table} WHERE seq = ?`, [row.seq]);
  await tx.run('UPDATE data_version SET version = version + 1 WHERE id = 1');
  return true;
}

/**
 * Decides a submission and applies its change in ONE transaction: either the entry changed and
 * the submission is `approved` (and `also` ran), or nothing happened. False when the submission
 * was no longer open.
 */
export async function approveInTransaction(
  db: SqlConnection,
  dialect: Dialect,
  id: string,
  change: EntryChange,
  decision: Decision,
  also?: InTransaction,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const queries = new SubmissionQueries(tx);
    if (!(await queries.decide(id, decision, tx))) return false;
    if ('remove' in change) await removeEntry(tx, dialect, change.kind, change.remove);
    else if (change.kind === 'actor')
      await new Writer(tx, dialect).write({ actors: [change.upsert] });
    else await new Writer(tx, dialect).write({ events: [change.upsert] });
    if (also) await also(tx);
    return true;
  });
}

/** Decides without touching the directory (reject, withdraw), with `also` in the same transaction. */
export async function decideInTransaction(
  db: SqlConnection,
  dialect: Dialect,
  id: string,
  decision: Decision,
  also?: InTransaction,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await new SubmissionQueries(tx).decide(id, decision, tx))) return false;
    if (also) await also(tx);
    return true;
  });
}

/** Clears the e-mails decided at or before `cutoffMs`; `also` gets the purged ids (the audit). */
export async function purgeInTransaction(
  db: SqlConnection,
  dialect: Dialect,
  cutoffMs: number,
  nowMs: number,
  also?: (tx: SqlConnection, ids: string[]) => Promise<void>,
): Promise<string[]> {
  return db.transaction(async (tx) => {
    const ids = await new SubmissionQueries(tx).purgeEmails(cutoffMs, nowMs, tx);
    if (ids.length && also) await also(tx, ids);
    return ids;
  });
}
