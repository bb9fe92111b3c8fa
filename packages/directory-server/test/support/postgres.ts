import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';

/**
 * A real PostgreSQL for tests. `SAXON_TEST_DATABASE_URL` (an admin connection, e.g.
 * postgres://postgres@127.0.0.1:5432/postgres) uses a running server. Otherwise a throwaway
 * cluster is created from the machine's packages (/usr/lib/postgresql/<v>/bin) in a temp dir,
 * started on a free loopback port and removed at the end; as root, the cluster runs as the
 * `postgres` user (initdb refuses root). Without PostgreSQL this throws, so the suite fails with
 * this message instead of passing without having tested PostgreSQL (see CONTRIBUTING.md).
 */
export interface PostgresForTests {
  /** A new, empty database; its connection URL. */
  createDatabase(): Promise<string>;
  /** The admin connection (database `postgres`) that `createDatabase` uses. */
  adminUrl: string;
  stop(): Promise<void>;
}

const MISSING =
  'PostgreSQL tests did NOT run: no PostgreSQL found. Install it (Debian/Ubuntu: ' +
  '`apt-get install -y postgresql`; .ci/run does this) or point SAXON_TEST_DATABASE_URL at an ' +
  'admin connection of a running PostgreSQL 15+.';

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length) throw new Error(MISSING);
  return join(root, versions[0]!, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let databases = 0;

function databaseCreator(adminUrl: string) {
  return async () => {
    const name = `saxon_test_${process.pid}_${Date.now()}_${++databases}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      // The name is ours (letters, digits, underscores), never input.
      await admin.unsafe(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
}

/**
 * `runuser` lives in /usr/sbin or /sbin, which a root shell started with a minimal PATH (as CI's may
 * be) does not search.
 */
function runuser(): string {
  return (
    ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser', '/bin/runuser'].find((path) =>
      existsSync(path),
    ) ?? 'runuser'
  );
}

export async function startPostgres(): Promise<PostgresForTests> {
  const external = process.env.SAXON_TEST_DATABASE_URL;
  if (external) {
    return { adminUrl: external, createDatabase: databaseCreator(external), stop: async () => {} };
  }

  const bin = binDir();
  const asRoot = userInfo().uid === 0;
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync(runuser(), ['-u', 'postgres', '--', join(bin, command), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(join(bin, command), args, { stdio: 'pipe' });
  const dir = mkdtempSync(join(tmpdir(), 'saxon-pg-'));
  const data = join(dir, 'data');
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'postgres.log'),
    '-w',
    '-o',
    `-k /tmp -p ${port} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    adminUrl,
    createDatabase: databaseCreator(adminUrl),
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
