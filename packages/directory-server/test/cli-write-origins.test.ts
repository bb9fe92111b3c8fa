import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

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

function cleanEnv(extra: Record<string, string> = {}) {
  const {
    DATABASE_URL: _url,
    PORT: _port,
    HOST: _host,
    SAXON_WRITE_ORIGINS: _w,
    ...env
  } = process.env;
  return { ...env, ...extra };
}

describe('saxon-directory serve: write origins', () => {
  it(
    'refuses a write origin that is not an exact http(s) origin, with exit code 2',
    { timeout: 120_000 },
    () => {
      for (const origin of [
        '*',
        'karte.example',
        'https://karte.example/',
        'https://karte.example/path',
        'ftp://karte.example',
      ]) {
        const result = spawnSync(
          process.execPath,
          [CLI, 'serve', '--port', '0', '--write-origin', origin],
          {
            encoding: 'utf8',
            env: cleanEnv(),
          },
        );
        expect(result.status, origin).toBe(2);
        expect(result.stderr).toMatch(/--write-origin must be an origin/);
      }
    },
  );

  it(
    'takes SAXON_WRITE_ORIGINS (comma-separated) and answers those origins on write routes',
    { timeout: 120_000 },
    async () => {
      dir = mkdtempSync(join(tmpdir(), 'saxon-cors-'));
      const child = spawn(
        process.execPath,
        [CLI, 'serve', '--db', join(dir, 'd.db'), '--port', '0'],
        {
          env: cleanEnv({ SAXON_WRITE_ORIGINS: 'https://a.example, https://b.example:8443' }),
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      try {
        const url = await new Promise<string>((resolve, reject) => {
          child.once('exit', () => reject(new Error('serve exited early')));
          createInterface({ input: child.stdout }).on('line', (line) => {
            const entry = JSON.parse(line) as { msg: string; url?: string };
            if (entry.msg === 'listening') resolve(entry.url!);
          });
        });
        const allowed = async (origin: string) =>
          (
            await fetch(`${url}/directory/v1/moderation/audit`, {
              method: 'OPTIONS',
              headers: { origin, 'access-control-request-method': 'GET' },
            })
          ).headers.get('access-control-allow-origin');
        expect(await allowed('https://a.example')).toBe('https://a.example');
        expect(await allowed('https://b.example:8443')).toBe('https://b.example:8443');
        expect(await allowed('https://c.example')).toBeNull();
      } finally {
        child.kill('SIGTERM');
        expect(await exited).toBe(0);
      }
    },
  );
});
