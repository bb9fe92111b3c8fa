import type { SubmissionsTarget } from '../../../../scripts/test/directory/submissions-http.js';
import type { DirectoryServerOptions } from '../../src/server.js';
import { mintToken } from './accounts.js';
import { startTestServer, type TestDatabase } from './server.js';

/**
 * A seeded server on 127.0.0.1 with a real editor account, for the submission suites. The rate
 * limit of `POST /submissions` is lifted (a suite submits dozens from one address) unless a test
 * sets its own; the abuse test checks the real one.
 */
export async function submissionsTarget(
  database: TestDatabase,
  options: DirectoryServerOptions = {},
): Promise<SubmissionsTarget & { server: Awaited<ReturnType<typeof startTestServer>> }> {
  const server = await startTestServer(database, {
    submissionRateLimit: { windows: [{ limit: 1_000_000, windowMs: 60_000 }] },
    ...options,
  });
  const token = await mintToken(server.storage, 'Erika Editor', 'editor');
  return {
    url: server.url,
    editor: { authorization: `Bearer ${token}` },
    editorName: 'Erika Editor',
    server,
    close: () => server.close(),
  };
}
