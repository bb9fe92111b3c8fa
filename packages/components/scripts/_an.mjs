import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const root = new URL('..', import.meta.url).pathname;
const r = await build({ entryPoints: [root + 'src/cdn/' + process.argv[2] + '.ts'], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, write: false, metafile: true, define: { 'process.env.NODE_ENV': '"production"' }, conditions: ['production'], tsconfig: root + 'tsconfig.json', legalComments:'eof', absWorkingDir: root, outdir: '/tmp/o' });
const out = Object.values(r.metafile.outputs).find(o=>o.entryPoint);
const agg = {};
for (const [k,v] of Object.entries(out.inputs)) { let key = k.replace(/.*node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, '$1'); if (key.startsWith('src/')||key.startsWith('../')) key = key.split('/').slice(0, key.startsWith('../')?4:2).join('/'); agg[key]=(agg[key]||0)+v.bytesInOutput; }
console.log(Object.entries(agg).sort((a,b)=>b[1]-a[1]).map(r=>r.join(' ')).join('\n'));
const js = r.outputFiles.find(f=>f.path.endsWith('.js'));
console.log('total min', js.contents.length, 'gz', gzipSync(js.contents,{level:9}).length);
