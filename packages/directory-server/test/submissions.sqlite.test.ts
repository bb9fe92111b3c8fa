import { vi } from 'vitest';
import { describeSubmissions } from '../../../scripts/test/directory/submissions-suite.js';
import { submissionsTarget } from './support/submissions.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

describeSubmissions('directory server (SQLite)', () => submissionsTarget({ engine: 'sqlite' }));
