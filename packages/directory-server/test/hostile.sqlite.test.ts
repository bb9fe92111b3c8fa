import { describeHostileCorpus } from './support/hostile-suite.js';

describeHostileCorpus('SQLite', async () => ({ engine: 'sqlite' }));
