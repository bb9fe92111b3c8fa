import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../packages/demo-api/src/node.js';

/** The Node examples run as a user would run them, against a demo API on 127.0.0.1. */
const dir = fileURLToPath(new URL('../../examples/node-sdk/', import.meta.url));
const run = (script: string, ...args: string[]) =>
  promisify(execFile)(process.execPath, [script, '--api', server.url, ...args], {
    cwd: dir,
    timeout: 30_000,
  });

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
});
afterAll(() => server.close());

describe('examples/node-sdk', () => {
  it('upcoming-events prints the next events as a table', async () => {
    const { stdout } = await run('upcoming-events.mjs', '--limit', '5');
    expect(stdout).toMatch(/^\d+ upcoming events; the next 5:/);
    expect(stdout.split('\n').filter((line) => /^│ \d+ +│/.test(line))).toHaveLength(5);
    expect(stdout).toContain('Veranstaltung');
    const english = await run(
      'upcoming-events.mjs',
      '--limit',
      '2',
      '--lang',
      'en',
      '--city',
      'Dresden',
    );
    expect(english.stdout).toContain('event');
  });

  it('export-datasets writes CSV of the matching datasets', async () => {
    const { stdout } = await run('export-datasets.mjs', 'Verkehr');
    const lines = stdout.trim().split('\r\n');
    expect(lines[0]).toBe(
      '"id","title","publisher","modified","licence","formats","themes","landing page"',
    );
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.slice(1).every((line) => /^"[0-9a-f-]{36}",/.test(line))).toBe(true);
  });

  it('export-datasets rejects an unknown portal', async () => {
    await expect(
      run('export-datasets.mjs', 'Verkehr', '--portal', 'atlantis'),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/Unknown portal "atlantis"/),
    });
  });

  it('actors-per-kreis counts every actor once', async () => {
    const { stdout } = await run('actors-per-kreis.mjs');
    const rows = stdout.split('\n').filter((line) => /^│ \d+ +│/.test(line));
    expect(rows).toHaveLength(13);
    const totals = rows.map((line) => Number(line.split('│').at(-2)!.trim()));
    expect(totals.reduce((a, b) => a + b, 0)).toBe(50);
    expect(stdout).toMatch(/Dresden/);
  });
});
