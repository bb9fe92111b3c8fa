import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SUITE_NOW,
  targetOver,
  type DirectoryTarget,
} from '../../../../scripts/test/directory/target.js';
import { silentLogger } from '../../src/http/log.js';
import {
  startDirectoryServer,
  type DirectoryServer,
  type DirectoryServerOptions,
} from '../../src/server.js';

/** Where a test server keeps its data. */
export type TestDatabase = { engine: 'sqlite' } | { engine: 'postgres'; url: string };

/**
 * The directory server on port 0 over a fresh database seeded with the demo data at SUITE_NOW
 * (the shared suites' clock), reached over real HTTP.
 */
export async function startTestServer(
  database: TestDatabase,
  options: DirectoryServerOptions = {},
): Promise<DirectoryServer & { dir?: string }> {
  let dir: string | undefined;
  const where =
    database.engine === 'postgres'
      ? { databaseUrl: database.url }
      : { file: join((dir = mkdtempSync(join(tmpdir(), 'saxon-dir-'))), 'directory.db') };
  const server = await startDirectoryServer({
    port: 0,
    seed: 'demo',
    now: () => SUITE_NOW,
    logger: silentLogger,
    ...where,
    ...options,
  });
  return {
    ...server,
    ...(dir ? { dir } : {}),
    async close() {
      await server.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function testTarget(database: TestDatabase): Promise<DirectoryTarget> {
  const server = await startTestServer(database);
  return targetOver(fetch, server.url, () => server.close());
}
