import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect } from 'vitest';
import { describeWriteDurability } from './support/write-crash-suite.js';

describeWriteDurability('SQLite', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'saxon-write-crash-')), 'directory.db');
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
});
