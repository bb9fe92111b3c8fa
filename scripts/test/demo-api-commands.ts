import type { BrowserCommand } from 'vitest/node';
import { startDemoServer, type DemoServer } from '../../packages/demo-api/src/node.js';

/**
 * Browser-test commands (run in Node, called from the page with `commands.…` of `vitest/browser`):
 * a demo API in hostile-data mode over real HTTP on 127.0.0.1, one per payload offset, for widgets
 * that reach an API only by URL (the actor card's open-data portal). The shared demo API of
 * `demo-api.setup.ts` stays as it is.
 */
const servers = new Map<string, DemoServer>();

const startHostileDemoApi: BrowserCommand<[offset: number, now: string], string> = async (
  _context,
  offset,
  now,
) => {
  const server = await startDemoServer({
    port: 0,
    hostile: { offset },
    now: () => new Date(now),
  });
  servers.set(server.url, server);
  return server.url;
};

const stopDemoApi: BrowserCommand<[url: string], void> = async (_context, url) => {
  const server = servers.get(url);
  servers.delete(url);
  await server?.close();
};

export const demoApiCommands = { startHostileDemoApi, stopDemoApi };

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Starts a hostile-mode demo API (`hostile: { offset }`, clock at `now`); its base URL. */
    startHostileDemoApi: (offset: number, now: string) => Promise<string>;
    /** Stops a demo API that `startHostileDemoApi` started. */
    stopDemoApi: (url: string) => Promise<void>;
  }
}
