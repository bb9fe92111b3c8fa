import { vi } from 'vitest';
import { describeEntryWriteBehaviour } from '../../../scripts/test/directory/entries-behaviour-suite.js';
import { describeEntryWriteContract } from '../../../scripts/test/directory/entries-contract-suite.js';
import { writeTarget } from './support/write-target.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

describeEntryWriteContract('directory server (SQLite)', () => writeTarget({ engine: 'sqlite' }));
describeEntryWriteBehaviour('directory server (SQLite)', () => writeTarget({ engine: 'sqlite' }));
