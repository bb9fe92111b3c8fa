import { vi } from 'vitest';
import { describeApprovalThroughEntries } from '../../../scripts/test/directory/submission-approval-suite.js';
import { describeHostileSubmissions } from '../../../scripts/test/directory/submissions-hostile.js';
import { describeSubmissions } from '../../../scripts/test/directory/submissions-suite.js';
import { HOSTILE_STRINGS } from './support/hostile-suite.js';
import { usePostgresCluster } from './support/postgres-cluster.js';
import { submissionsTarget } from './support/submissions.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const cluster = usePostgresCluster();

describeSubmissions('directory server (PostgreSQL)', async () =>
  submissionsTarget({ engine: 'postgres', url: await cluster().createDatabase() }),
);
describeHostileSubmissions('directory server (PostgreSQL)', HOSTILE_STRINGS, async () =>
  submissionsTarget({ engine: 'postgres', url: await cluster().createDatabase() }),
);
describeApprovalThroughEntries('directory server (PostgreSQL)', async () =>
  submissionsTarget({ engine: 'postgres', url: await cluster().createDatabase() }),
);
