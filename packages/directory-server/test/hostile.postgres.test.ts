import { describeHostileCorpus } from './support/hostile-suite.js';
import { usePostgresCluster } from './support/postgres-cluster.js';

const cluster = usePostgresCluster();

describeHostileCorpus('PostgreSQL', async () => ({
  engine: 'postgres',
  url: await cluster().createDatabase(),
}));
