// Directory-server throughput and latency: `/directory/v1/actors?q=…` and `/actors.geojson` with
// 10,000 actors on the server over SQLite, over PostgreSQL (a throwaway cluster) and on the
// in-memory demo API, side by side in one run. Every server runs in a process of its own; this
// process is the load generator: CONCURRENCY keep-alive clients on 127.0.0.1, each loop bounded by
// a request count and a time limit.
import { spawn } from 'node:child_process';
import { summarize } from './stats.mjs';

export const ACTORS = 10_000;
export const CONCURRENCY = 16;
const ROUNDS = 2;
const MAX_REQUESTS = 3000; // per scenario and round
const MAX_SECONDS = 1.5; // per scenario and round; requests in flight then still finish
const WARMUP = 16; // one request per client; the cached scenarios then hit

/** Realistic German searches; each finds seed or synthetic actors. */
const QUERIES = [
  'Robotik',
  'Künstliche Intelligenz',
  'Startup',
  'Forschungsgruppe',
  'Hochschule Dresden',
  'Netzwerk Leipzig',
  'Bildverarbeitung',
  'Görlitz',
];
const q = (i) => encodeURIComponent(QUERIES[i % QUERIES.length]);

/**
 * The scenarios. "cached" ones repeat a few URLs, so after the warm-up the directory server
 * answers from its response cache; "uncached" ones give every request (warm-up included) a URL of
 * its own — another offset and limit, or another map bounding box — so every answer is computed by
 * the database. The demo API has no response cache: it computes every answer.
 */
export const SCENARIOS = [
  {
    id: 'listCached',
    label: '`/actors?q=…` cached (8 queries, offset 0, repeated)',
    list: true,
    path: (i) => `/actors?q=${q(i)}&limit=20`,
  },
  {
    id: 'listUncached',
    label: '`/actors?q=…` uncached (8 queries, every request a new offset/limit)',
    list: true,
    path: (i) =>
      `/actors?q=${q(i)}&offset=${Math.floor(i / 8) % 200}&limit=${10 + (Math.floor(i / 1600) % 40)}`,
  },
  {
    id: 'geojsonCached',
    label: '`/actors.geojson` cached (all 10,000 actors, repeated)',
    path: () => '/actors.geojson',
  },
  {
    id: 'geojsonUncached',
    label: '`/actors.geojson?bbox=…` uncached (every request a new bounding box)',
    path: (i) => `/actors.geojson?bbox=${(11.9 + i * 0.00001).toFixed(5)},50.2,15.0,51.7`,
  },
];
// Request indices of the uncached scenarios: warm-up and rounds use disjoint ranges.
const WARMUP_START = 60_000;

async function startTarget(engine, databaseUrl) {
  const child = spawn(
    process.execPath,
    [
      new URL('./directory-target.mjs', import.meta.url).pathname,
      engine,
      String(ACTORS),
      ...(databaseUrl ? [databaseUrl] : []),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`${engine} server exited with ${code}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    base: `${url}/directory/v1`,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** CONCURRENCY clients until `count` requests are done or `seconds` have passed. */
async function load(base, scenario, first, count, seconds) {
  const deadline = performance.now() + seconds * 1000;
  const latencies = [];
  let next = first;
  let hits = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < first + count && performance.now() < deadline) {
        const url = base + scenario.path(next++);
        const sent = performance.now();
        const response = await fetch(url);
        await response.arrayBuffer();
        latencies.push(performance.now() - sent);
        if (response.status !== 200) throw new Error(`${response.status} from ${url}`);
        if (response.headers.get('server-timing')?.startsWith('cache;')) hits++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { rate: latencies.length / elapsed, latencies, hits };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

/** Starts a throwaway PostgreSQL cluster, or says why there is none. */
async function startPostgres() {
  try {
    const { startPostgres: start } =
      await import('../packages/directory-server/test/support/postgres.ts');
    return { cluster: await start() };
  } catch (error) {
    if (/no PostgreSQL found/.test(String(error))) {
      return {
        skipped:
          'PostgreSQL skipped: no PostgreSQL binaries on this machine (/usr/lib/postgresql/<v>/bin).',
      };
    }
    throw error;
  }
}

export async function measureDirectory() {
  const notes = [];
  const targets = {};
  const postgres = await startPostgres();
  try {
    targets.demo = await startTarget('demo');
    targets.sqlite = await startTarget('sqlite');
    if (postgres.cluster)
      targets.postgres = await startTarget('postgres', await postgres.cluster.createDatabase());
    else notes.push(postgres.skipped);

    console.log(`  servers up (${Object.keys(targets).join(', ')}), warming up`);
    const samples = {};
    for (const engine of Object.keys(targets)) {
      for (const scenario of SCENARIOS) {
        samples[`${engine}|${scenario.id}`] = { rates: [], latencies: [], hits: 0, requests: 0 };
        await load(targets[engine].base, scenario, WARMUP_START, WARMUP, 5);
      }
    }
    for (let round = 0; round < ROUNDS; round++) {
      console.log(`  round ${round + 1} of ${ROUNDS}`);
      // Rotate the servers' order, so none always runs right after another's load.
      const engines = Object.keys(targets);
      const order = engines.map((_, i) => engines[(i + round) % engines.length]);
      for (const scenario of SCENARIOS) {
        for (const engine of order) {
          const result = await load(
            targets[engine].base,
            scenario,
            round * MAX_REQUESTS,
            MAX_REQUESTS,
            MAX_SECONDS,
          );
          const sample = samples[`${engine}|${scenario.id}`];
          sample.rates.push(result.rate);
          sample.latencies.push(...result.latencies);
          sample.hits += result.hits;
          sample.requests += result.latencies.length;
        }
      }
    }

    const rows = [];
    for (const scenario of SCENARIOS) {
      const demo = summarize(samples[`demo|${scenario.id}`].rates).median;
      for (const engine of Object.keys(targets)) {
        const sample = samples[`${engine}|${scenario.id}`];
        const sorted = sample.latencies.sort((a, b) => a - b);
        const rate = summarize(sample.rates);
        rows.push({
          scenario: scenario.id,
          label: scenario.label,
          list: Boolean(scenario.list),
          engine,
          ...rate,
          ratio: rate.median / demo,
          requests: sample.requests,
          cacheHits: engine === 'demo' ? undefined : sample.hits / sample.requests,
          p50: percentile(sorted, 0.5),
          p99: percentile(sorted, 0.99),
        });
      }
    }
    return {
      actors: ACTORS,
      concurrency: CONCURRENCY,
      rounds: ROUNDS,
      maxRequests: MAX_REQUESTS,
      maxSeconds: MAX_SECONDS,
      notes,
      rows,
    };
  } finally {
    for (const target of Object.values(targets)) await target.close();
    await postgres.cluster?.stop();
  }
}
