import { describeCrashSafety } from './support/crash-suite.js';
import { postgresCrashTarget } from './support/crash-targets.js';
import { usePostgresCluster } from './support/postgres-cluster.js';

const cluster = usePostgresCluster();

describeCrashSafety('PostgreSQL', async () =>
  postgresCrashTarget(await cluster().createDatabase()),
);
