import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type StorageOptions } from '../../src/storage/open.js';

/** The built CLI, as an operator runs it (`pnpm build` first; `pnpm test` does). */
const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
const BATCHES = 16;
const ACTORS_PER_BATCH = 200;
const IN_FLIGHT = 4;
/** At most this many extra imports, killed ever earlier, when the burst killed none in time. */
const EXTRA_KILLS = 6;

export interface CrashTarget {
  /** Environment and flags that point the CLI at the database. */
  env: Record<string, string>;
  args: string[];
  storage: StorageOptions;
  /** Engine-level consistency check after the crashes (PRAGMA integrity_check, …). */
  checkConsistency(): Promise<void>;
}

/** The median of `values` (undefined for none). */
function median(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function batchFile(dir: string, batch: number): string {
  const actors = Array.from({ length: ACTORS_PER_BATCH }, (_, i) => ({
    id: `absturz-${batch}-${i}`,
    name: `Absturztest ${batch} ${i}`,
    category: 'research',
    topics: ['robotics'],
    offers: [],
    address: { city: 'Dresden', ags: '14612' },
    location: { lat: 51.05, lon: 13.74, precision: 'city' },
    updatedAt: '2026-11-01T09:00:00+01:00',
  }));
  const file = join(dir, `batch-${batch}.json`);
  writeFileSync(file, JSON.stringify({ actors }));
  return file;
}

function cliEnv(target: CrashTarget): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, PORT: _port, ...env } = process.env;
  return { ...env, ...target.env };
}

interface ImportRun {
  batch: number;
  durationMs: number;
  /** The process logged "imported": its transaction committed before it could be killed. */
  committed: boolean;
  killed: boolean;
}

/** One `saxon-directory import`; killed with SIGKILL after `killAfterMs` when given. */
function runImport(
  target: CrashTarget,
  file: string,
  batch: number,
  killAfterMs?: number,
): Promise<ImportRun> {
  const child = spawn(process.execPath, [CLI, 'import', file, ...target.args], {
    env: cliEnv(target),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let committed = false;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.includes('"msg":"imported"')) committed = true;
  });
  const started = performance.now();
  const timer =
    killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve) => {
    child.once('close', (_code, signal) => {
      clearTimeout(timer);
      resolve({
        batch,
        durationMs: performance.now() - started,
        committed,
        killed: signal === 'SIGKILL',
      });
    });
  });
}

function startServe(
  target: CrashTarget,
  ...extra: string[]
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...extra, ...target.args], {
    env: cliEnv(target),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve exited early (${code})`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'listening') resolve({ child, url: entry.url! });
    });
  });
}

const killedBeforeCommit = (runs: ImportRun[]) => runs.some((run) => run.killed && !run.committed);

export function describeCrashSafety(name: string, target: () => Promise<CrashTarget>) {
  describe(
    `crash safety: SIGKILL during a burst of imports (${name})`,
    { timeout: 600_000 },
    () => {
      let dir: string;
      let crashTarget: CrashTarget;
      const runs: ImportRun[] = [];

      beforeAll(async () => {
        if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm build\` first`);
        dir = mkdtempSync(join(tmpdir(), 'saxon-crash-'));
        crashTarget = await target();
        // The demo seed brings the topic vocabulary the imported actors use.
        const server = await startServe(crashTarget, '--seed', 'demo');
        let serverKilled = false;
        // Imports run IN_FLIGHT at a time. The first wave runs undisturbed and measures how long an
        // import takes on this machine now; after it, every second import is killed at a random
        // moment between 40 % and 110 % of that time — before, during or just after its write —
        // and the server reading the same database is killed in the middle of the burst.
        for (let first = 0; first < BATCHES; first += IN_FLIGHT) {
          const typical = median(runs.filter((run) => !run.killed).map((run) => run.durationMs));
          const wave = [];
          for (let batch = first; batch < Math.min(first + IN_FLIGHT, BATCHES); batch++) {
            const file = batchFile(dir, batch);
            const kill =
              typical !== undefined && batch % 2 === 1
                ? typical * (0.4 + 0.7 * Math.random())
                : undefined;
            wave.push(runImport(crashTarget, file, batch, kill));
          }
          if (!serverKilled && first >= BATCHES / 2) {
            serverKilled = true;
            fetch(`${server.url}/directory/v1/actors?q=Absturztest`).catch(() => {});
            server.child.kill('SIGKILL');
          }
          runs.push(...(await Promise.all(wave)));
        }
        if (!serverKilled) server.child.kill('SIGKILL');
        // When the machine's load drops during the burst, imports speed up and every kill above
        // can land after its commit. Then a few more imports are killed, each earlier than the
        // last (from 40 % of the typical time down), until one dies before its commit.
        const typical = median(runs.filter((run) => !run.killed).map((run) => run.durationMs)) ?? 0;
        for (let extra = 0; extra < EXTRA_KILLS && !killedBeforeCommit(runs); extra++) {
          const batch = BATCHES + extra;
          const killAfter = typical * 0.4 * 0.7 ** extra;
          runs.push(await runImport(crashTarget, batchFile(dir, batch), batch, killAfter));
        }
      }, 600_000);
      afterAll(() => {
        if (dir) rmSync(dir, { recursive: true, force: true });
      });

      it('killed some imports mid-way and let others commit', () => {
        expect(runs.length).toBeGreaterThanOrEqual(BATCHES);
        expect(runs.filter((run) => run.committed).length).toBeGreaterThanOrEqual(BATCHES / 2);
        // At least one import died before its commit was reported.
        expect(killedBeforeCommit(runs)).toBe(true);
      });

      it('restarted, the database is consistent and lost no committed row; each import is all or nothing', async () => {
        await crashTarget.checkConsistency();
        const storage = openStorage(crashTarget.storage);
        let stored: Set<string>;
        try {
          await storage.migrate();
          stored = new Set((await storage.exportAll()).actors.map((actor) => actor.id));
        } finally {
          await storage.close();
        }
        for (const run of runs) {
          const present = Array.from({ length: ACTORS_PER_BATCH }, (_, i) =>
            stored.has(`absturz-${run.batch}-${i}`),
          );
          const count = present.filter(Boolean).length;
          if (run.committed) expect(count, `batch ${run.batch} committed`).toBe(ACTORS_PER_BATCH);
          else expect([0, ACTORS_PER_BATCH], `batch ${run.batch} killed`).toContain(count);
        }
        // The restarted server serves the same rows, and its search index agrees with the table.
        const server = await startServe(crashTarget);
        try {
          expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
          const crashed = [...stored].filter((id) => id.startsWith('absturz-')).length;
          const search = await (
            await fetch(`${server.url}/directory/v1/actors?q=Absturztest&limit=1`)
          ).json();
          expect(search.total).toBe(crashed);
          const list = await (await fetch(`${server.url}/directory/v1/actors?limit=1`)).json();
          expect(list.total).toBe(stored.size);
        } finally {
          server.child.kill('SIGTERM');
          await new Promise((resolve) => server.child.once('exit', resolve));
        }
        await crashTarget.checkConsistency();
      });
    },
  );
}
