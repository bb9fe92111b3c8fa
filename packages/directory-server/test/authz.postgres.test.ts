import { afterAll, beforeAll, vi } from 'vitest';
import { describeAuthorizationMatrix } from '../../../scripts/test/directory/authz-matrix.js';
import { authzTarget } from './support/accounts.js';
import { startPostgres, type PostgresForTests } from './support/postgres.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let cluster: PostgresForTests;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
});

describeAuthorizationMatrix('directory server (PostgreSQL)', async () =>
  authzTarget({ engine: 'postgres', url: await cluster.createDatabase() }),
);
