import { afterAll, beforeAll } from 'vitest';
import { describeHostileCorpus } from './support/hostile-suite.js';
import { startPostgres, type PostgresForTests } from './support/postgres.js';

let cluster: PostgresForTests;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
});

describeHostileCorpus('PostgreSQL', async () => ({
  engine: 'postgres',
  url: await cluster.createDatabase(),
}));
