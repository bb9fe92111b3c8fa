import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const root = '/work/wt-27sdk/';
const s = root + 'packages/sdk/src/';
const entries = {
  dir: `import { createDirectoryClient } from '${s}directory/index.ts';
createDirectoryClient({ baseUrl: '/d' }).actors.list({ city: 'Dresden' }).then(console.log);`,
  ckan: `import { createCkanClient } from '${s}open-data/ckan/index.ts';
createCkanClient({ type: 'ckan', baseUrl: '/c' }).search({ text: 'x' }).then(console.log);`,
  es: `import { createEntryStoreClient } from '${s}open-data/entrystore/index.ts';
createEntryStoreClient({ type: 'entrystore', baseUrl: '/e' }).search({ text: 'x' }).then(console.log);`,
  floor: `import ky from 'ky';
import * as z from 'zod/mini';
const Page = z.object({ total: z.number(), items: z.array(z.object({ id: z.string(), name: z.string() })) });
ky.get('/d').json().then((data) => console.log(Page.parse(data)));`,
};
const only = process.argv[2];
for (const [k, code] of Object.entries(entries)) {
  if (only && k !== only) continue;
  const r = await build({
    stdin: { contents: code, resolveDir: root + 'packages/sdk', loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    logLevel: 'silent',
    legalComments: 'none',
  });
  const out = Object.values(r.metafile.outputs)[0];
  const total = gzipSync(r.outputFiles[0].contents, { level: 9 }).length;
  console.log(k, 'gz', total, 'min', r.outputFiles[0].contents.length);
  const ins = Object.entries(out.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  for (const [f, i] of ins.slice(0, 40))
    console.log('  ', String(i.bytesInOutput).padStart(7), f.replace(/.*node_modules\//, 'nm/'));
}
