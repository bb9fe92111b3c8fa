#!/usr/bin/env node
// `pnpm start`: the demo — the Musterstadt page with all three widgets over the demo API, on one
// local origin (see municipal-site.mjs). start-preflight.mjs has checked the address before the
// build; a port taken since then gets the same one-line answer instead of a stack trace.
import { startMunicipalSite } from './municipal-site.mjs';
import { busyPortMessage, startAddress } from './start-preflight.mjs';

const { port, hostname } = startAddress();
let server;
try {
  server = await startMunicipalSite({ port, hostname });
} catch (error) {
  if (error?.code !== 'EADDRINUSE') throw error;
  console.error(`\n  ${busyPortMessage(port, hostname).replaceAll('\n', '\n  ')}\n`);
  process.exit(1);
}

console.log(`\n  Saxon AI demo (Musterstadt) is running at ${server.url}/\n  (Ctrl+C stops it)\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
