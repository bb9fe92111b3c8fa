// SDK throughput against the demo API, side by side with raw `fetch` + `JSON.parse` and with
// openapi-fetch: the same requests, the same concurrency, interleaved rounds.
import createClient from 'openapi-fetch';
import ky from '../packages/sdk/node_modules/ky/distribution/index.js';
import { createDirectoryClient } from '../packages/sdk/dist/directory.js';
import { spawn } from 'node:child_process';
import { summarize } from './stats.mjs';

const REQUESTS = 1000;
const CONCURRENCY = 8;
const ROUNDS = 10;

/** Distinct queries (so the SDK's sharing of identical in-flight requests never helps it). */
function queries() {
  const cities = [
    'Dresden',
    'Leipzig',
    'Chemnitz',
    'Freiberg',
    'Görlitz',
    'Zwickau',
    'Mittweida',
    'Zittau',
  ];
  return Array.from({ length: REQUESTS }, (_, i) => ({
    city: cities[i % cities.length],
    limit: 20 + (i % 30),
    offset: Math.floor(i / cities.length) % 3,
  }));
}

async function pool(items, worker) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await worker(items[next++]);
    }),
  );
}

/**
 * The demo API in a process of its own, as a real server would be: sharing this process's event
 * loop would charge the server's work to the clients.
 */
async function startServerProcess() {
  const child = spawn(
    process.execPath,
    [new URL('../packages/demo-api/dist/cli.js', import.meta.url).pathname],
    {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`demo API exited with ${code}`)));
  });
  return { url, close: () => child.kill('SIGTERM') };
}

/** Requests per second of each client, median over rounds, and the SDK's ratio to raw fetch. */
export async function measureThroughput() {
  const server = await startServerProcess();
  const base = `${server.url}/directory/v1`;
  const list = queries();
  const sdk = createDirectoryClient({ baseUrl: base, validate: 'error' });
  const unvalidated = createDirectoryClient({ baseUrl: base, validate: 'off' });
  const typed = createClient({ baseUrl: base });
  const clients = {
    'raw fetch + JSON.parse': async (q) => {
      const params = new URLSearchParams({
        city: q.city,
        limit: String(q.limit),
        offset: String(q.offset),
        lang: 'de',
      });
      const response = await fetch(`${base}/actors?${params}`);
      JSON.parse(await response.text());
    },
    'openapi-fetch': async (q) => {
      const { error } = await typed.GET('/actors', { params: { query: { ...q, lang: 'de' } } });
      if (error) throw new Error('openapi-fetch error');
    },
    // ky, the HTTP layer the SDK was built on until issue 27: a reference for a fetch wrapper's cost.
    'ky .json() (reference)': async (q) => {
      await ky.get(`${base}/actors`, { searchParams: { ...q, lang: 'de' } }).json();
    },
    '@saxon-ai/sdk, validation off': async (q) => {
      await unvalidated.actors.list(q);
    },
    '@saxon-ai/sdk (validated)': async (q) => {
      await sdk.actors.list(q);
    },
  };
  const samples = Object.fromEntries(Object.keys(clients).map((name) => [name, []]));
  try {
    const entries = Object.entries(clients);
    for (let round = 0; round < ROUNDS + 1; round++) {
      // Rotate the order every round, so no client always runs on a warmer (or tired) server.
      const order = entries.map((_, i) => entries[(i + round) % entries.length]);
      for (const [name, run] of order) {
        const started = performance.now();
        await pool(list, run);
        const seconds = (performance.now() - started) / 1000;
        if (round > 0) samples[name].push(REQUESTS / seconds); // round 0 warms up
      }
    }
  } finally {
    await server.close();
  }
  const rows = Object.entries(samples).map(([name, values]) => ({ name, ...summarize(values) }));
  const raw = rows[0].median;
  for (const row of rows) row.ratio = row.median / raw;
  return { requests: REQUESTS, concurrency: CONCURRENCY, rounds: ROUNDS, rows };
}
