import { afterAll, beforeAll } from 'vitest';
import { startPostgres, type PostgresForTests } from './postgres.js';

/**
 * One throwaway PostgreSQL for the calling test file: started before its tests, stopped after
 * them. Returns the running cluster; call it inside tests or target factories, never at load time.
 */
export function usePostgresCluster(): () => PostgresForTests {
  let cluster: PostgresForTests | undefined;
  beforeAll(async () => {
    cluster = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  });
  return () => {
    if (!cluster) throw new Error('The PostgreSQL cluster is not running (used outside a test?)');
    return cluster;
  };
}
