// Bundle sizes: what an app or a page pays for each entry point, minified and gzip -9, measured with
// esbuild the way an app's bundler would see it, with reference rows for peers in the same run.
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const sdk = (file) => join(root, 'packages/sdk/dist', file);

/**
 * The size goals of issue 11, in kB (1000 bytes) gzip, shown beside every bundle in the report. The
 * directory goal lies below ky + zod/mini alone (the `ref-floor-sdk` row); the other missed goals
 * leave less room beside the required libraries (`ref-floor-sdk`, `ref-floor`) than the features take.
 */
export const SIZE_GOALS = {
  'sdk-directory': 12,
  'sdk-ckan': 16,
  'sdk-entrystore': 16,
  'cdn-saxon-dataset-search': 35,
  'cdn-saxon-event-list': 30,
  'cdn-saxon-actor-map': 80,
  'cdn-saxon-widgets': 110,
};

/**
 * The enforced budgets, kB gzip: `pnpm bench --check` fails above them. Where the goal is met it is
 * the budget; elsewhere the budget is the size measured when it was set plus about 8 %, so a bundle
 * can only grow by a deliberate change of this table.
 */
export const SIZE_BUDGETS = {
  // +2: the write side (issue 22) — the public `submissions` area with its POST/DELETE transport,
  // and 401/403/409/412 errors with German and English messages in every client. Issue 27 is
  // where this comes back down; the goals below are unchanged.
  'sdk-directory': 23.5,
  'sdk-ckan': 25.5, // +0.5: the new error classes and their messages (issue 22)
  'sdk-entrystore': 26.5,
  // +2.5: the Markdown subset of descriptions (3.8 kB), skip links, detail URL (issue 19);
  // +1: the new error classes and their messages (issue 22)
  // +0.5 (issue 26): the preview's "Vorschau" button and its controller (0.7 kB); the preview itself,
  // its parsers and the Kreis map are lazy chunks in dist/cdn/chunks/ and count nowhere here.
  'cdn-saxon-dataset-search': 60,
  // +2.5: descriptions' plain text from the Markdown parser; skip link (issue 19);
  // +2: the directory client's write side and new errors (issue 22);
  // +0.5: InvalidRequestError with the 400 problem's field errors, in every client (issue 23; the
  // entry form's input rules are not in this bundle — they tree-shake out);
  // +3: issue 25 — URL state (shared/url-state and its codec), webcal/Google/Outlook calendar
  // links and their texts, and the filter context with the Kreis → towns look-up (~0.4 kB). A
  // script-tag bundle is one file, so none of it can load lazily; each part is small and used by
  // the list; nothing of the map or the topic list comes along.
  'cdn-saxon-event-list': 54,
  // The linking code each widget with `context` carries (issue 25): small, and only its own.
  'components-filter-context': 1,
  // +12 (issue 25): the actor card's "Offene Daten dieses Akteurs" needs the open-data half of the
  // SDK (CKAN + EntryStore adapters, 12.6 kB). Apps get it as a lazy chunk (`import()` in
  // card-loads.ts; tsup splits it out), but the script-tag bundle is self-contained by design (no
  // `import()` left, see test/cdn.test.ts), so esbuild inlines it. Without it the map measures
  // 78.4 kB; a lazily loaded sibling file in dist/cdn/ would bring it back under the goal.
  'cdn-saxon-actor-map': 92,
  // <saxon-entry-form> (issue 23): measured 80.7 kB, +8 %. The bundled Saxon municipalities
  // (postal code → Gemeinde) and the Kreis map of the location field are most of it.
  'cdn-saxon-entry-form': 87,
  // +42: <saxon-entry-form> joins the all-widgets bundle (issue 23): measured 140.4 kB, +8 %.
  // +2 (issue 25): the actor card's sections and URL state, and the filter context. The goal is
  // unchanged.
  'cdn-saxon-widgets': 154,
};

