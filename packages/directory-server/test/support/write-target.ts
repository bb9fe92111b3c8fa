import type { WriteTarget } from '../../../../scripts/test/directory/entries-contract-suite.js';
import { mintToken } from './accounts.js';
import { startTestServer, type TestDatabase } from './server.js';

/** A seeded test server with two editors (anna, bert) and an admin (chris). */
export async function writeTarget(database: TestDatabase): Promise<WriteTarget> {
  const server = await startTestServer(database);
  return {
    url: server.url,
    tokens: {
      editor: await mintToken(server.storage, 'anna', 'editor'),
      secondEditor: await mintToken(server.storage, 'bert', 'editor'),
      admin: await mintToken(server.storage, 'chris', 'admin'),
    },
    close: server.close,
  };
}
