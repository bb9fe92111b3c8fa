#!/usr/bin/env node
// `pnpm start`: the demo — the Musterstadt page with all three widgets over the demo API, on one
// local origin (see municipal-site.mjs).
import { startMunicipalSite } from './municipal-site.mjs';

const server = await startMunicipalSite({
  port: Number.parseInt(process.env.PORT ?? '4000', 10),
  hostname: process.env.HOST ?? '127.0.0.1',
});

console.log(`\n  Saxon AI demo (Musterstadt) is running at ${server.url}/\n  (Ctrl+C stops it)\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
