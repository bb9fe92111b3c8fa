import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const WORKER = 'mockServiceWorker.js';

/**
 * Serves MSW's service worker script straight from `node_modules/msw` — at any path ending in
 * `/mockServiceWorker.js`, so the worker's scope covers whichever page asks (Storybook's
 * `/iframe.html`, vitest's test iframes) — and writes it into the static build. The script is
 * MSW's code, so it never lands in the repository, and no copy step can be forgotten.
 */
export function mswWorkerPlugin(): Plugin {
  const source = () => readFileSync(createRequire(import.meta.url).resolve(`msw/${WORKER}`));
  return {
    name: 'saxon:msw-worker',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.split('?')[0]?.endsWith(`/${WORKER}`)) return next();
        response.setHeader('content-type', 'text/javascript; charset=utf-8');
        response.setHeader('cache-control', 'no-store');
        response.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: WORKER, source: source() });
    },
  };
}
