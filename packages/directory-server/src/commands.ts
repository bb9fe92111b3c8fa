import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { jsonLogger, type Logger } from './http/log.js';
import type { DirectoryData } from './model.js';
import { SEEDS, type SeedName } from './seed/demo.js';
import { startDirectoryServer } from './server.js';
import { DEFAULT_DB_FILE, openStorage, type StorageOptions } from './storage/open.js';

const USAGE = `Usage: saxon-directory <command> [options]

Commands:
  serve              serve the directory API (migrates first)
  migrate            apply pending database migrations and exit
  import <file>      upsert actors, events and topics by id from a JSON file
  export             write the whole directory as JSON (to --out or stdout)

Options:
  --db <file>              SQLite database file (default ${DEFAULT_DB_FILE}; env SAXON_DIRECTORY_DB)
                           DATABASE_URL=postgres://… selects PostgreSQL instead
  --port <n>               serve: TCP port (default 8080; env PORT)
  --host <address>         serve: interface to bind (default 127.0.0.1; env HOST)
  --cors-origin <origin>   serve: allowed origin, repeatable (default *; env CORS_ORIGIN, comma-separated)
  --seed demo              serve: load the demo data into an empty database
  --max-age <seconds>      serve: Cache-Control max-age of GET answers (default 60)
  --calendar-domain <d>    serve: domain of iCalendar UIDs (default directory.saxon-ai.invalid)
  --out <file>             export: write to this file instead of stdout
  --help                   show this text
`;

type Env = Record<string, string | undefined>;

function storageOptions(values: { db?: string }, env: Env): StorageOptions {
  return {
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    file: values.db ?? env.SAXON_DIRECTORY_DB ?? DEFAULT_DB_FILE,
  };
}

function portOf(text: string | undefined): number {
  const port = Number(text ?? '8080');
  if (!/^\d+$/.test(text ?? '8080') || port > 65535) {
    throw new UsageError(`--port must be a number from 0 to 65535, got "${text}"`);
  }
  return port;
}

class UsageError extends Error {}

/** Runs one command; resolves to the process exit code (serve: once the server has stopped). */
export async function runCli(argv: string[], env: Env, log: Logger = jsonLogger): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'cors-origin': { type: 'string', multiple: true },
        seed: { type: 'string' },
        'max-age': { type: 'string' },
        'calendar-domain': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    process.stderr.write(`saxon-directory: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    switch (command) {
      case 'serve':
        return await serve(values, env, log);
      case 'migrate': {
        const storage = openStorage(storageOptions(values, env));
        try {
          const applied = await storage.migrate();
          log({ level: 'info', msg: 'migrated', engine: storage.engine, applied: applied.join(',') });
        } finally {
          await storage.close();
        }
        return 0;
      }
      case 'import':
        if (rest.length !== 1) throw new UsageError('import needs exactly one file');
        return await importJson(rest[0]!, values, env, log);
      case 'export':
        return await exportJson(values, env);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`saxon-directory: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    log({ level: 'error', msg: `${command} failed`, error: (error as Error).message });
    return 1;
  }
}

async function serve(
  values: Record<string, string | string[] | boolean | undefined>,
  env: Env,
  log: Logger,
): Promise<number> {
  const seed = values.seed as string | undefined;
  if (seed !== undefined && !(SEEDS as readonly string[]).includes(seed)) {
    throw new UsageError(`--seed must be one of ${SEEDS.join(', ')}`);
  }
  const origins =
    (values['cors-origin'] as string[] | undefined) ??
    env.CORS_ORIGIN?.split(',')
      .map((o) => o.trim())
      .filter(Boolean);
  const maxAge = values['max-age'] as string | undefined;
  if (maxAge !== undefined && !/^\d+$/.test(maxAge)) {
    throw new UsageError('--max-age must be a whole number of seconds');
  }
  const server = await startDirectoryServer({
    ...storageOptions(values as { db?: string }, env),
    port: portOf((values.port as string | undefined) ?? env.PORT),
    hostname: (values.host as string | undefined) ?? env.HOST ?? '127.0.0.1',
    ...(origins?.length ? { corsOrigin: origins.length === 1 ? origins[0]! : origins } : {}),
    ...(seed ? { seed: seed as SeedName } : {}),
    ...(maxAge ? { maxAge: Number(maxAge) } : {}),
    ...(values['calendar-domain'] ? { calendarDomain: values['calendar-domain'] as string } : {}),
    logger: log,
  });
  log({ level: 'info', msg: 'listening', url: server.url, engine: server.storage.engine });
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        log({ level: 'warn', msg: 'second signal: exiting without waiting', signal });
        resolve(1);
        return;
      }
      stopping = true;
      log({ level: 'info', msg: 'shutting down', signal });
      server.close().then(
        () => {
          log({ level: 'info', msg: 'stopped' });
          resolve(0);
        },
        (error: Error) => {
          log({ level: 'error', msg: 'shutdown failed', error: error.message });
          resolve(1);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

/** JSON import: `{ "topics": [...], "actors": [...], "events": [...] }`, upserted by id. */
async function importJson(file: string, values: { db?: string }, env: Env, log: Logger) {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<DirectoryData>;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error('the file must hold an object with "actors", "events" and/or "topics"');
  }
  const storage = openStorage(storageOptions(values, env));
  try {
    await storage.migrate();
    const counts = await storage.write({
      ...(Array.isArray(data.topics) ? { topics: data.topics } : {}),
      ...(Array.isArray(data.actors) ? { actors: data.actors } : {}),
      ...(Array.isArray(data.events) ? { events: data.events } : {}),
    });
    log({ level: 'info', msg: 'imported', ...counts });
  } finally {
    await storage.close();
  }
  return 0;
}

async function exportJson(values: { db?: string; out?: string }, env: Env) {
  const storage = openStorage(storageOptions(values, env));
  try {
    await storage.migrate();
    const text = `${JSON.stringify(await storage.exportAll(), null, 2)}\n`;
    if (values.out) writeFileSync(values.out, text);
    else process.stdout.write(text);
  } finally {
    await storage.close();
  }
  return 0;
}
