import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it, vi } from 'vitest';
import { describeDirectoryBehaviour } from '../../../scripts/test/directory/behaviour-suite.js';
import { describeDirectoryContract } from '../../../scripts/test/directory/contract-suite.js';
import { LATEST_VERSION } from '../src/storage/migrations.js';
import { usePostgresCluster } from './support/postgres-cluster.js';
import { testTarget } from './support/server.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// The demo API's contract and behaviour suites, run against the server on a real PostgreSQL.
const cluster = usePostgresCluster();

const onPostgres = async () =>
  testTarget({ engine: 'postgres', url: await cluster().createDatabase() });

describeDirectoryContract('directory server (PostgreSQL)', onPostgres);
describeDirectoryBehaviour('directory server (PostgreSQL)', onPostgres);

describe('saxon-directory serve with DATABASE_URL', () => {
  it('migrates, seeds and serves from PostgreSQL, then stops cleanly', async () => {
    const cli = new URL('../dist/cli.js', import.meta.url).pathname;
    const url = await cluster().createDatabase();
    const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--seed', 'demo'], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const messages: string[] = [];
    const base = await new Promise<string>((resolve, reject) => {
      child.once('exit', () => reject(new Error(`serve exited early: ${messages.join(', ')}`)));
      createInterface({ input: child.stdout }).on('line', (line) => {
        const entry = JSON.parse(line) as { msg: string; url?: string; engine?: string };
        messages.push(entry.msg);
        if (entry.msg === 'listening') resolve(entry.url!);
      });
    });
    const ready = await fetch(`${base}/readyz`);
    expect(await ready.json()).toEqual({
      status: 'ready',
      engine: 'postgres',
      schemaVersion: LATEST_VERSION,
    });
    const actors = await fetch(`${base}/directory/v1/actors?q=Robotik`);
    expect(actors.headers.get('server-timing')).toMatch(/^db;desc="postgres"/);
    expect((await actors.json()).total).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(messages).toEqual(expect.arrayContaining(['seeded', 'stopped']));
  }, 60_000);
});
