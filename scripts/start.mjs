#!/usr/bin/env node
// `pnpm start`: the demo — the Musterstadt page with the widgets over the demo API and the
// directory server, and the directory's moderation console, on one local origin (see
// municipal-site.mjs). start-preflight.mjs has checked the address before the
// build; a port taken since then gets the same one-line answer instead of a stack trace.
import { DEMO_EDITOR_NAME, startMunicipalSite } from './municipal-site.mjs';
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

console.log(
  [
    '',
    `  Saxon AI demo (Musterstadt) is running at ${server.url}/`,
    `  Entry form ("KI-Akteur eintragen"): ${server.url}/eintragen.html`,
    '',
    `  Moderation console: ${server.consoleUrl}`,
    `  Demo editor token (${DEMO_EDITOR_NAME}, role editor, valid 1 day):`,
    `    ${server.editorToken}`,
    '  DEMO ONLY: this account lives in a throwaway database that is deleted when the demo stops.',
    '  For a real server create accounts with `saxon-directory user add` (see',
    '  packages/directory-server/README.md) and keep their tokens in a password manager.',
    '',
    '  (Ctrl+C stops it)',
    '',
  ].join('\n'),
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
