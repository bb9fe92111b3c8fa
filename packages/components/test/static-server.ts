// A tiny static file server on 127.0.0.1 for the Node tests that open pages in Chromium.
import { createServer, type OutgoingHttpHeaders } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `routes` (URL path prefix → directory) and `files` (path → text, typed by its extension;
 * `/` is HTML); every answer carries `headers` (a Content-Security-Policy, say). Paths cannot leave
 * their directory.
 */
export async function serveStatic(
  routes: Record<string, string>,
  options: { files?: Record<string, string>; headers?: OutgoingHttpHeaders } = {},
): Promise<StaticServer> {
  const { files = {}, headers = {} } = options;
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const text = files[path];
    if (text !== undefined) {
      const type = TYPES[extname(path) || '.html'] ?? 'text/plain';
      response.writeHead(200, { ...headers, 'content-type': type });
      return response.end(text);
    }
    const prefix = Object.keys(routes)
      .filter((p) => path.startsWith(p))
      .sort((a, b) => b.length - a.length)[0];
    const relative = prefix === undefined ? undefined : normalize(path.slice(prefix.length));
    if (prefix === undefined || relative === undefined || relative.startsWith('..')) {
      response.writeHead(404).end();
      return;
    }
    const file = join(
      routes[prefix]!,
      relative === '/' || relative === '.' ? 'index.html' : relative,
    );
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { ...headers, 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
