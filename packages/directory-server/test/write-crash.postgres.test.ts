import postgres from 'postgres';
import { afterAll, beforeAll, expect } from 'vitest';
import { describeWriteDurability } from './support/write-crash-suite.js';
import { startPostgres, type PostgresForTests } from './support/postgres.js';

let cluster: PostgresForTests;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
});

describeWriteDurability('PostgreSQL', async () => {
  const url = await cluster.createDatabase();
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
});
