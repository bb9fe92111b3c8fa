import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { startDemoServer } from '../packages/demo-api/dist/node.js';
const root = new URL('..', import.meta.url).pathname;
const server = await startDemoServer({ port: 0, synthetic: { datasets: 1000 } });
const text = await (await fetch(`${server.url}/ckan/api/3/action/package_search?rows=1000`)).text();
await server.close();
writeFileSync('/tmp/27/ckan1000.json', text);
const result = await build({ entryPoints: [root + 'bench/validation-entry.ts'], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent', absWorkingDir: root + 'packages/sdk' });
writeFileSync('/tmp/27/entry.mjs', result.outputFiles[0].contents);
const { parseAndValidateOnly } = await import('/tmp/27/entry.mjs');
const t = (f) => { const s = performance.now(); for (let i = 0; i < 30; i++) f(); return (performance.now() - s) / 30; };
for (let k = 0; k < 3; k++) {
const j = t(() => JSON.parse(text)); const v = t(() => parseAndValidateOnly(text));
console.log('json', j.toFixed(2), 'val', v.toFixed(2), 'ratio', (v / j).toFixed(2));
}
