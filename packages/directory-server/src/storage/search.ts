import { isIndexToken, textScore } from '../text.js';
import type { Dialect, SearchTable } from './dialect.js';
import { where, type SqlConnection } from './sql.js';

const TOKEN_COLUMNS: Record<SearchTable, [string, string, string]> = {
  actors: ['name_tokens', 'mid_tokens', 'body_tokens'],
  events: ['title_tokens', 'mid_tokens', 'body_tokens'],
};

/**
 * Rows matching a free-text query, with their relevance. The engine's full-text index narrows
 * the candidates (FTS5 or tsvector, every token as a prefix); `textScore` then decides on the
 * stored tokens, so both engines accept exactly the same rows and rank them the same way.
 */
export async function textMatches(
  db: SqlConnection,
  dialect: Dialect,
  table: SearchTable,
  tokens: readonly string[],
): Promise<Map<number, number>> {
  const indexTokens = [...new Set(tokens.filter(isIndexToken))];
  const filter = where(indexTokens.length ? [dialect.matches(table, indexTokens)] : []);
  const columns = TOKEN_COLUMNS[table];
  const rows = await db.all<Record<string, string> & { seq: number }>(
    `SELECT seq, ${columns.join(', ')} FROM ${table}${filter.sql}`,
    filter.params,
  );
  const scores = new Map<number, number>();
  for (const row of rows) {
    const fields = columns.map((column) => (row[column] ? row[column].split(' ') : []));
    const score = textScore(tokens, fields);
    if (score > 0) scores.set(Number(row.seq), score);
  }
  return scores;
}

/** Facet counts, most frequent first, ties by value (the order the demo API gives). */
export function sortFacet(rows: readonly { value: unknown; count: unknown }[]) {
  return rows
    .map((row) => ({ value: String(row.value), count: Number(row.count) }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
