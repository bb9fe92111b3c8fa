#!/usr/bin/env node
// Builds the script-tag bundles in dist/cdn/: one per file in src/cdn/, self-contained (Lit, @lit/task
// and the SDK inside), minified, ES modules with source maps. Lit's production build is used and
// `process.env.NODE_ENV` is "production", so no dev-mode code or warnings ship.
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const sourceDir = join(root, 'src/cdn');
const outdir = join(root, 'dist/cdn');
const entryPoints = readdirSync(sourceDir)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => join(sourceDir, file));

const result = await build({
  entryPoints,
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: 'linked',
  sourcesContent: true,
  // Licence notices of Lit and the other bundled packages stay in the files.
  legalComments: 'eof',
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
  tsconfig: join(root, 'tsconfig.json'),
  metafile: true,
  absWorkingDir: root,
  logLevel: 'warning',
});

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
for (const file of Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'))) {
  const raw = readFileSync(join(root, file));
  console.log(
    `  dist/cdn/${basename(file).padEnd(24)} ${kib(raw.length).padStart(10)}  gzip ${kib(gzipSync(raw).length)}`,
  );
}
