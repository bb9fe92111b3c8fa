// The script-tag rows of the size report: each file in packages/components/dist/cdn/ as shipped,
// what a page loads before a widget's first results where that is more than the entry (the
// dataset search's portal adapter), what a page that shows a widget registered on first use
// loads (saxon-widgets.js and the entry form's chunks), and where each entry's bytes come from,
// per module.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cdnBreakdown } from '../packages/components/scripts/cdn-layout.mjs';

const root = new URL('..', import.meta.url).pathname;
export const CDN_DIR = join(root, 'packages/components/dist/cdn');

/** The lazy parts a widget needs for its first results, one of them by the portal's kind. */
const FIRST_RESULTS = {
  'saxon-dataset-search': { ckan: 'the CKAN adapter', entrystore: 'the EntryStore adapter' },
};

/**
 * Widgets an entry registers on first use (issue 27): their chunk loads once the tag is on the
 * page. A page that shows them downloads the entry, the widget's chunk and the chunks that one
 * imports; that sum is a row of its own, so no byte of a widget in use is left out.
 */
const ON_USE = {
  'saxon-widgets': { 'entry-form': 'the entry form (a page with all five widgets)' },
};

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** The chunks (paths in `dir`/chunks) that chunk `file` imports statically, transitively. */
function chunkImports(dir, file, found = new Set([file])) {
  const code = readFileSync(join(dir, 'chunks', file), 'utf8');
  for (const [, target] of code.matchAll(
    /(?:^|[;}\n])\s*import\s*[^"'()]*?from\s*["']\.\/([^"']+)["']/g,
  ))
    if (!found.has(target)) {
      found.add(target);
      chunkImports(dir, target, found);
    }
  return [...found];
}

/** Where a bundled input comes from: a library by package name, our own code by its path. */
export function origin(input) {
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(
    input,
  );
  if (pkg)
    return { group: pkg[1], module: `${pkg[1]}/${pkg[2].replace(/^(dist|distribution)\//, '')}` };
  const sdk = /packages\/sdk\/src\/(.*)$/.exec(input);
  if (sdk) return { group: 'SDK', module: sdk[1] };
  const widget = /packages\/components\/src\/([^/]+)\/(.*)$/.exec(input);
  if (widget) return { group: `components/${widget[1]}`, module: `${widget[1]}/${widget[2]}` };
  return { group: 'the calling code', module: input };
}

/** `{ total, groups, modules }` of a map from input path to minified bytes, largest first. */
export function grouped(bytesByInput) {
  const modules = [];
  const groups = {};
  let total = 0;
  for (const [input, bytes] of bytesByInput) {
    const { group, module } = origin(input);
    modules.push({ module, bytes });
    groups[group] = (groups[group] ?? 0) + bytes;
    total += bytes;
  }
  modules.sort((a, b) => b.bytes - a.bytes);
  return { total, groups, modules };
}

/** The entry files of a dist/cdn/ directory, by name (`saxon-widgets`). */
const entryNames = (dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.replace(/\.js$/, ''))
    .sort();

/** The lazy file of entry `name` for `part` (`ckan`) in `dir`/chunks, if there is one. */
function lazyFile(dir, name, part) {
  const chunks = join(dir, 'chunks');
  if (!existsSync(chunks)) return undefined;
  const file = readdirSync(chunks).find((f) => new RegExp(`^${name}-${part}-\\w+\\.js$`).test(f));
  return file && join(chunks, file);
}

/** gzip and minified bytes of the script-tag files in `dir`, by row id (for a baseline build). */
export function cdnFileSizes(dir) {
  const sizes = {};
  for (const name of entryNames(dir)) {
    const entry = readFileSync(join(dir, `${name}.js`));
    sizes[`cdn-${name}`] = { min: entry.length, gzip: gzip(entry) };
    for (const part of Object.keys(FIRST_RESULTS[name] ?? {})) {
      const file = lazyFile(dir, name, part);
      if (!file) continue;
      const chunk = readFileSync(file);
      sizes[`cdn-${name}+${part}`] = {
        min: entry.length + chunk.length,
        gzip: gzip(entry) + gzip(chunk),
      };
    }
    for (const part of Object.keys(ON_USE[name] ?? {})) {
      const file = lazyFile(dir, name, part);
      if (!file) continue;
      const files = [
        entry,
        ...chunkImports(dir, basename(file)).map((f) => readFileSync(join(dir, 'chunks', f))),
      ];
      sizes[`cdn-${name}+${part}`] = {
        min: files.reduce((sum, f) => sum + f.length, 0),
        gzip: files.reduce((sum, f) => sum + gzip(f), 0),
      };
    }
  }
  return sizes;
}

/**
 * The script-tag rows: `{ id, label, min, gzip, reference: false, cdnBreakdown? }`. The licence
 * comments at the end of each bundle are kept on purpose; they count. A page's first results
 * that need a lazy file as well get a row of their own (the two files gzipped each on its own, as
 * a server sends them).
 */
export async function measureCdn() {
  const sizes = cdnFileSizes(CDN_DIR);
  const rows = [];
  for (const name of entryNames(CDN_DIR)) {
    const { entry, lazy } = await cdnBreakdown(name);
    rows.push({
      id: `cdn-${name}`,
      label: `script tag: dist/cdn/${name}.js`,
      ...sizes[`cdn-${name}`],
      reference: false,
      cdnBreakdown: {
        ...grouped(entry),
        lazy: Object.entries(lazy)
          .map(([file, modules]) => ({ file, bytes: grouped(modules).total }))
          .sort((a, b) => b.bytes - a.bytes),
      },
    });
    for (const [part, what] of Object.entries(FIRST_RESULTS[name] ?? {})) {
      const id = `cdn-${name}+${part}`;
      if (!sizes[id]) continue;
      rows.push({
        id,
        label: `script tag: ${name}.js + ${what} (first results)`,
        ...sizes[id],
        reference: false,
      });
    }
    for (const [part, what] of Object.entries(ON_USE[name] ?? {})) {
      const id = `cdn-${name}+${part}`;
      if (!sizes[id]) continue;
      rows.push({
        id,
        label: `script tag: ${name}.js + ${what}, on first use`,
        ...sizes[id],
        reference: false,
      });
    }
  }
  return rows;
}
