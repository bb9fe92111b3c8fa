import { afterAll, beforeAll, vi } from 'vitest';
import { describeEntryWriteBehaviour } from '../../../scripts/test/directory/entries-behaviour-suite.js';
import { describeEntryWriteContract } from '../../../scripts/test/directory/entries-contract-suite.js';
import { startPostgres, type PostgresForTests } from './support/postgres.js';
import { writeTarget } from './support/write-target.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let cluster: PostgresForTests;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
});

const onPostgres = async () =>
  writeTarget({ engine: 'postgres', url: await cluster.createDatabase() });

describeEntryWriteContract('directory server (PostgreSQL)', onPostgres);
describeEntryWriteBehaviour('directory server (PostgreSQL)', onPostgres);
