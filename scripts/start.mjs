#!/usr/bin/env node
// `pnpm start`: the demo. Serves the demo API (CKAN, EntryStore and directory emulations) on one
// local origin and prints the URL to open.
import { startDemoServer } from '../packages/demo-api/dist/node.js';

const port = Number.parseInt(process.env.PORT ?? '4000', 10);
const server = await startDemoServer({ port, hostname: process.env.HOST ?? '127.0.0.1' });

console.log(`\n  Saxon AI demo is running at ${server.url}/\n  (Ctrl+C stops it)\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