const APP_ENTRIES = [
  {
    id: 'sdk-directory',
    label: 'SDK: createDirectoryClient + one list call',
    code: `import { createDirectoryClient } from ${JSON.stringify(sdk('directory.js'))};
createDirectoryClient({ baseUrl: '/d' }).actors.list({ city: 'Dresden' }).then(console.log);`,
  },
  {
    id: 'sdk-ckan',
    label: 'SDK: CKAN adapter + client, one search',
    code: `import { createCkanClient } from ${JSON.stringify(sdk('ckan.js'))};
createCkanClient({ type: 'ckan', baseUrl: '/c' }).search({ text: 'x' }).then(console.log);`,
  },
  {
    id: 'sdk-entrystore',
    label: 'SDK: EntryStore adapter + client, one search',
    code: `import { createEntryStoreClient } from ${JSON.stringify(sdk('entrystore.js'))};
createEntryStoreClient({ type: 'entrystore', baseUrl: '/e' }).search({ text: 'x' }).then(console.log);`,
  },
  {
    id: 'sdk-all',
    label: 'SDK: everything (open data + directory)',
    code: `import * as sdk from ${JSON.stringify(sdk('index.js'))}; console.log(sdk);`,
  },
  {
    id: 'components-filter-context',
    label: 'components: the shared filter context (linking code in each linked widget)',
    code: `import { FilterContextController } from ${JSON.stringify(
      join(root, 'packages/components/src/shared/filter-context.ts'),
    )};
console.log(FilterContextController);`,
  },
  {
    id: 'ref-openapi-fetch',
    label: 'reference: openapi-fetch, createClient + one GET',
    code: `import createClient from 'openapi-fetch';
createClient({ baseUrl: '/d' }).GET('/actors', {}).then(console.log);`,
    reference: true,
  },
  {
    id: 'ref-ky',
    label: 'reference: ky, one GET as JSON',
    code: `import ky from 'ky'; ky.get('/d').json().then(console.log);`,
    reference: true,
    dir: 'packages/sdk',
  },
  {
    id: 'ref-lit',
    label: 'reference: a minimal Lit element',
    code: `import { LitElement, html } from 'lit';
class X extends LitElement { render() { return html\`<p>hi</p>\`; } }
customElements.define('x-min', X);`,
    reference: true,
  },
  {
    id: 'ref-floor-sdk',
    label: 'reference: floor of the SDK stack (ky GET + zod/mini schema)',
    code: `import ky from 'ky';
import * as z from 'zod/mini';
const Page = z.object({ total: z.number(), items: z.array(z.object({ id: z.string(), name: z.string() })) });
ky.get('/d').json().then((data) => console.log(Page.parse(data)));`,
    reference: true,
    dir: 'packages/sdk',
  },
  {
    id: 'ref-floor',
    label: 'reference: floor of the widget stack (Lit element + ky GET + zod/mini schema)',
    code: `import { LitElement, html } from 'lit';
import ky from 'ky';
import * as z from 'zod/mini';
const Page = z.object({ total: z.number(), items: z.array(z.object({ id: z.string(), name: z.string() })) });
class X extends LitElement { render() { return html\`<p>hi</p>\`; } }
customElements.define('x-floor', X);
ky.get('/d').json().then((data) => console.log(Page.parse(data)));`,
    reference: true,
    dir: 'packages/sdk',
  },
  {
    id: 'ref-leaflet',
    label: 'reference: Leaflet (map with a GeoJSON layer)',
    dir: '.',
    code: `import L from 'leaflet'; const m = L.map(document.body); L.geoJSON({ type: 'FeatureCollection', features: [] }).addTo(m);`,
    reference: true,
  },
];

function gzip(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

async function bundle(code, dir = 'packages/components') {
  const result = await build({
    stdin: { contents: code, resolveDir: join(root, dir), loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    logLevel: 'silent',
    legalComments: 'none',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

/** Every size row: `{ id, label, min, gzip, budget?, goal?, reference? }`, sizes in bytes. */
export async function measureSizes() {
  const rows = [];
  for (const entry of APP_ENTRIES) {
    const output = await bundle(entry.code, entry.dir);
    rows.push({
      id: entry.id,
      label: entry.label,
      min: output.length,
      gzip: gzip(output),
      reference: entry.reference ?? false,
    });
  }
  const cdn = join(root, 'packages/components/dist/cdn');
  for (const file of readdirSync(cdn)
    .filter((f) => f.endsWith('.js'))
    .sort()) {
    const output = readFileSync(join(cdn, file));
    // The licence comments at the end of each bundle are kept on purpose; they count.
    rows.push({
      id: `cdn-${file.replace(/\.js$/, '')}`,
      label: `script tag: dist/cdn/${file}`,
      min: output.length,
      gzip: gzip(output),
      reference: false,
    });
  }
  for (const row of rows) {
    if (SIZE_BUDGETS[row.id] !== undefined) row.budget = SIZE_BUDGETS[row.id] * 1000;
    if (SIZE_GOALS[row.id] !== undefined) row.goal = SIZE_GOALS[row.id] * 1000;
  }
  return rows;
}

/** Rows whose gzip size exceeds `budget × factor` (factor < 1 tightens, for the self-test). */
export function overBudget(rows, factor = 1) {
  return rows.filter((row) => row.budget !== undefined && row.gzip > row.budget * factor);
}

/** Budgets whose bundle does not exist yet (a widget not built): reported, never silently passed. */
export function missingBudgets(rows) {
  return Object.keys(SIZE_BUDGETS).filter((id) => !rows.some((row) => row.id === id));
}
