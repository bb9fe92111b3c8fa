import type { EventRecord } from '../io/model.js';
import type { Actor, DirectoryEvent } from '../model.js';
import type { Dialect } from './dialect.js';
import { EntryTransaction, type EntryWriteOptions } from './entries.js';
import type { SqlConnection } from './sql.js';
import { SubmissionQueries, type Decision, type SubmissionKind } from './submissions.js';

/** What approving a submission does to the directory. */
export type EntryChange =
  | { kind: 'actor'; put: Actor }
  | { kind: 'event'; put: DirectoryEvent }
  | { kind: SubmissionKind; remove: string };

/** Work the caller adds to the same transaction, e.g. the audit record. */
export type InTransaction = (tx: SqlConnection) => Promise<unknown>;

/**
 * Decides a submission and applies its change in ONE transaction, through the same entry writes
 * the editors use (revision, data version and the one audit record, action `approve`): either the
 * entry changed and the submission is `approved`, or nothing happened. `options` carries the
 * condition (`ifRevision` for an update or removal, `createOnly` for a create) — a refusal throws
 * PreconditionFailedError/EntryNotFoundError and rolls the decision back too. Returns the entry's
 * new revision, or undefined when the submission was no longer open. An unpublished entry stays
 * unpublished (a replace keeps the flag).
 */
export async function approveInTransaction(
  db: SqlConnection,
  dialect: Dialect,
  id: string,
  change: EntryChange,
  decision: Decision,
  options: EntryWriteOptions,
): Promise<number | undefined> {
  return db.transaction(async (tx) => {
    const queries = new SubmissionQueries(tx);
    if (!(await queries.decide(id, decision, tx))) return undefined;
    const entries = new EntryTransaction(tx, dialect);
    if ('remove' in change) return entries.remove(change.kind, change.remove, options);
    if (change.kind === 'actor') return entries.putActor(change.put, options);
    return entries.putEvent(change.put as unknown as EventRecord, options);
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
