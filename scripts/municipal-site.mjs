// The Musterstadt demo: one local origin serves the page (examples/municipal-site), the widgets'
// script-tag bundles (/cdn/), the demo API's portal emulations (/ckan, /entrystore) and the
// directory (/directory/v1) from @saxon-ai/directory-server over a fresh SQLite file seeded with
// the demo data. Pages carry a strict Content-Security-Policy header. Used by `pnpm start` and by
// the end-to-end test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../packages/demo-api/dist/node.js';
import { silentLogger, startDirectoryServer } from '../packages/directory-server/dist/index.js';

/** The policy the page is served with: nothing inline, nothing evaluated, nothing from elsewhere. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

const path = (relative) => fileURLToPath(new URL(relative, import.meta.url));

/** Request headers the page's directory requests carry on to the directory server. */
const FORWARDED = ['accept', 'accept-language', 'if-none-match', 'origin'];

/** Answers a request of the page through the directory server at `target` (real HTTP). */
const forwardTo = (target) => (request) => {
  const { pathname, search } = new URL(request.url);
  const headers = new Headers();
  for (const name of FORWARDED) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  return fetch(new URL(pathname + search, target), { method: request.method, headers });
};

/**
 * Starts the site; resolves with `{ url, port, directoryUrl, close() }`. `directoryLogger`
 * receives the directory server's JSON log entries (default: none).
 */
export async function startMunicipalSite({
  port = 4000,
  hostname = '127.0.0.1',
  directoryLogger = silentLogger,
} = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'saxon-musterstadt-'));
  const directory = await startDirectoryServer({
    file: join(dataDir, 'directory.db'),
    seed: 'demo',
    port: 0,
    hostname: '127.0.0.1',
    logger: directoryLogger,
  });
  const site = await startDemoServer({
    port,
    hostname,
    mounts: [{ prefix: '/directory/v1/', fetch: forwardTo(directory.url) }],
    static: [
      { prefix: '/cdn/', dir: path('../packages/components/dist/cdn/') },
      {
        prefix: '/',
        dir: path('../examples/municipal-site/'),
        headers: { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' },
      },
    ],
  }).catch(async (error) => {
    await directory.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  return {
    url: site.url,
    port: site.port,
    directoryUrl: directory.url,
    async close() {
      await site.close();
      await directory.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
