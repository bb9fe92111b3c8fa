// How a script-tag bundle is cut into files: esbuild's split of one entry (pass 1 of
// build-cdn.mjs) and which of its chunks travel in the entry file. Shared by the build and by the
// size benchmark, which reports the bytes of each file per module (`cdnBreakdown`).
import { build } from 'esbuild';
import { join, relative, resolve } from 'node:path';
import { cssWhitespace } from './cdn-css-whitespace.mjs';
import { sdkFromSource } from './cdn-sdk-source.mjs';

export const root = new URL('..', import.meta.url).pathname;

/** What every esbuild run of the script-tag build shares. */
export const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
  tsconfig: join(root, 'tsconfig.json'),
  absWorkingDir: root,
  logLevel: 'warning',
  plugins: [sdkFromSource(join(root, '../sdk')), cssWhitespace()],
};

/** Pass 1 of `entry` (a file in src/cdn/ named `name`): split, identifiers minified. */
export const splitOptions = (entry, name) => ({
  ...common,
  entryPoints: [entry],
  splitting: true,
  entryNames: '[name]',
  chunkNames: `chunks/${name}-[name]-[hash]`,
  // Identifiers minified so that the names crossing chunks are short.
  minifyIdentifiers: true,
  sourcemap: 'linked',
  sourcesContent: true,
  legalComments: 'inline',
  metafile: true,
});

/**
 * Lazy parts a widget loads before it can show anything: the dataset search loads its portal's
 * adapter, one of these, for its first search. The code they all share (the SDK's HTTP layer, ky,
 * zod) travels in the entry, so that the first search waits for one small file beside the entry,
 * not for a chain of them; the adapter of the other kind is never downloaded.
 */
const ADAPTERS = ['../sdk/src/open-data/ckan/index.ts', '../sdk/src/open-data/entrystore/index.ts'];
const LOADED_FIRST = { 'saxon-dataset-search': ADAPTERS, 'saxon-widgets': ADAPTERS };

/** The chunks `file` imports statically, transitively (pass-1 output paths). */
function staticImports(outputs, file, found = new Set()) {
  for (const use of outputs[file].imports) {
    if (use.kind !== 'import-statement' || found.has(use.path)) continue;
    found.add(use.path);
    staticImports(outputs, use.path, found);
  }
  return [...found];
}

/**
 * The files of entry `name` in pass 1's `outputs` (paths as the metafile gives them): `entry`,
 * the chunks `folded` into the entry file (what it needs at once, and what every part it loads
 * first needs), and the `lazy` files that stay apart.
 */
export function layout(outputs, entry, name) {
  // Lazy parts (`import()` targets) have an `entryPoint` too: the entry is the one named so.
  const outputOf = (source) =>
    Object.keys(outputs).find((file) => outputs[file].entryPoint === relative(root, source));
  const entryOut = outputOf(entry);
  const folded = new Set(staticImports(outputs, entryOut));
  const first = (LOADED_FIRST[name] ?? []).map((source) => {
    const output = outputOf(join(root, source));
    if (!output) throw new Error(`build-cdn: ${name} does not load ${source}`);
    return new Set(staticImports(outputs, output));
  });
  if (first.length)
    for (const file of first[0]) if (first.every((needs) => needs.has(file))) folded.add(file);
  const lazy = Object.keys(outputs).filter(
    (file) => file.endsWith('.js') && file !== entryOut && !folded.has(file),
  );
  return { entry: entryOut, folded: [...folded], lazy };
}

/** Minified bytes per source module (absolute path) of some pass-1 output files. */
function modulesOf(outputs, files) {
  const bytes = new Map();
  for (const file of files)
    for (const [input, { bytesInOutput }] of Object.entries(outputs[file].inputs))
      if (bytesInOutput) {
        const path = resolve(root, input);
        bytes.set(path, (bytes.get(path) ?? 0) + bytesInOutput);
      }
  return bytes;
}

/**
 * Where the bytes of a script-tag bundle come from: minified bytes per source module of the
 * entry file and of each lazy file, from a fully minified pass 1 (in memory). The final files
 * differ from these sums only by the few bytes that join the folded chunks.
 */
export async function cdnBreakdown(name) {
  const entry = join(root, 'src/cdn', `${name}.ts`);
  const { metafile } = await build({
    ...splitOptions(entry, name),
    outdir: join(root, 'dist/cdn-breakdown'),
    write: false,
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'error',
  });
  const files = layout(metafile.outputs, entry, name);
  const chunkName = (file) => file.replace(/^.*\/chunks\//, 'chunks/');
  return {
    entry: modulesOf(metafile.outputs, [files.entry, ...files.folded]),
    lazy: Object.fromEntries(
      files.lazy.map((file) => [chunkName(file), modulesOf(metafile.outputs, [file])]),
    ),
  };
}
