#!/usr/bin/env node
// Runs first in `pnpm start`, before the build: checks that the demo's address is usable, so a
// busy port is reported in one sentence with the way out — not as an `EADDRINUSE` stack trace after
// a minute of building.
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';

/** The address `pnpm start` listens on: `PORT` (default 4000) and `HOST` (default 127.0.0.1). */
export function startAddress(env = process.env) {
  const text = env.PORT?.trim() || '4000';
  const port = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  return { port, portText: text, hostname: env.HOST?.trim() || '127.0.0.1' };
}

/** What to tell a person whose port is taken. */
export function busyPortMessage(port, hostname) {
  const other = port === 4001 ? 4002 : 4001;
  return (
    `Port ${port} on ${hostname} is already in use — another program (perhaps a demo started ` +
    `earlier) listens there.\nStop that program, or choose another port:  PORT=${other} pnpm start`
  );
}

/** Resolves with `undefined` when the address can be listened on, else with what to tell. */
export function checkAddress({ port, portText, hostname }) {
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return Promise.resolve(
      `PORT=${portText} is not a port number (0–65535). Example:  PORT=4001 pnpm start`,
    );
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error) => {
      if (error.code === 'EADDRINUSE') resolve(busyPortMessage(port, hostname));
      else if (error.code === 'EACCES')
        resolve(
          `Port ${port} needs administrator rights. Choose one above 1023:  PORT=4001 pnpm start`,
        );
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
        resolve(
          `HOST=${hostname} is not an address of this machine. ` +
            `Leave HOST unset for 127.0.0.1, or:  HOST=0.0.0.0 pnpm start`,
        );
      else resolve(`Cannot listen on ${hostname}:${port} (${error.code ?? error.message}).`);
    });
    probe.listen({ port, host: hostname, exclusive: true }, () => probe.close(() => resolve()));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problem = await checkAddress(startAddress());
  if (problem) {
    console.error(`\n  ${problem.replaceAll('\n', '\n  ')}\n`);
    process.exit(1);
  }
}
