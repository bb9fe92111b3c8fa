import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2];
const r = await build({ stdin: { contents: entry, resolveDir: process.cwd()+'/packages/sdk', loader:'js' }, bundle: true, minify: true, format: 'esm', write: false, metafile: true, platform:'browser' });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k,v])=>[k.replace(/.*node_modules\//,''),v.bytesInOutput]).sort((a,b)=>b[1]-a[1]);
const agg = {};
for (const [k,v] of rows) { const key = k; agg[key]=(agg[key]||0)+v; }
console.log(Object.entries(agg).sort((a,b)=>b[1]-a[1]).slice(0,40).map(r=>r.join(' ')).join('\n'));
console.log('total min', r.outputFiles[0].contents.length, 'gz', gzipSync(r.outputFiles[0].contents,{level:9}).length);
