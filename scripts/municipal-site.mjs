// The Musterstadt demo: one local origin serves the page (examples/municipal-site), the widgets'
// script-tag bundles (/cdn/), the demo API's portal emulations (/ckan, /entrystore), the directory
// (/directory/v1) and its moderation console (/admin/) from @saxon-ai/directory-server over a fresh
// SQLite file seeded with the demo data and one demo editor account. Pages carry a strict
// Content-Security-Policy header. Used by `pnpm start` and by the end-to-end tests.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
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

/** Name of the editor account `pnpm start` creates (what the console's audit log shows as "who"). */
export const DEMO_EDITOR_NAME = 'Demo-Redaktion';

const path = (relative) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Request headers the page's directory and console requests carry on to the directory server:
 * content negotiation, the write side's body type, the editor's bearer token and the conditional
 * headers of optimistic concurrency (If-Match → 412) and revalidation (If-None-Match → 304).
 */
const REQUEST_HEADERS = [
  'accept',
  'accept-language',
  'authorization',
  'content-type',
  'if-match',
  'if-none-match',
  'origin',
];

/**
 * Hop-by-hop headers (RFC 9110 §7.6.1) of the directory server's connection: they describe that
 * connection, not the answer, and the site's own server sets its own. Every other answer header
 * (ETag, Location, Retry-After, Cache-Control, WWW-Authenticate, the console's CSP …) comes back.
 */
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade'];

/** Answers a request of the page through the directory server at `target()` (real HTTP). */
const forwardTo = (target) => async (request) => {
  const { pathname, search } = new URL(request.url);
  const headers = new Headers();
  for (const name of REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const answer = await fetch(new URL(pathname + search, target()), {
    method: request.method,
    headers,
    ...(hasBody && { body: await request.arrayBuffer() }),
    redirect: 'manual',
  });
  const answerHeaders = new Headers(answer.headers);
  for (const name of HOP_BY_HOP) answerHeaders.delete(name);
  return new Response(answer.body, {
    status: answer.status,
    statusText: answer.statusText,
    headers: answerHeaders,
  });
};

const execFileAsync = promisify(execFile);

/**
 * Creates the demo editor account with the directory server's own CLI (`saxon-directory user
 * add`, which migrates the fresh database first) and returns the token it prints on its last line.
 */
async function createDemoEditor(file) {
  const { stdout } = await execFileAsync(process.execPath, [
    path('../packages/directory-server/dist/cli.js'),
    'user',
    'add',
    '--role',
    'editor',
    '--expires-in',
    '1d',
    '--db',
    file,
    DEMO_EDITOR_NAME,
  ]);
  const token = stdout.trim().split('\n').at(-1)?.trim();
  if (!token?.startsWith('sxd_')) throw new Error(`saxon-directory user add printed no token`);
  return token;
}

/**
 * Starts the site; resolves with `{ url, port, directoryUrl, consoleUrl, editorToken, close() }`.
 * `directoryLogger` receives the directory server's JSON log entries (default: none).
 */
export async function startMunicipalSite({
  port = 4000,
  hostname = '127.0.0.1',
  directoryLogger = silentLogger,
} = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'saxon-musterstadt-'));
  const file = join(dataDir, 'directory.db');
  let directory;
  let site;
  const cleanUp = async () => {
    await site?.close();
    await directory?.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const editorToken = await createDemoEditor(file);
    // The site listens first: the directory server names the site's origin in status links.
    const forward = forwardTo(() => directory.url);
    site = await startDemoServer({
      port,
      hostname,
      mounts: [
        { prefix: '/directory/v1/', fetch: forward },
        { prefix: '/admin/', fetch: forward },
      ],
      static: [
        { prefix: '/cdn/', dir: path('../packages/components/dist/cdn/') },
        {
          prefix: '/',
          dir: path('../examples/municipal-site/'),
          headers: { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' },
        },
      ],
    });
    directory = await startDirectoryServer({
      file,
      seed: 'demo',
      port: 0,
      hostname: '127.0.0.1',
      logger: directoryLogger,
      openData: { publicUrl: site.url },
    });
    return {
      url: site.url,
      port: site.port,
      directoryUrl: directory.url,
      consoleUrl: `${site.url}/admin/`,
      editorToken,
      close: cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
