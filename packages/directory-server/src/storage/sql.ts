/**
 * The one seam between the directory's queries and a database driver. Statements use `?`
 * placeholders and every value travels as a bound parameter: no user input is ever part of the
 * statement text. Statements contain no literal `?`, so the PostgreSQL driver can number them.
 */
export type SqlValue = string | number | null;

export type Row = Record<string, unknown>;

export interface SqlConnection {
  all<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** Runs `work` in one transaction: all of it is committed, or none of it. */
  transaction<T>(work: (tx: SqlConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A WHERE fragment with its parameters. */
export interface Clause {
  sql: string;
  params: SqlValue[];
}

export function where(clauses: readonly Clause[]): Clause {
  if (clauses.length === 0) return { sql: '', params: [] };
  return {
    sql: ` WHERE ${clauses.map((c) => `(${c.sql})`).join(' AND ')}`,
    params: clauses.flatMap((c) => c.params),
  };
}

/**
 * PostgreSQL text cannot hold NUL, and a NUL in a parameter is an error. No stored value contains
 * one, so a filter or id with NUL must match nothing: U+FFFD keeps it unmatchable, without an error.
 */
export const withoutNul = (text: string): string => text.replaceAll('\u0000', '\uFFFD');
