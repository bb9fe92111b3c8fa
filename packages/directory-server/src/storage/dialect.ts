import { withoutNul, type Clause, type SqlValue } from './sql.js';

export type Engine = 'sqlite' | 'postgres';

/** Tables with a full-text index. */
export type SearchTable = 'actors' | 'events';

/**
 * Everything the two engines do differently at query time, in one place (the schema's
 * differences live beside it in migrations.ts). Values are always parameters; the only text built
 * here is fixed SQL and full-text query syntax over tokens that passed `isIndexToken` (a–z, 0–9).
 */
export interface Dialect {
  engine: Engine;
  /** Byte-wise ordering suffix for text columns (UTF-8 byte order on both engines). */
  binary: string;
  /** `column IN (…values…)` with the list as one JSON parameter, so statement shapes stay few. */
  inList(column: string, values: readonly SqlValue[], type: 'text' | 'integer'): Clause;
  /** Rows whose index holds every token (tokens of three or more characters as prefixes). */
  matches(table: SearchTable, tokens: readonly string[]): Clause;
  /** Statements that (re)index a row's tokens (space-separated). */
  index(table: SearchTable, seq: number, tokens: string): Clause[];
  /** Statements that drop a deleted row from the index (PostgreSQL's lives in the row itself). */
  unindex(table: SearchTable, seq: number): Clause[];
}

const FTS_TABLE: Record<SearchTable, string> = { actors: 'actor_fts', events: 'event_fts' };

export const sqliteDialect: Dialect = {
  engine: 'sqlite',
  binary: '',
  inList: (column, values) => ({
    sql: `${column} IN (SELECT value FROM json_each(?))`,
    params: [JSON.stringify(values)],
  }),
  matches: (table, tokens) => ({
    sql: `seq IN (SELECT rowid FROM ${FTS_TABLE[table]} WHERE ${FTS_TABLE[table]} MATCH ?)`,
    params: [tokens.map((t) => (t.length >= 3 ? `"${t}"*` : `"${t}"`)).join(' AND ')],
  }),
  index: (table, seq, tokens) => [
    { sql: `DELETE FROM ${FTS_TABLE[table]} WHERE rowid = ?`, params: [seq] },
    { sql: `INSERT INTO ${FTS_TABLE[table]} (rowid, tokens) VALUES (?, ?)`, params: [seq, tokens] },
  ],
  unindex: (table, seq) => [
    { sql: `DELETE FROM ${FTS_TABLE[table]} WHERE rowid = ?`, params: [seq] },
  ],
};

export const postgresDialect: Dialect = {
  engine: 'postgres',
  binary: ' COLLATE "C"',
  // The list is sent as text and cast, so the driver never re-encodes it as a JSON value.
  inList: (column, values, type) => ({
    sql:
      type === 'integer'
        ? `${column} IN (SELECT CAST(value AS integer) FROM json_array_elements_text(CAST(CAST(? AS text) AS json)) AS list(value))`
        : `${column} IN (SELECT value FROM json_array_elements_text(CAST(CAST(? AS text) AS json)) AS list(value))`,
    // JSON would spell a NUL as the escape \u0000, which PostgreSQL's json type refuses.
    params: [JSON.stringify(values.map((v) => (typeof v === 'string' ? withoutNul(v) : v)))],
  }),
  // The tsquery is cast, not parsed by a text-search configuration: lexemes stay exactly our
  // folded tokens, whatever the cluster's locale or installed dictionaries (no unaccent needed).
  matches: (_table, tokens) => ({
    sql: 'search @@ CAST(? AS tsquery)',
    params: [tokens.map((t) => (t.length >= 3 ? `'${t}':*` : `'${t}'`)).join(' & ')],
  }),
  index: (table, seq, tokens) => [
    {
      sql: `UPDATE ${table} SET search = array_to_tsvector(string_to_array(?, ' ')) WHERE seq = ?`,
      params: [tokens, seq],
    },
  ],
  unindex: () => [],
};

export const dialects: Record<Engine, Dialect> = {
  sqlite: sqliteDialect,
  postgres: postgresDialect,
};
