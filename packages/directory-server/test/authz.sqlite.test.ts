import { vi } from 'vitest';
import { describeAuthorizationMatrix } from '../../../scripts/test/directory/authz-matrix.js';
import { authzTarget } from './support/accounts.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

describeAuthorizationMatrix('directory server (SQLite)', () => authzTarget({ engine: 'sqlite' }));
