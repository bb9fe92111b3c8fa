import { postgresCrashTarget } from './support/crash-targets.js';
import { usePostgresCluster } from './support/postgres-cluster.js';
import { describeWriteDurability } from './support/write-crash-suite.js';

const cluster = usePostgresCluster();

describeWriteDurability('PostgreSQL', async () =>
  postgresCrashTarget(await cluster().createDatabase()),
);
