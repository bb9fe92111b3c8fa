import { vi } from 'vitest';
import { describeAuthorizationMatrix } from '../../../scripts/test/directory/authz-matrix.js';
import { authzTarget } from './support/accounts.js';
import { usePostgresCluster } from './support/postgres-cluster.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const cluster = usePostgresCluster();

describeAuthorizationMatrix('directory server (PostgreSQL)', async () =>
  authzTarget({ engine: 'postgres', url: await cluster().createDatabase() }),
);
