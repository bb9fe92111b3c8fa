import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { createCkanPages } from './ckan/pages.js';
import { createCkanApi } from './ckan/routes.js';
import { createControlApi } from './control.js';
import { createDirectoryApi } from './directory/routes.js';
import { SubmissionBox } from './directory/submissions.js';
import { createEntryStoreApi } from './entrystore/routes.js';
import { createDemoSite } from './site/routes.js';
import {
  DROPPED_CONNECTION_HEADER,
  errorBodyFor,
  FaultInjector,
  faultMiddleware,
  type FaultRule,
} from './faults.js';
import { cacheControl, DEFAULT_MAX_AGE } from './http.js';
import { RequestLog } from './request-log.js';
import { createStore, type StoreOptions } from './store.js';

export interface DemoApiOptions extends StoreOptions {
  /** Faults injected from the start (see `FaultRule`). Off by default. */
  faults?: FaultRule[];
  /**
   * Mount the test-only control endpoint `/__control` (set faults, read the request log).
   * Off by default; never switch it on for anything reachable by others.
   */
  control?: boolean;
  /** `Cache-Control: max-age` of GET answers, in seconds. Default 60. */
  maxAge?: number;
}

const CONTROL_PREFIX = '/__control';

/**
 * Creates the demo API as one Hono app serving three mounts: `/ckan/api/3/action/*` (CKAN 2.10),
 * `/entrystore/store/*` (EntryStore search) and `/directory/v1/*` (the Saxon AI directory). The app
 * only uses the Fetch API, so the same core runs in Node (`@saxon-ai/demo-api/node`) and in the
 * browser (through MSW).
 */
export function createDemoApi(options: DemoApiOptions = {}): Hono {
  const store = createStore(options);
  const faults = new FaultInjector(options.faults);
  const log = new RequestLog();
  const submissions = new SubmissionBox();
  const app = new Hono();

  app.use('*', async (c, next) => {
    if (!c.req.path.startsWith(CONTROL_PREFIX)) log.add(c.req.raw);
    await next();
  });
  if (options.control) app.route(CONTROL_PREFIX, createControlApi({ faults, log, submissions }));

  app.use(
    '*',
    cors({
      origin: '*',
      // POST and DELETE for the public submissions (`/directory/v1/submissions…`).
      allowMethods: ['GET', 'HEAD', 'POST', 'DELETE'],
      exposeHeaders: ['ETag', 'Retry-After', 'Cache-Control'],
      maxAge: 600,
    }),
  );
  app.use('*', async (c, next) => {
    if (c.req.path.startsWith(CONTROL_PREFIX)) return next();
    return faultMiddleware(faults)(c, next);
  });
  app.use('*', cacheControl(options.maxAge ?? DEFAULT_MAX_AGE));
  app.use('*', etag({ weak: true }));

  app.get('/', (c) =>
    c.json({
      name: '@saxon-ai/demo-api',
      mounts: {
        ckan: '/ckan/api/3/action/',
        entrystore: '/entrystore/store/',
        directory: '/directory/v1/',
        site: '/demo/',
      },
    }),
  );
  const ckan = createCkanApi(store);
  app.route('/ckan/api/3/action', ckan);
  app.route('/ckan/api/action', ckan);
  app.route('/ckan', createCkanPages(store));
  app.route('/entrystore/store', createEntryStoreApi(store));
  app.route('/directory/v1', createDirectoryApi(store, submissions));
  app.route('/demo', createDemoSite(store.site));
  app.notFound((c) =>
    errorBodyFor(
      c.req.path,
      404,
      c.req.path.startsWith('/entrystore/') ? 'Entry not found' : 'Not found',
    ),
  );

  // A dropped connection without a socket (in the browser) reaches the caller as a network error.
  const answer = app.fetch.bind(app);
  app.fetch = async (...args: Parameters<typeof app.fetch>) => {
    const response = await answer(...args);
    return response.headers.has(DROPPED_CONNECTION_HEADER) ? Response.error() : response;
  };
  return app;
}
