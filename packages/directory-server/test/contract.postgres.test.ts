import { afterAll, beforeAll } from 'vitest';
import { describeDirectoryBehaviour } from '../../../scripts/test/directory/behaviour-suite.js';
import { describeDirectoryContract } from '../../../scripts/test/directory/contract-suite.js';
import { startPostgres, type PostgresForTests } from './support/postgres.js';
import { testTarget } from './support/server.js';

// The demo API's contract and behaviour suites, run against the server on a real PostgreSQL.
let cluster: PostgresForTests;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
});

const onPostgres = async () =>
  testTarget({ engine: 'postgres', url: await cluster.createDatabase() });

describeDirectoryContract('directory server (PostgreSQL)', onPostgres);
describeDirectoryBehaviour('directory server (PostgreSQL)', onPostgres);
