import { describeDirectoryBehaviour } from '../../../scripts/test/directory/behaviour-suite.js';
import { describeDirectoryContract } from '../../../scripts/test/directory/contract-suite.js';
import { testTarget } from './support/server.js';

// The demo API's contract and behaviour suites, run against the server on a fresh SQLite file.
describeDirectoryContract('directory server (SQLite)', () => testTarget({ engine: 'sqlite' }));
describeDirectoryBehaviour('directory server (SQLite)', () => testTarget({ engine: 'sqlite' }));
