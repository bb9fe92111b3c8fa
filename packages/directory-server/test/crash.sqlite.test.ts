import { describeCrashSafety } from './support/crash-suite.js';
import { sqliteCrashTarget } from './support/crash-targets.js';

describeCrashSafety('SQLite', async () => sqliteCrashTarget('saxon-crash-db-'));
