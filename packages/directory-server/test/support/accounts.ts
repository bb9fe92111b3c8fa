import type { AuthzTarget } from '../../../../scripts/test/directory/authz-matrix.js';
import { SUITE_NOW } from '../../../../scripts/test/directory/target.js';
import { accounts, type Role } from '../../src/storage/accounts.js';
import type { DirectoryStorage } from '../../src/storage/types.js';
import { startTestServer, type TestDatabase } from './server.js';

const DAY = 24 * 3600 * 1000;

/** A new account's token, valid for 90 days from `at` (the test servers' clock is SUITE_NOW). */
export async function mintToken(
  storage: DirectoryStorage,
  name: string,
  role: Role,
  at: Date = SUITE_NOW,
): Promise<string> {
  const { token } = await accounts.create(storage.sql, {
    name,
    role,
    now: at,
    expiresAt: new Date(at.getTime() + 90 * DAY),
  });
  return token;
}

/** The tokens the authorization matrix tries, minted in the storage's database. */
export async function matrixTokens(storage: DirectoryStorage): Promise<AuthzTarget['tokens']> {
  const editor = await mintToken(storage, 'Erika Editor', 'editor');
  const admin = await mintToken(storage, 'Anton Admin', 'admin');
  const { token: expired } = await accounts.create(storage.sql, {
    name: 'Alt Admin',
    role: 'admin',
    now: new Date(SUITE_NOW.getTime() - 2 * DAY),
    expiresAt: new Date(SUITE_NOW.getTime() - DAY),
  });
  const revoked = await mintToken(storage, 'Ex Admin', 'admin');
  await accounts.revoke(storage.sql, { name: 'Ex Admin' }, SUITE_NOW);
  return { editor, admin, expired, revoked };
}

/** A seeded test server with the matrix's accounts. */
export async function authzTarget(database: TestDatabase): Promise<AuthzTarget> {
  const server = await startTestServer(database);
  return { url: server.url, tokens: await matrixTokens(server.storage), close: server.close };
}
