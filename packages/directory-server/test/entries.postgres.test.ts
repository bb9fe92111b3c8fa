import { vi } from 'vitest';
import { describeEntryWriteBehaviour } from '../../../scripts/test/directory/entries-behaviour-suite.js';
import { describeEntryWriteContract } from '../../../scripts/test/directory/entries-contract-suite.js';
import { usePostgresCluster } from './support/postgres-cluster.js';
import { writeTarget } from './support/write-target.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const cluster = usePostgresCluster();

const onPostgres = async () =>
  writeTarget({ engine: 'postgres', url: await cluster().createDatabase() });

describeEntryWriteContract('directory server (PostgreSQL)', onPostgres);
describeEntryWriteBehaviour('directory server (PostgreSQL)', onPostgres);
