import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { startDemoServer, type DemoServer } from '../../packages/demo-api/src/node.js';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A tiny static server for a built app on 127.0.0.1 (unknown paths get index.html). */
async function serveStatic(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, pathname));
    if (!file.startsWith(dir + sep) || pathname.endsWith('/')) file = join(dir, 'index.html');
    const body = await readFile(file).catch(() => readFile(join(dir, 'index.html')));
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/html; charset=utf-8' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export interface BuiltExample {
  /** The demo API the app talks to. */
  api: DemoServer;
  /** Where the built app is served (another origin than the API). */
  siteUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * `examples/<name>` as a user builds it: `vite build` with VITE_SAXON_API pointing at a fresh demo
 * API, the static output served from another origin, and a Chromium to open it in.
 */
export async function buildViteExample(name: string): Promise<BuiltExample> {
  const root = fileURLToPath(new URL(`../../examples/${name}/`, import.meta.url));
  const api = await startDemoServer({ port: 0 });
  const outDir = await mkdtemp(join(tmpdir(), `saxon-${name}-`));
  // Vite reads VITE_* variables from the environment; NODE_ENV is `test` under vitest, which would
  // give a development build (of React, for one).
  const previous = { ...process.env };
  process.env['VITE_SAXON_API'] = api.url;
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    for (const variable of ['VITE_SAXON_API', 'NODE_ENV']) {
      if (previous[variable] === undefined) delete process.env[variable];
      else process.env[variable] = previous[variable];
    }
  }
  const site = await serveStatic(outDir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return {
    api,
    siteUrl: site.url,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => site.server.close(resolve));
      await api.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
