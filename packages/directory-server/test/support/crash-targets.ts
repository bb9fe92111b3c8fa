// The two engines as targets of the crash suites (./crash-suite.ts, ./write-crash-suite.ts), each
// with the engine's own check that nothing half-written survived the kills.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import postgres from 'postgres';
import { expect } from 'vitest';
import type { CrashTarget } from './crash-suite.js';

/** A fresh SQLite file in a new temp dir named after `prefix`. */
export function sqliteCrashTarget(prefix: string): CrashTarget {
  const file = join(mkdtempSync(join(tmpdir(), prefix)), 'directory.db');
  return {
    env: {},
    args: ['--db', file],
    storage: { file },
    async checkConsistency() {
      const db = new DatabaseSync(file);
      try {
        expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
        expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
        // FTS5 verifies its index against its content; a torn write would fail here.
        db.exec("INSERT INTO actor_fts(actor_fts) VALUES('integrity-check')");
        db.exec("INSERT INTO event_fts(event_fts) VALUES('integrity-check')");
      } finally {
        db.close();
      }
    },
  };
}

/** The PostgreSQL database at `url` (a fresh one from the test cluster). */
export function postgresCrashTarget(url: string): CrashTarget {
  return {
    env: { DATABASE_URL: url },
    args: [],
    storage: { databaseUrl: url },
    async checkConsistency() {
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      try {
        // Every topic link and search vector belongs to a stored actor; no half-written actor.
        const [orphans] =
          await sql`SELECT count(*)::int AS n FROM actor_topics t LEFT JOIN actors a ON a.seq = t.actor_seq WHERE a.seq IS NULL`;
        expect(orphans).toEqual({ n: 0 });
        const [unindexed] =
          await sql`SELECT count(*)::int AS n FROM actors WHERE search = ''::tsvector`;
        expect(unindexed).toEqual({ n: 0 });
        const [duplicates] =
          await sql`SELECT count(*)::int AS n FROM (SELECT id FROM actors GROUP BY id HAVING count(*) > 1) d`;
        expect(duplicates).toEqual({ n: 0 });
      } finally {
        await sql.end();
      }
    },
  };
}
