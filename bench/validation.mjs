// Validation cost: a 1,000-dataset CKAN page parsed and validated by the SDK (the goal's figure), and
// also mapped to the model, against `JSON.parse` alone.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDemoServer } from '../packages/demo-api/dist/node.js';
import { measure } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;

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
    const options = { runs: 31, warmup: 10 };
    const jsonOnly = await measure(() => JSON.parse(text), options);
    const validated = await measure(() => parseAndValidateOnly(text), options);
    const sdk = await measure(() => parseAndValidate(text), options);
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
