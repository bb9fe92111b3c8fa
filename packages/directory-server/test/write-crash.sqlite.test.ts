import { sqliteCrashTarget } from './support/crash-targets.js';
import { describeWriteDurability } from './support/write-crash-suite.js';

describeWriteDurability('SQLite', async () => sqliteCrashTarget('saxon-write-crash-'));
