import postgres from 'postgres';
import { withoutNul, type Row, type SqlConnection, type SqlValue } from './sql.js';

/** `?` placeholders → `$1, $2, …` (our statements never contain a literal question mark). */
export function numberPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

type Client = postgres.Sql | postgres.TransactionSql;

function connectionOver(client: Client, isTransaction: boolean): SqlConnection {
  // `unsafe` is the driver's name for "statement text given as a string"; the values are still
  // sent separately as bound parameters of a named prepared statement.
  const query = (sql: string, params: readonly SqlValue[]) =>
    client.unsafe(
      numberPlaceholders(sql),
      params.map((value) => (typeof value === 'string' ? withoutNul(value) : value)),
      { prepare: true },
    );
  const connection: SqlConnection = {
    async all<T extends Row>(sql: string, params: readonly SqlValue[] = []) {
      return (await query(sql, params)) as unknown as T[];
    },
    async run(sql, params = []) {
      await query(sql, params);
    },
    async transaction(work) {
      if (isTransaction) return work(connection);
      return (await (client as postgres.Sql).begin((tx) =>
        work(connectionOver(tx, true)),
      )) as Awaited<ReturnType<typeof work>>;
    },
    async close() {
      if (!isTransaction) await (client as postgres.Sql).end({ timeout: 5 });
    },
  };
  return connection;
}

/** PostgreSQL 15+ through the `postgres` driver (no dependencies of its own); a small pool. */
export function openPostgres(url: string, options: { max?: number } = {}): SqlConnection {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // Counts and ids come back as numbers, not strings.
    types: {
      bigint: {
        to: 20,
        from: [20],
        serialize: (value: number) => String(value),
        parse: (value: string) => Number(value),
      },
    },
    connection: { application_name: 'saxon-directory' },
  });
  return connectionOver(client, false);
}
