#!/usr/bin/env node
// One server under load for the directory-server bench, in a process of its own (a server and its
// load generator in one process would charge each other's work): the directory server over SQLite
// or PostgreSQL, or the in-memory demo API, each with the same ACTORS actors (the 50 seed actors
// plus the demo API's deterministic synthetic ones). Prints the base URL once it listens.
//
//   node bench/directory-target.mjs demo|sqlite|postgres <actors> [postgres-url]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateActors } from '../packages/demo-api/dist/index.js';
import { startDemoServer } from '../packages/demo-api/dist/node.js';
import {
  demoSeed,
  silentLogger,
  startDirectoryServer,
} from '../packages/directory-server/dist/index.js';

const [engine, count, databaseUrl] = process.argv.slice(2);
const actors = Number(count);
let server;
let dir;

if (engine === 'demo') {
  const seedActors = demoSeed(new Date()).actors.length;
  server = await startDemoServer({ port: 0, synthetic: { actors: actors - seedActors } });
} else {
  const where =
    engine === 'postgres'
      ? { databaseUrl }
      : { file: join((dir = mkdtempSync(join(tmpdir(), 'saxon-bench-'))), 'directory.db') };
  server = await startDirectoryServer({ port: 0, logger: silentLogger, ...where });
  const seed = demoSeed(new Date());
  await server.storage.write({
    ...seed,
    actors: seed.actors.concat(generateActors(actors - seed.actors.length)),
  });
}

const stop = async () => {
  await server.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
console.log(`listening ${server.url}`);
