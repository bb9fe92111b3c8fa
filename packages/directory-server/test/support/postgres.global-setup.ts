import { startPostgres } from './postgres.js';

/**
 * Global setup of the node project: on CI, one throwaway PostgreSQL cluster for the whole run
 * instead of one per test file (initdb and start cost seconds each, nine files use one). Every file
 * still gets its own empty database (`createDatabase()`), so no file sees another's data; the files
 * run one after another anyway (one node worker on the 2-core CI machine).
 *
 * The cluster is handed to the files as `SAXON_TEST_DATABASE_URL`, the setting a developer uses for
 * a running server (see support/postgres.ts): set before vitest starts its workers, it is in their
 * environment. Outside CI, or when that setting is given, nothing starts here and each file starts
 * its own cluster as before, so a run of one unrelated file does not pay for a cluster. Without
 * PostgreSQL nothing starts either: the files then fail with the message that says how to install it.
 */
export default async function setup() {
  if (!process.env['CI'] || process.env['SAXON_TEST_DATABASE_URL']) return;
  let cluster;
  try {
    cluster = await startPostgres();
  } catch (error) {
    console.warn(`No shared PostgreSQL for this run (each file tries its own): ${String(error)}`);
    return;
  }
  process.env['SAXON_TEST_DATABASE_URL'] = cluster.adminUrl;
  return async () => {
    delete process.env['SAXON_TEST_DATABASE_URL'];
    await cluster.stop();
  };
}
