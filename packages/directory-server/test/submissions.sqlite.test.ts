import { vi } from 'vitest';
import { describeApprovalThroughEntries } from '../../../scripts/test/directory/submission-approval-suite.js';
import { describeHostileSubmissions } from '../../../scripts/test/directory/submissions-hostile.js';
import { describeSubmissions } from '../../../scripts/test/directory/submissions-suite.js';
import { HOSTILE_STRINGS } from './support/hostile-suite.js';
import { submissionsTarget } from './support/submissions.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

describeSubmissions('directory server (SQLite)', () => submissionsTarget({ engine: 'sqlite' }));
describeHostileSubmissions('directory server (SQLite)', HOSTILE_STRINGS, () =>
  submissionsTarget({ engine: 'sqlite' }),
);
describeApprovalThroughEntries('directory server (SQLite)', () =>
  submissionsTarget({ engine: 'sqlite' }),
);
