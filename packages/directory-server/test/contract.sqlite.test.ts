import { vi } from 'vitest';
import { describeDirectoryBehaviour } from '../../../scripts/test/directory/behaviour-suite.js';
import { describeDirectoryContract } from '../../../scripts/test/directory/contract-suite.js';
import { testTarget } from './support/server.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// The demo API's contract and behaviour suites, run against the server on a fresh SQLite file.
describeDirectoryContract('directory server (SQLite)', () => testTarget({ engine: 'sqlite' }));
describeDirectoryBehaviour('directory server (SQLite)', () => testTarget({ engine: 'sqlite' }));
