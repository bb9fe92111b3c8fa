import { afterEach, describe, expect, it, vi } from 'vitest';
import { SUITE_NOW } from '../../../scripts/test/directory/target.js';
import { accounts, hashToken, TOKEN_PATTERN } from '../src/storage/accounts.js';
import { mintToken } from './support/accounts.js';
import { startTestServer } from './support/server.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

type Server = Awaited<ReturnType<typeof startTestServer>>;
const running: Server[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.close();
});

async function start() {
  const server = await startTestServer({ engine: 'sqlite' });
  running.push(server);
  return server;
}

const AUDIT = '/directory/v1/moderation/audit';

describe('accounts and bearer tokens', () => {
  it('a fresh database has no account and accepts no token: there are no default credentials', async () => {
    const server = await start();
    expect(await server.storage.sql.all('SELECT id FROM accounts')).toEqual([]);
    const guesses = [
      undefined,
      'Bearer admin',
      'Bearer editor',
      'Bearer saxon-directory',
      'Bearer changeme',
      `Bearer sxd_${'A'.repeat(43)}`,
      `Bearer sxd_${'0'.repeat(43)}`,
      `Bearer sxd_${'_'.repeat(43)}`,
      'Basic YWRtaW46YWRtaW4=',
    ];
    for (const authorization of guesses) {
      const response = await fetch(`${server.url}${AUDIT}`, {
        headers: authorization ? { authorization } : {},
      });
      expect(response.status, authorization).toBe(401);
    }
  });

  it('stores only the SHA-256 of a token, never the token, and finds the account by it', async () => {
    const server = await start();
    const { account, token } = await accounts.create(server.storage.sql, {
      name: 'Erika Editor',
      role: 'editor',
      now: SUITE_NOW,
      expiresAt: new Date(SUITE_NOW.getTime() + 3600_000),
    });
    expect(token).toMatch(TOKEN_PATTERN);
    const rows = await server.storage.sql.all<Record<string, unknown>>('SELECT * FROM accounts');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token.slice(4));
    expect(await server.storage.authenticate(token, SUITE_NOW)).toEqual(account);
    expect(account).toEqual({
      id: account.id,
      name: 'Erika Editor',
      role: 'editor',
      createdAt: SUITE_NOW.toISOString(),
      expiresAt: new Date(SUITE_NOW.getTime() + 3600_000).toISOString(),
    });
  });

  it('a token works until its expiry and not a millisecond after', async () => {
    const server = await start();
    const expiresAt = new Date(SUITE_NOW.getTime() + 3600_000);
    const { token } = await accounts.create(server.storage.sql, {
      name: 'Kurz',
      role: 'admin',
      now: SUITE_NOW,
      expiresAt,
    });
    expect(
      await server.storage.authenticate(token, new Date(expiresAt.getTime() - 1)),
    ).toBeDefined();
    expect(await server.storage.authenticate(token, expiresAt)).toBeUndefined();
  });

  it('revoking ends a token at once; the name can then get a new token', async () => {
    const server = await start();
    const first = await mintToken(server.storage, 'Erika Editor', 'editor');
    const call = (token: string) =>
      fetch(`${server.url}${AUDIT}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await call(first)).status).toBe(200);
    await expect(mintToken(server.storage, 'Erika Editor', 'editor')).rejects.toThrow(
      /already has a valid token/,
    );
    expect(await accounts.revoke(server.storage.sql, { name: 'Erika Editor' }, SUITE_NOW)).toBe(1);
    expect((await call(first)).status).toBe(401);
    const second = await mintToken(server.storage, 'Erika Editor', 'editor');
    expect(second).not.toBe(first);
    expect((await call(second)).status).toBe(200);
    expect((await call(first)).status).toBe(401);
  });

  it('refuses account names that are e-mail addresses or control characters, and past expiries', async () => {
    const server = await start();
    const create = (name: string, expiresAt = new Date(SUITE_NOW.getTime() + 1000)) =>
      accounts.create(server.storage.sql, { name, role: 'editor', now: SUITE_NOW, expiresAt });
    await expect(create('erika@example.org')).rejects.toThrow(/no e-mail/);
    await expect(create('Erika\nAdmin')).rejects.toThrow(/account name/);
    await expect(create('')).rejects.toThrow(/account name/);
    await expect(create('Erika', SUITE_NOW)).rejects.toThrow(/future/);
  });

  it('write answers are never cached and never CORS-open without a configured origin', async () => {
    const server = await start();
    const token = await mintToken(server.storage, 'Erika Editor', 'editor');
    const response = await fetch(`${server.url}${AUDIT}`, {
      headers: { authorization: `Bearer ${token}`, origin: 'https://elsewhere.example' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    // Read routes stay open.
    const read = await fetch(`${server.url}/directory/v1/topics`, {
      headers: { origin: 'https://elsewhere.example' },
    });
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
  });
});
