#!/usr/bin/env node
// Issue 22 acceptance, as a measurement rather than a test assertion (timings on a shared machine
// belong in a benchmark): p99 latency of `GET /actors` for readers while idle and while one client
// sends 1,000 `POST /submissions` within a minute (one every 60 ms, not waiting for answers)
// against the default rate limit. Readers read sequentially for the whole minute.
// Prints the figures and exits 1 when the p99 under the flood exceeds 2× the idle p99.
//
//   pnpm --filter @saxon-ai/directory-server build && node bench/submission-abuse.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const READS = 400;
const FLOOD = 1000;
const FLOOD_INTERVAL_MS = 60;
const dir = mkdtempSync(join(tmpdir(), 'saxon-abuse-'));
// The server in a process of its own, as `serve` runs it: the load generator here must not charge
// its work to the server's event loop.
const cli = new URL('../packages/directory-server/dist/cli.js', import.meta.url).pathname;
const child = spawn(
  process.execPath,
  [cli, 'serve', '--port', '0', '--seed', 'demo', '--db', join(dir, 'directory.db')],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const server = {
  url: await new Promise((resolve, reject) => {
    child.once('exit', () => reject(new Error('serve exited early')));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line);
      if (entry.msg === 'listening') resolve(entry.url);
    });
  }),
  close: () =>
    new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    }),
};
const body = JSON.stringify({
  kind: 'actor',
  action: 'create',
  data: {
    name: 'Flut GmbH',
    category: 'company',
    address: { city: 'Dresden' },
    location: { lat: 51.05, lon: 13.74, precision: 'city' },
  },
  submitter: { name: 'F', email: 'f@beispiel.example' },
  consent: true,
});

/** Sequential reads with distinct queries (no response-cache hits); latencies in ms. */
async function readLatencies(from, until = () => true) {
  const times = [];
  for (let i = from; i < from + READS || !until(); i++) {
    const started = performance.now();
    const answer = await fetch(
      `${server.url}/directory/v1/actors?q=ki&limit=20&offset=${i % 60}&city=c${i}`,
    );
    await answer.arrayBuffer();
    if (answer.status !== 200) throw new Error(`reader got ${answer.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

const p99 = (times) => [...times].sort((a, b) => a - b)[Math.ceil(times.length * 0.99) - 1];

await readLatencies(100_000); // warm-up
const idle = await readLatencies(0);
const statuses = new Map();
let flooding = true;
const flood = async () => {
  const answers = [];
  for (let i = 0; i < FLOOD; i++) {
    answers.push(
      fetch(`${server.url}/directory/v1/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then(async (answer) => {
        await answer.arrayBuffer();
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, FLOOD_INTERVAL_MS));
  }
  await Promise.all(answers);
  flooding = false;
};
const [underFlood] = await Promise.all([readLatencies(READS, () => !flooding), flood()]);
await server.close();
rmSync(dir, { recursive: true, force: true });

const result = {
  idleP99Ms: Number(p99(idle).toFixed(2)),
  floodP99Ms: Number(p99(underFlood).toFixed(2)),
  ratio: Number((p99(underFlood) / p99(idle)).toFixed(2)),
  reads: { idle: idle.length, underFlood: underFlood.length },
  submissions: Object.fromEntries(statuses),
};
console.log(JSON.stringify(result));
process.exit(result.ratio <= 2 ? 0 : 1);
