import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { Row, SqlConnection, SqlValue } from './sql.js';

/** Prepared statements are kept by text; statement shapes are bounded (filters present or not). */
const MAX_STATEMENTS = 500;

/**
 * SQLite through Node's built-in `node:sqlite`: one file, WAL journal (readers never block the
 * writer), foreign keys on. The driver is synchronous; a transaction's awaits resolve in
 * microtasks, so no other request runs in the middle of one.
 */
export function openSqlite(file: string): SqlConnection {
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL');
  // FULL: a commit is on disk (WAL synced) before the write is answered, so a confirmed edit
  // survives a power cut too, not only a killed process. Writes are few; reads are unaffected.
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  const statements = new Map<string, StatementSync>();
  let depth = 0;

  function prepared(sql: string): StatementSync {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= MAX_STATEMENTS) statements.clear();
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  }

  const connection: SqlConnection = {
    async all<T extends Row>(sql: string, params: readonly SqlValue[] = []) {
      return prepared(sql).all(...params) as T[];
    },
    async run(sql, params = []) {
      prepared(sql).run(...params);
    },
    async transaction(work) {
      // Nested calls join the outer transaction.
      if (depth > 0) return work(connection);
      db.exec('BEGIN IMMEDIATE');
      depth++;
      try {
        const result = await work(connection);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      } finally {
        depth--;
      }
    },
    async close() {
      statements.clear();
      if (db.isOpen) db.close();
    },
  };
  return connection;
}
