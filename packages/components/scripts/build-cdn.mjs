#!/usr/bin/env node
// Builds the script-tag bundles in dist/cdn/: one per file in src/cdn/, minified ES modules with
// source maps. Each `dist/cdn/saxon-*.js` is one self-contained file (Lit and the SDK inside) for
// everything but its lazy parts: code a widget loads with `import()` (the dataset preview, the
// actor card's open data) becomes a file in `dist/cdn/chunks/`, fetched relative to the script
// only when needed. Lit's production build is used and `process.env.NODE_ENV` is
// "production", so no dev-mode code or warnings ship.
//
// How: esbuild builds each entry on its own with code splitting (pass 1). Splitting puts code the
// entry shares with a lazy chunk into shared chunks that the entry would import; pass 2 folds
// those into the entry and has the entry re-export what the lazy chunks use from them, so a lazy
// chunk imports it from `../saxon-….js` — the very module the page already runs (one Lit, one
// SDK, one custom element registry entry per tag). The preview's Web Worker is built as one
// self-contained file beside the chunks. The SDK comes from its sources, each portal adapter a
// lazy part of its own (cdn-sdk-source.mjs); which chunks fold into the entry: cdn-layout.mjs.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { common, layout, root, splitOptions } from './cdn-layout.mjs';

const sourceDir = join(root, 'src/cdn');
const outdir = join(root, 'dist/cdn');
const chunkDir = join(outdir, 'chunks');
const entryPoints = readdirSync(sourceDir)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => join(sourceDir, file));

const final = {
  ...common,
  minify: true,
  sourcemap: 'linked',
  sourcesContent: true,
  // Licence notices of Lit and the other bundled packages stay in the files.
  legalComments: 'eof',
  metafile: true,
};

/** `./x.js` style path from directory `from` to file `to`. */
const relativeImport = (from, to) => {
  const path = relative(from, to).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
};

/** Name under which an entry re-exports export `name` of its folded shared chunk number `index`. */
const alias = (index, name) => `$${index}${name}`;

async function buildEntry(entry) {
  const name = basename(entry, '.ts');
  const temp = mkdtempSync(join(tmpdir(), `saxon-cdn-${name}-`));
  try {
    // Pass 1: split.
    const split = await build({ ...splitOptions(entry, name), outdir: temp });
    const outputs = split.metafile.outputs;
    const abs = (file) => resolve(root, file);
    const files = layout(outputs, entry, name);
    const folded = new Set(files.folded.map(abs));
    const foldedIndex = new Map([...folded].map((file, index) => [file, index]));
    const exportsOf = (file) => outputs[relative(root, file)].exports;
    const entryTemp = abs(files.entry);
    const entryFinal = join(outdir, `${name}.js`);
    const lazyTemp = files.lazy.map(abs);

    // Where an import of a pass-1 file goes in the final layout.
    const placed = (file) => join(outdir, relative(temp, file));
    const redirect = (fromFinalDir) => ({
      name: 'cdn-chunks',
      setup(b) {
        b.onResolve({ filter: /^\.\.?\// }, (args) => {
          const target = resolve(args.resolveDir, args.path);
          if (target === entryTemp && fromFinalDir !== outdir)
            return { path: relativeImport(fromFinalDir, entryFinal), external: true };
          if (lazyTemp.includes(target))
            return { path: relativeImport(fromFinalDir, placed(target)), external: true };
          if (folded.has(target) && fromFinalDir !== outdir)
            return { path: target, namespace: 'folded' };
          return undefined; // bundled: the folded chunks into the entry
        });
        b.onLoad({ filter: /.*/, namespace: 'folded' }, (args) => {
          const index = foldedIndex.get(args.path);
          const names = exportsOf(args.path).map((n) => `${alias(index, n)} as ${n}`);
          return {
            contents: `export { ${names.join(', ')} } from ${JSON.stringify(relativeImport(fromFinalDir, entryFinal))};`,
            resolveDir: fromFinalDir,
            loader: 'js',
          };
        });
        // The entry itself, imported by a lazy chunk through the re-export module.
        b.onResolve({ filter: /^\.\.?\/.*saxon-[\w-]+\.js$/, namespace: 'folded' }, (args) => ({
          path: args.path,
          external: true,
        }));
      },
    });

    // Pass 2a: the entry with its shared chunks folded in, re-exporting what the lazy chunks use.
    const reexports = [...folded]
      .map((file) => {
        const index = foldedIndex.get(file);
        const names = exportsOf(file).map((n) => `${n} as ${alias(index, n)}`);
        return names.length
          ? `export { ${names.join(', ')} } from ${JSON.stringify(relativeImport(temp, file))};`
          : '';
      })
      .join('\n');
    const results = [
      await build({
        ...final,
        stdin: {
          contents: `export * from ${JSON.stringify(relativeImport(temp, entryTemp))};\n${reexports}`,
          resolveDir: temp,
          sourcefile: `${name}.cdn-entry.js`,
          loader: 'js',
        },
        outfile: entryFinal,
        plugins: [redirect(outdir)],
      }),
    ];
    // Pass 2b: each lazy chunk, importing the folded code from its entry.
    for (const file of lazyTemp) {
      results.push(
        await build({
          ...final,
          entryPoints: [file],
          outfile: placed(file),
          plugins: [redirect(dirname(placed(file)))],
        }),
      );
    }
    return results;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

rmSync(outdir, { recursive: true, force: true });
mkdirSync(chunkDir, { recursive: true });
const results = [];
for (const entry of entryPoints) results.push(...(await buildEntry(entry)));
// The dataset preview's Web Worker: parsing off the main thread, self-contained.
results.push(
  await build({
    ...final,
    entryPoints: [join(root, 'src/dataset-search/preview/preview-worker.ts')],
    outfile: join(chunkDir, 'preview-worker.js'),
  }),
);

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
for (const result of results) {
  for (const file of Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'))) {
    const raw = readFileSync(join(root, file));
    console.log(
      `  ${relative(join(root, 'dist'), join(root, file)).padEnd(60)} ${kib(raw.length).padStart(10)}  gzip ${kib(gzipSync(raw).length)}`,
    );
  }
}
