#!/usr/bin/env node
// Generates src/generated/checks/*.ts: plain checks of the answers the read path validates, from
// the zod schemas that stay the single source of truth (issue 27). The read path runs these checks
// and loads zod only for the issues of an answer that does not match, so zod's runtime is not in
// the bundle of an app that only reads.
//
// How: esbuild bundles the schema modules and their rule modules (schema-rules.ts: the transforms
// and predicates, named) into one temporary file, which this script imports; it then walks each
// exported schema's `_zod.def`, writes each kind out as code (check-emitter.mjs) and
// finds every transform and `z.custom` predicate among the rule modules' exports by identity. A
// schema kind it does not know, or a transform or predicate that is not exported by name, stops
// the generation with an error: nothing is left out silently. With --check it fails when a
// committed file differs (run by `pnpm lint`).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { emitModule } from './check-emitter.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const check = process.argv.includes('--check');

/**
 * The directory's schemas of the actor area: their checks are a file of their own, which the
 * directory client loads on the area's first call, so that a list of events or topics does not
 * carry them (issue 27).
 */
const ACTOR_SCHEMAS = [
  'actorCategorySchema',
  'actorFeatureCollectionSchema',
  'actorPageSchema',
  'actorSchema',
];

/**
 * Each schema module of the read path, its rule modules, the generated file (in src/), the
 * schemas whose answers are checked in place (given back as they are where zod's output equals
 * them), and where one module's schemas go to two files, the schemas of this file (`only`) or
 * those it leaves to the other (`except`).
 */
export const SOURCES = [
  {
    schemas: 'directory/schemas.ts',
    rules: ['directory/schema-rules.ts'],
    out: 'generated/checks/directory.ts',
    except: ACTOR_SCHEMAS,
  },
  {
    schemas: 'directory/schemas.ts',
    rules: ['directory/schema-rules.ts'],
    out: 'generated/checks/directory-actors.ts',
    only: ACTOR_SCHEMAS,
    // The one answer without paging (the map's actors, 100,000 in the benchmark): checked without
    // a copy of its features (scripts/check-in-place.mjs). Paged answers are copied as zod copies
    // them: a few hundred objects cost little, and the code stays small in every bundle.
    inPlace: ['actorFeatureCollectionSchema'],
  },
  {
    schemas: 'open-data/ckan/schemas.ts',
    rules: ['open-data/ckan/schema-rules.ts'],
    out: 'generated/checks/ckan.ts',
  },
  {
    schemas: 'open-data/entrystore/schemas.ts',
    rules: ['open-data/entrystore/schema-rules.ts'],
    out: 'generated/checks/entrystore.ts',
  },
  { schemas: 'http/shapes.ts', rules: [], out: 'generated/checks/shapes.ts' },
];

/** The modules of SOURCES, loaded from one bundle (one zod, one identity per function). */
async function loadModules() {
  const files = [...new Set(SOURCES.flatMap((s) => [s.schemas, ...s.rules]))];
  const entry = files
    .map((file, i) => `export * as m${i} from ${JSON.stringify(join(root, 'src', file))};`)
    .join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'saxon-checks-'));
  try {
    const result = await build({
      stdin: { contents: entry, resolveDir: root, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      logLevel: 'error',
      absWorkingDir: root,
    });
    const out = join(dir, 'schemas.mjs');
    writeFileSync(out, result.outputFiles[0].contents);
    const loaded = await import(pathToFileURL(out).href);
    return Object.fromEntries(files.map((file, i) => [file, loaded[`m${i}`]]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The exports of `source`'s schema module that go to its file (`only`, `except`). */
function schemasOf(source, exports) {
  const missing = [...(source.only ?? []), ...(source.except ?? [])].filter(
    (name) => !(name in exports),
  );
  if (missing.length)
    throw new Error(`src/${source.schemas} exports no ${missing.join(', ')} (src/${source.out})`);
  return Object.fromEntries(
    Object.entries(exports).filter(
      ([name]) => (source.only?.includes(name) ?? true) && !source.except?.includes(name),
    ),
  );
}

const modules = await loadModules();
let drifted = 0;
for (const source of SOURCES) {
  const code = emitModule({
    schemaFile: source.schemas,
    outFile: source.out,
    schemas: schemasOf(source, modules[source.schemas]),
    rules: source.rules.map((file) => ({ file, exports: modules[file] })),
    inPlace: source.inPlace,
  });
  const formatted = await prettier.format(code, {
    parser: 'typescript',
    singleQuote: true,
    printWidth: 100,
  });
  const target = join(root, 'src', source.out);
  if (check) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // a missing file counts as drift
    }
    if (current !== formatted) {
      drifted++;
      console.error(`✗ src/${source.out} is out of date with src/${source.schemas}`);
    }
  } else {
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, formatted);
    console.log(`✓ src/${source.out}`);
  }
}
if (drifted > 0) {
  console.error('Run `pnpm --filter @saxon-ai/sdk generate` and commit the result.');
  process.exit(1);
}
if (check) console.log(`✓ generated checks match the ${SOURCES.length} schema modules`);
