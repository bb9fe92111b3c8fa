// Validation cost: a 1,000-dataset CKAN page parsed and validated by the SDK (the goal's figure), and
// also mapped to the model, against `JSON.parse` alone.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDemoServer } from '../packages/demo-api/dist/node.js';
import { summarize } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;

const RUNS = 31;
const WARMUP = 10;

/** ms statistics of each step, measured in turns: every run times each step once. */
function interleaved(steps, { runs, warmup }) {
  const names = Object.keys(steps);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let run = 0; run < warmup + runs; run++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + run) % names.length];
      const started = performance.now();
      steps[name]();
      if (run >= warmup) samples[name].push(performance.now() - started);
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarize(samples[name])]));
}

export async function measureValidation() {
  const server = await startDemoServer({ port: 0, synthetic: { datasets: 1000 } });
  let text;
  try {
    const response = await fetch(`${server.url}/ckan/api/3/action/package_search?rows=1000`);
    text = await response.text();
  } finally {
    await server.close();
  }
  const dir = mkdtempSync(join(tmpdir(), 'saxon-bench-'));
  try {
    const out = join(dir, 'entry.mjs');
    const result = await build({
      entryPoints: [join(root, 'bench/validation-entry.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      logLevel: 'silent',
      absWorkingDir: join(root, 'packages/sdk'),
    });
    writeFileSync(out, result.outputFiles[0].contents);
    const { parseAndValidate, parseAndValidateOnly } = await import(pathToFileURL(out).href);
    const datasets = parseAndValidate(text).length;
    if (parseAndValidateOnly(text).length !== datasets) throw new Error('validation lost datasets');
    // The steps run side by side, one of each per run in a rotating order, so a burst of load on
    // a shared machine lands on all of them alike instead of on whichever ran during it.
    const steps = {
      jsonOnly: () => JSON.parse(text),
      validated: () => parseAndValidateOnly(text),
      sdk: () => parseAndValidate(text),
    };
    const { jsonOnly, validated, sdk } = interleaved(steps, { runs: RUNS, warmup: WARMUP });
    return {
      datasets,
      bytes: text.length,
      jsonOnly,
      validated,
      sdk,
      // The goal's figure: parse + validate ÷ JSON.parse.
      ratio: validated.median / jsonOnly.median,
      mappedRatio: sdk.median / jsonOnly.median,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
