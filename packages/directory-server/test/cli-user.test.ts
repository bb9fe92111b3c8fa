import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStorage } from '../src/storage/open.js';

/** The built CLI, as an operator runs it (`pnpm build` first; `pnpm test` does). */
const CLI = new URL('../dist/cli.js', import.meta.url).pathname;

let dir: string | undefined;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm build\` first`);
});
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function cleanEnv() {
  const { DATABASE_URL: _url, SAXON_DIRECTORY_DB: _db, ...env } = process.env;
  return env;
}

const run = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: cleanEnv() });

describe('saxon-directory user', () => {
  it(
    'user add prints the token once on its last line; list never shows a token or hash; revoke ends it',
    { timeout: 120_000 },
    async () => {
      dir = mkdtempSync(join(tmpdir(), 'saxon-user-'));
      const db = join(dir, 'directory.db');
      const added = run('user', 'add', '--role', 'editor', '--db', db, 'Erika Editor');
      expect(added.status, added.stderr).toBe(0);
      const lines = added.stdout.trimEnd().split('\n');
      const token = lines.at(-1)!;
      expect(token).toMatch(/^sxd_[A-Za-z0-9_-]{43}$/);
      expect(added.stdout.split(token)).toHaveLength(2);
      expect(added.stdout).toMatch(/editor "Erika Editor"/);

      const storage = openStorage({ file: db });
      try {
        const account = await storage.authenticate(token, new Date());
        expect(account).toMatchObject({ name: 'Erika Editor', role: 'editor' });
        // Default lifetime: 90 days.
        const days = (Date.parse(account!.expiresAt) - Date.parse(account!.createdAt)) / 86_400_000;
        expect(days).toBe(90);
        const [row] = await storage.sql.all<{ token_hash: string }>(
          'SELECT token_hash FROM accounts',
        );

        const listed = run('user', 'list', '--db', db);
        expect(listed.status, listed.stderr).toBe(0);
        expect(listed.stdout).toMatch(/Erika Editor\s+editor\s+\S+\s+\S+\s+active/);
        expect(listed.stdout).not.toContain(token);
        expect(listed.stdout).not.toContain(token.slice(4, 20));
        expect(listed.stdout).not.toContain(row!.token_hash.slice(0, 16));

        expect(run('user', 'add', '--role', 'admin', '--db', db, 'Erika Editor').status).toBe(2);
        const revoked = run('user', 'revoke', '--db', db, 'Erika Editor');
        expect(revoked.status, revoked.stderr).toBe(0);
        expect(await storage.authenticate(token, new Date())).toBeUndefined();
        expect(run('user', 'list', '--db', db).stdout).not.toMatch(/Erika/);
        expect(run('user', 'list', '--all', '--db', db).stdout).toMatch(/Erika Editor.*revoked/);
        expect(run('user', 'revoke', '--db', db, 'Erika Editor').status).toBe(1);
      } finally {
        await storage.close();
      }
    },
  );

  it(
    'honours --expires-in and refuses bad roles, lifetimes and names with exit code 2',
    { timeout: 120_000 },
    () => {
      dir = mkdtempSync(join(tmpdir(), 'saxon-user-'));
      const db = join(dir, 'directory.db');
      const added = run(
        'user',
        'add',
        '--role',
        'admin',
        '--expires-in',
        '12h',
        '--db',
        db,
        'Anton',
      );
      expect(added.status, added.stderr).toBe(0);
      const until = /valid until (\S+)\./.exec(added.stdout)![1]!;
      const hours = (Date.parse(until) - Date.now()) / 3600_000;
      expect(hours).toBeGreaterThan(11.9);
      expect(hours).toBeLessThanOrEqual(12);
      for (const args of [
        ['user', 'add', '--db', db, 'Ohne Rolle'],
        ['user', 'add', '--role', 'root', '--db', db, 'Wurzel'],
        ['user', 'add', '--role', 'editor', '--expires-in', 'never', '--db', db, 'Ewig'],
        ['user', 'add', '--role', 'editor', '--expires-in', '400d', '--db', db, 'Lang'],
        ['user', 'add', '--role', 'editor', '--db', db, 'erika@example.org'],
        ['user', 'frobnicate', '--db', db],
      ]) {
        const result = run(...args);
        expect(result.status, args.join(' ')).toBe(2);
        expect(result.stdout).not.toMatch(/sxd_/);
      }
    },
  );
});
