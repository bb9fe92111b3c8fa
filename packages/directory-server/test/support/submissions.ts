import type { MiddlewareHandler } from 'hono';
import type { SubmissionsTarget } from '../../../../scripts/test/directory/submissions-http.js';
import type { DirectoryServerOptions } from '../../src/server.js';
import { startTestServer, type TestDatabase } from './server.js';

const EDITOR_TOKEN = 'test-editor-token';

/** Interim editor guard for the submission suites until the account foundation is merged. */
const testEditorGuard: MiddlewareHandler = async (c, next) => {
  if (c.req.header('authorization') !== `Bearer ${EDITOR_TOKEN}`)
    return c.json({ type: 'about:blank', title: 'Nicht angemeldet', status: 401 }, 401, {
      'content-type': 'application/problem+json',
    });
  return next();
};

/** A seeded server on 127.0.0.1 with an editor, for the submission suites. */
export async function submissionsTarget(
  database: TestDatabase,
  options: DirectoryServerOptions = {},
): Promise<SubmissionsTarget & { server: Awaited<ReturnType<typeof startTestServer>> }> {
  const server = await startTestServer(database, { requireEditor: testEditorGuard, ...options });
  return {
    url: server.url,
    editor: { authorization: `Bearer ${EDITOR_TOKEN}` },
    server,
    close: () => server.close(),
  };
}
