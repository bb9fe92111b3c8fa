import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const dir = process.argv[2];
const r = await build({ entryPoints: [dir + '/src/cdn/saxon-dataset-search.ts'], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, write: false, legalComments: 'eof', define: { 'process.env.NODE_ENV': '"production"' }, conditions: ['production'], nodePaths: ['/work/wt-26filters/packages/components/node_modules', '/work/wt-26filters/node_modules'], logLevel: 'error' });
const js = r.outputFiles[0].contents;
console.log(dir, js.length, gzipSync(js, { level: 9 }).length);
