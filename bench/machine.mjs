// What the figures were measured on: they only compare within one machine and one run.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { chromiumPath } from '../scripts/chromium.mjs';

const version = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')).version;

export async function machine() {
  let chromium = 'not found';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    // reported as "not found"
  }
  return {
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    cpu: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    chromium,
    versions: {
      '@saxon-ai/sdk': version('../packages/sdk/package.json'),
      '@saxon-ai/components': version('../packages/components/package.json'),
      lit: version('../node_modules/lit/package.json'),
      ky: version('../packages/sdk/node_modules/ky/package.json'),
      zod: version('../packages/sdk/node_modules/zod/package.json'),
      'openapi-fetch': version('../node_modules/openapi-fetch/package.json'),
      leaflet: version('../node_modules/leaflet/package.json'),
      esbuild: version('../node_modules/esbuild/package.json'),
    },
  };
}
