import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { createDemoApi, type DemoApiOptions } from './app.js';
import { serveFolder, type StaticFolder } from './static-site.js';

export type { StaticFolder };

export interface DemoServerOptions extends DemoApiOptions {
  /** TCP port; 0 picks a free one. Default 4000. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1, so the demo is never reachable from the network by accident. */
  hostname?: string;
  /** Local folders served on the same origin as the APIs (a demo page, the widgets' scripts). */
  static?: StaticFolder[];
  /**
   * Other apps answering below a path prefix on the same origin, ahead of the demo API's own
   * routes — e.g. the directory server for `/directory/v1/` on the Musterstadt page.
   */
  mounts?: MountedApp[];
}

/** An app reached through the demo server's origin (see `DemoServerOptions.mounts`). */
export interface MountedApp {
  /** URL path prefix, e.g. `/directory/v1/`. */
  prefix: string;
  fetch(request: Request): Response | Promise<Response>;
}

export interface DemoServer {
  /** Base URL of the running server, e.g. `http://127.0.0.1:4000`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the demo API on a Node HTTP server and resolves once it listens. */
export function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const {
    port = 4000,
    hostname = '127.0.0.1',
    static: folders = [],
    mounts = [],
    ...apiOptions
  } = options;
  const api = createDemoApi(apiOptions);
  let app: Hono = api;
  if (folders.length || mounts.length) {
    app = new Hono();
    for (const mount of mounts) {
      const prefix = mount.prefix.endsWith('/') ? mount.prefix : `${mount.prefix}/`;
      app.all(`${prefix}*`, (c) => mount.fetch(c.req.raw));
    }
    for (const folder of folders) serveFolder(app, folder);
    app.route('/', api);
  }
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
