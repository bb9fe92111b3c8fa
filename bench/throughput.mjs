// SDK throughput against the demo API, side by side with raw `fetch` + `JSON.parse` and with
// openapi-fetch: the same requests, the same concurrency, the clients interleaved in short blocks.
//
// Why it is built like this (issue 27): on a shared, loaded machine one client's req/s swings by
// half from one second to the next, so a ratio of two medians taken over minutes says little.
// Every round runs one short block per client, back to back, in an order that rotates (A B C,
// B C A, C A B) and reverses every other cycle, so load drifts and a warmer or tired server hit
// every client alike; each block's req/s is divided by the raw-fetch block of the same round, and
// the figure is the median of those per-round ratios with their quartiles and range. The demo API
// runs in a process of its own (as a real server would): in this process its work would be
// charged to whichever client runs. The client and server CPU time per request of each block show
// which side bounds the throughput and where a client's cost is. Validation stays on in the
// "validated" row: the figure is what a user of the SDK pays.
import createClient from 'openapi-fetch';
import ky from '../packages/sdk/node_modules/ky/distribution/index.js';
import { createDirectoryClient } from '../packages/sdk/dist/directory.js';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { roundOrder, spread } from './paired-rounds.mjs';

// Requests per client and round: ~0.3 s, short against the load's swings over seconds, long against
// its hiccups of tens of milliseconds. Measured 2026-12-06 (validated SDK ÷ raw fetch, per round):
// blocks of 200 (~70 ms) spread from 0.36 to 2.2 and left the median's 95% interval 0.81–0.98 even
// over 100 rounds; blocks of 1,000 spread from 0.67 to 1.35 (0.86–1.02 over 30 rounds).
const BLOCK = Number(process.env.THROUGHPUT_BLOCK ?? 1000);
const CONCURRENCY = 8;
const WARMUP_ROUNDS = 2; // JIT, connection pool, the server's caches; not counted
const ROUNDS = Number(process.env.THROUGHPUT_ROUNDS ?? 60); // ~2 minutes in all

/**
 * Queries with no two alike among any 120 in a row (so the SDK's sharing of identical in-flight
 * requests, 8 at a time, never helps it), over cities with small and large answers.
 */
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
  return Array.from({ length: BLOCK }, (_, i) => ({
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
  return { url, cpuMicros: () => processCpuMicros(child.pid), close: () => child.kill('SIGTERM') };
}

/** User + system CPU time of another process in µs, from /proc (Linux); undefined elsewhere. */
function processCpuMicros(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime (fields 14 and 15 of stat) in clock ticks of 10 ms (USER_HZ = 100).
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return undefined;
  }
}

function contenders(base) {
  const sdk = createDirectoryClient({ baseUrl: base, validate: 'error' });
  const unvalidated = createDirectoryClient({ baseUrl: base, validate: 'off' });
  const typed = createClient({ baseUrl: base });
  return {
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
}

/** One block of a client: its req/s and the client's and server's CPU µs per request. */
async function runBlock(run, list, server) {
  const serverBefore = server.cpuMicros();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await pool(list, run);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const serverAfter = server.cpuMicros();
  return {
    rate: list.length / seconds,
    clientCpu: (cpu.user + cpu.system) / list.length,
    serverCpu:
      serverBefore === undefined || serverAfter === undefined
        ? undefined
        : (serverAfter - serverBefore) / list.length,
  };
}

/**
 * Requests per second of each client, and each client's ratio to raw fetch as the median of the
 * per-round ratios with quartiles and range.
 */
export async function measureThroughput({ rounds = ROUNDS } = {}) {
  const server = await startServerProcess();
  const clients = contenders(`${server.url}/directory/v1`);
  const names = Object.keys(clients);
  const [rawName] = names;
  const list = queries();
  /** Per client, one block result per measured round. */
  const blocks = Object.fromEntries(names.map((name) => [name, []]));
  try {
    for (let round = 0; round < WARMUP_ROUNDS + rounds; round++) {
      for (const name of roundOrder(names, round)) {
        const block = await runBlock(clients[name], list, server);
        if (round >= WARMUP_ROUNDS) blocks[name].push(block);
      }
    }
  } finally {
    server.close();
  }
  const rows = names.map((name) => {
    const own = blocks[name];
    const serverCpu = own.map((block) => block.serverCpu).filter((value) => value !== undefined);
    const raw = blocks[rawName];
    const ratios = spread(own.map((block, round) => block.rate / raw[round].rate));
    // The same ratio in client CPU: requests per CPU second, which other processes' load on a
    // shared machine barely moves (it counts this process's time on a core, not the wait for one).
    const cpuRatios = spread(own.map((block, round) => raw[round].clientCpu / block.clientCpu));
    return {
      name,
      ...spread(own.map((block) => block.rate)),
      runs: own.length,
      ratio: ratios.median,
      ratios,
      cpuRatios,
      clientCpuMicros: spread(own.map((block) => block.clientCpu)).median,
      serverCpuMicros: serverCpu.length ? spread(serverCpu).median : undefined,
    };
  });
  return {
    requests: BLOCK,
    concurrency: CONCURRENCY,
    rounds,
    warmupRounds: WARMUP_ROUNDS,
    rows,
  };
}
