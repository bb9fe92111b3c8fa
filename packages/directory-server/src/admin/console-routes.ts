import { Hono, type Context } from 'hono';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { problem } from '../http/problem.js';

/** Where the moderation console is served. */
export const ADMIN_BASE_PATH = '/admin';

/**
 * The console's security headers. Nothing inline and no eval: scripts and styles come from the
 * console's own files (Lit adopts its styles as constructed stylesheets, which `style-src 'self'`
 * allows), and it talks only to its own origin.
 */
export const ADMIN_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface AdminConsoleOptions {
  /** The built console (`dist/admin/`); default: the one shipped with this package. */
  dir?: string;
}

/** A name esbuild gave a content-hashed file, e.g. `console-5GQ3ZK2M.js`. */
const HASHED = /-[A-Z0-9]{8}\.(js|css)$/;
/** Files are looked up by name only, never by a path: nothing outside the directory is served. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
};

/**
 * The console built with this package: `dist/admin/` beside the built server, or — when the
 * server runs from its sources (tests) — the package's `dist/admin/`.
 */
export function defaultAdminDir(): string {
  const besideBuild = fileURLToPath(new URL('./admin/', import.meta.url));
  if (existsSync(join(besideBuild, 'index.html'))) return besideBuild;
  return fileURLToPath(new URL('../../dist/admin/', import.meta.url));
}

interface Asset {
  body: Uint8Array;
  type: string;
  cacheControl: string;
}

async function loadAssets(dir: string): Promise<Map<string, Asset>> {
  const assets = new Map<string, Asset>();
  for (const name of await readdir(dir)) {
    const extension = name.split('.').pop() ?? '';
    if (!SAFE_NAME.test(name) || !(extension in TYPES)) continue;
    assets.set(name, {
      body: new Uint8Array(await readFile(join(dir, name))),
      type: TYPES[extension]!,
      // Hashed files never change under their name; the page itself is revalidated every time so
      // a new release is picked up at once.
      cacheControl: HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  }
  return assets;
}

function secure(headers: Headers) {
  headers.set('content-security-policy', ADMIN_CONTENT_SECURITY_POLICY);
  headers.set('x-content-type-options', 'nosniff');
  headers.set('referrer-policy', 'no-referrer');
  headers.set('cross-origin-opener-policy', 'same-origin');
  headers.set('x-frame-options', 'DENY');
}

/**
 * The moderation console as a Hono app serving {@link ADMIN_BASE_PATH}: its page at `/admin/`, its
 * script beside it, each answer (404s too) with the strict CSP and `nosniff`; `/admin` redirects
 * to `/admin/` (relative links of the page resolve only under the slash).
 *
 * ```ts
 * app.route('/', createAdminConsoleRoutes());
 * ```
 */
export function createAdminConsoleRoutes(options: AdminConsoleOptions = {}): Hono {
  const dir = options.dir ?? defaultAdminDir();
  let assets: Promise<Map<string, Asset>> | undefined;
  const app = new Hono();

  const base = ADMIN_BASE_PATH;
  app.use(`${base}/*`, async (c, next) => {
    await next();
    secure(c.res.headers);
  });
  const serve = async (c: Context, name: string) => {
    assets ??= loadAssets(dir).catch((error: unknown) => {
      assets = undefined;
      throw error;
    });
    let found: Map<string, Asset>;
    try {
      found = await assets;
    } catch {
      return problem({
        title: 'Moderationskonsole nicht gebaut',
        status: 503,
        detail: 'the console is not built: run the package build (pnpm build)',
      });
    }
    const asset = found.get(name);
    if (!asset) {
      return problem({ title: 'Nicht gefunden', status: 404, instance: c.req.path });
    }
    c.header('content-type', asset.type);
    c.header('cache-control', asset.cacheControl);
    return c.body(asset.body as Uint8Array<ArrayBuffer>);
  };
  app.get(base, (c) => c.redirect(`${base}/`, 301));
  app.get(`${base}/`, (c) => serve(c, 'index.html'));
  app.get(`${base}/:name`, (c) => serve(c, c.req.param('name')));
  app.all(`${base}/*`, (c) =>
    problem({ title: 'Nicht gefunden', status: 404, instance: c.req.path }),
  );
  return app;
}
