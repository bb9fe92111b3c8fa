import type { Logger } from '../http/log.js';
import { audit } from '../storage/audit.js';
import type { SqlConnection } from '../storage/sql.js';
import type { DirectoryStorage } from '../storage/types.js';

/** Default days a submitter's e-mail is kept after the decision (DSGVO: only as long as needed). */
export const DEFAULT_EMAIL_RETENTION_DAYS = 30;
/** How often `serve` looks for e-mails past their retention. */
export const PURGE_INTERVAL_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PurgeOptions {
  retentionDays: number;
  now: () => Date;
  log: Logger;
}

/** One audit entry per purged submission, by `system`, in the purge's transaction. */
async function auditPurge(tx: SqlConnection, ids: string[], at: Date) {
  for (const id of ids)
    await audit.record(tx, {
      editor: 'system',
      role: 'system',
      action: 'purge',
      kind: 'submission',
      entityId: id,
      submissionId: id,
      note: 'submitter e-mail deleted after the retention period',
      at,
    });
}

/**
 * Deletes the e-mail of every submission decided (approved, rejected, withdrawn) at least
 * `retentionDays` ago. The submission itself, its decision and the audit stay: only the address
 * goes. Returns how many were purged.
 */
export async function purgeSubmitterEmails(
  storage: DirectoryStorage,
  options: PurgeOptions,
): Promise<number> {
  const at = options.now();
  const cutoff = at.getTime() - options.retentionDays * DAY_MS;
  const ids = await storage.purgeSubmitterEmails(cutoff, at.getTime(), (tx, purged) =>
    auditPurge(tx, purged, at),
  );
  if (ids.length)
    options.log({ level: 'info', msg: 'submitter e-mails purged', count: ids.length });
  return ids.length;
}

/** Runs the purge now and then every `intervalMs`; the timer never keeps the process alive. */
export function schedulePurge(
  storage: DirectoryStorage,
  options: PurgeOptions & { intervalMs?: number },
): () => void {
  const run = () =>
    purgeSubmitterEmails(storage, options).catch((error: Error) =>
      options.log({ level: 'error', msg: 'purge failed', error: error.message }),
    );
  void run();
  const timer = setInterval(run, options.intervalMs ?? PURGE_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
