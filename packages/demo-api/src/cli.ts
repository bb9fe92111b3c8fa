#!/usr/bin/env node
import { startDemoServer } from './node.js';

const port = Number.parseInt(process.env.PORT ?? '4000', 10);
const hostname = process.env.HOST ?? '127.0.0.1';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`saxon-demo-api: PORT must be a number from 0 to 65535, got "${process.env.PORT}"`);
  process.exit(1);
}

const server = await startDemoServer({ port, hostname });
console.log(`Saxon AI demo API: ${server.url}/`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
