import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const root = new URL('..', import.meta.url).pathname;
const src = process.argv[2] === 'src';
const from = src ? root + 'packages/sdk/src/directory/index.ts' : root + 'packages/sdk/dist/directory.js';
const r = await build({
  stdin: { contents: `import { createDirectoryClient } from ${JSON.stringify(from)};
createDirectoryClient({ baseUrl: '/d' }).actors.list({ city: 'Dresden' }).then(console.log);`, resolveDir: root + 'packages/sdk', loader: 'js' },
  bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', legalComments: 'none', logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' }, conditions: ['production'],
  plugins: [{ name: 'lazy', setup(b) { b.onResolve({ filter: /.*/ }, (a) => a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined); } }],
});
const out = r.outputFiles[0].contents;
console.log(out.length, gzipSync(out, { level: 9 }).length);
if (process.argv[3]) (await import('node:fs')).writeFileSync(process.argv[3], out);
