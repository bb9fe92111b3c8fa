import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Hono } from 'hono';

/** A local folder served beside the APIs, e.g. a demo page and the widgets' script files. */
export interface StaticFolder {
  /** URL path prefix, e.g. `/` or `/cdn/`. */
  prefix: string;
  /** Folder on disk. */
  dir: string;
  /** Extra response headers, e.g. a Content-Security-Policy for the pages. */
  headers?: Record<string, string>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Adds GET routes serving files below `folder.dir` at `folder.prefix`: directory paths serve their
 * `index.html`, nothing outside the folder is reachable (`..` is refused), unknown paths fall
 * through to the app's other routes.
 */
export function serveFolder(app: Hono, folder: StaticFolder): void {
  const prefix = folder.prefix.endsWith('/') ? folder.prefix : `${folder.prefix}/`;
  const root = normalize(folder.dir);
  app.get(`${prefix}*`, async (c, next) => {
    const relative = decodeURIComponent(new URL(c.req.url).pathname.slice(prefix.length));
    let path = normalize(join(root, relative));
    if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return next();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      return c.body(body, 200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...folder.headers,
      });
    } catch {
      return next();
    }
  });
}
