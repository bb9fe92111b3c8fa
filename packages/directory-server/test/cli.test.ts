import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../src/storage/migrations.js';

/**
 * The built CLI, as an operator runs it (`pnpm build` first; `pnpm test` does). Each test starts
 * Node processes, so timeouts are generous for a loaded machine.
 */
const CLI = new URL('../dist/cli.js', import.meta.url).pathname;

let dir: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm build\` first`);
});
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: cleanEnv() });

/** The caller's environment without a DATABASE_URL that would divert the CLI to PostgreSQL. */
function cleanEnv() {
  const { DATABASE_URL: _url, PORT: _port, HOST: _host, ...env } = process.env;
  return env;
}

const logLines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('saxon-directory CLI', () => {
  it('migrate creates the schema; import and export round-trip JSON', { timeout: 120_000 }, () => {
    dir = mkdtempSync(join(tmpdir(), 'saxon-cli-'));
    const db = join(dir, 'directory.db');
    const migrated = run('migrate', '--db', db);
    expect(migrated.status, migrated.stderr).toBe(0);
    expect(logLines(migrated.stdout)[0]).toMatchObject({
      msg: 'migrated',
      applied: MIGRATIONS.map((m) => m.version).join(','),
    });
    expect(logLines(run('migrate', '--db', db).stdout)[0]).toMatchObject({ applied: '' });

    const data = {
      topics: [{ id: 'robotics', label: { de: 'Robotik', en: 'Robotics' } }],
      actors: [
        {
          id: 'greifbar',
          name: 'Greifbar Robotik UG',
          category: 'company',
          topics: ['robotics'],
          offers: ['software'],
          address: { city: 'Chemnitz', ags: '14511' },
          location: { lat: 50.83, lon: 12.92, precision: 'city' },
          updatedAt: '2026-11-02T08:00:00+01:00',
        },
      ],
      events: [],
    };
    writeFileSync(join(dir, 'in.json'), JSON.stringify(data));
    const imported = run('import', join(dir, 'in.json'), '--db', db);
    expect(imported.status, imported.stderr).toBe(0);
    expect(logLines(imported.stdout).at(-1)).toMatchObject({ msg: 'imported', actors: 1 });
    const exported = run('export', '--db', db, '--out', join(dir, 'out.json'));
    expect(exported.status, exported.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).toEqual(data);
  });

  it(
    'rejects unknown commands and bad options with usage and exit code 2',
    { timeout: 120_000 },
    () => {
      const unknown = run('frobnicate');
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toMatch(/unknown command "frobnicate"[\s\S]*Usage: saxon-directory/);
      expect(run('serve', '--port', 'eighty').status).toBe(2);
      expect(run('serve', '--seed', 'everything').status).toBe(2);
      expect(run('--help').stdout).toMatch(/--cors-origin/);
    },
  );

  it(
    'serve --seed demo answers over HTTP, logs JSON, and stops cleanly on SIGTERM',
    { timeout: 120_000 },
    async () => {
      dir = mkdtempSync(join(tmpdir(), 'saxon-cli-'));
      const db = join(dir, 'directory.db');
      const child = spawn(
        process.execPath,
        [CLI, 'serve', '--db', db, '--port', '0', '--seed', 'demo'],
        {
          env: cleanEnv(),
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const lines: Record<string, unknown>[] = [];
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      const url = await new Promise<string>((resolve, reject) => {
        child.once('exit', () => reject(new Error('serve exited early')));
        createInterface({ input: child.stdout }).on('line', (line) => {
          const entry = JSON.parse(line) as Record<string, unknown>;
          lines.push(entry);
          if (entry.msg === 'listening') resolve(entry.url as string);
        });
      });
      const actors = await fetch(`${url}/directory/v1/actors?limit=1`);
      expect(actors.status).toBe(200);
      expect((await actors.json()).total).toBe(50);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(lines.map((l) => l.msg)).toEqual(
        expect.arrayContaining(['migrations applied', 'seeded', 'listening', 'request', 'stopped']),
      );
      expect(lines.find((l) => l.msg === 'seeded')).toMatchObject({ actors: 50, topics: 17 });
      // Closed cleanly: the WAL was checkpointed into the file and removed.
      expect(existsSync(`${db}-wal`)).toBe(false);
      const check = new DatabaseSync(db, { readOnly: true });
      expect(check.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      expect(check.prepare('SELECT COUNT(*) AS n FROM actors').get()).toEqual({ n: 50 });
      check.close();
    },
  );
});
