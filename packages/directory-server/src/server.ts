import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createDirectoryApp, type DirectoryAppOptions } from './app.js';
import { jsonLogger } from './http/log.js';
import { demoSeed, type SeedName } from './seed/demo.js';
import { openStorage, type StorageOptions } from './storage/open.js';
import type { DirectoryStorage } from './storage/types.js';
import { DEFAULT_EMAIL_RETENTION_DAYS, schedulePurge } from './submissions/purge.js';

export interface DirectoryServerOptions
  extends Omit<DirectoryAppOptions, 'storage'>, StorageOptions {
  /** An opened storage; otherwise one is opened from `databaseUrl` / `file`. */
  storage?: DirectoryStorage;
  /** TCP port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1: reachable from elsewhere only when asked for. */
  hostname?: string;
  /** Load this seed into an empty database at start. */
  seed?: SeedName;
  /** Days a submitter's e-mail is kept after the decision. Default 30. */
  emailRetentionDays?: number;
  /** How often the e-mail purge runs (ms). Default hourly. */
  purgeIntervalMs?: number;
}

export interface DirectoryServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  port: number;
  storage: DirectoryStorage;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

/** Migrates, seeds if asked, and listens. */
export async function startDirectoryServer(
  options: DirectoryServerOptions = {},
): Promise<DirectoryServer> {
  const {
    port = 8080,
    hostname = '127.0.0.1',
    seed,
    storage: given,
    emailRetentionDays = DEFAULT_EMAIL_RETENTION_DAYS,
    purgeIntervalMs,
    ...rest
  } = options;
  const log = options.logger ?? jsonLogger;
  const storage = given ?? openStorage(rest);
  const applied = await storage.migrate();
  if (applied.length)
    log({ level: 'info', msg: 'migrations applied', versions: applied.join(',') });
  if (seed === 'demo' && (await storage.isEmpty())) {
    const counts = await storage.write(demoSeed(options.now?.() ?? new Date()));
    log({ level: 'info', msg: 'seeded', seed, ...counts });
  }
  const app = createDirectoryApp({ ...rest, storage });
  const server = await new Promise<{ server: Server; info: AddressInfo }>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info) =>
      resolve({ server: server as Server, info }),
    );
    server.once('error', reject);
  });
  const { info } = server;
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  const stopPurge = schedulePurge(storage, {
    retentionDays: emailRetentionDays,
    now: options.now ?? (() => new Date()),
    log,
    ...(purgeIntervalMs !== undefined && { intervalMs: purgeIntervalMs }),
  });
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${info.port}`,
    port: info.port,
    storage,
    close() {
      stopPurge();
      closing ??= new Promise<void>((done, fail) => {
        // close() waits for in-flight requests; idle keep-alive sockets would hold it open.
        server.server.close((error) => (error ? fail(error) : done()));
        server.server.closeIdleConnections();
      }).then(() => storage.close());
      return closing;
    },
  };
}
