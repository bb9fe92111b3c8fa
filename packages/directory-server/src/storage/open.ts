import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';
import { DirectoryStore } from './store.js';
import type { DirectoryStorage } from './types.js';

export interface StorageOptions {
  /** `postgres://…` or `postgresql://…`: PostgreSQL. Wins over `file`. */
  databaseUrl?: string;
  /** SQLite database file (created if missing); `:memory:` for a throwaway one. */
  file?: string;
}

export const DEFAULT_DB_FILE = 'saxon-directory.db';

/** Opens the configured engine. Call `migrate()` before reading. */
export function openStorage(options: StorageOptions = {}): DirectoryStorage {
  const url = options.databaseUrl;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
    }
    return new DirectoryStore(openPostgres(url), 'postgres');
  }
  return new DirectoryStore(openSqlite(options.file ?? DEFAULT_DB_FILE), 'sqlite');
}
