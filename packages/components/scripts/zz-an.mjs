import { build } from 'esbuild';
const root = '/work/wt-26pui/packages/components/';
const r = await build({ entryPoints: [root+'src/cdn/saxon-dataset-search.ts'], bundle: true, format:'esm', splitting: true, outdir: '/tmp/26pui-an', entryNames:'[name]', chunkNames:'chunks/[name]-[hash]', minify: true, metafile: true, absWorkingDir: root, tsconfig: root+'tsconfig.json', conditions:['production'], define: { 'process.env.NODE_ENV': '"production"' }, logLevel:'error'});
for (const [k,v] of Object.entries(r.metafile.outputs)) { if (!k.endsWith('.js')) continue; console.log(k, v.bytes, v.imports.map(i=>i.kind+':'+i.path.split('/').pop()).join(' '), 'exports', v.exports.length);
 const ins = Object.entries(v.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,12); for (const [i,x] of ins) console.log('   ', x.bytesInOutput, i.replace(/.*node_modules\//,'nm/')); }
