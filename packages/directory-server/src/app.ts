import { Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { responseCache } from './http/cache.js';
import { jsonLogger, requestLog, type Logger } from './http/log.js';
import { problem } from './http/problem.js';
import { createActorRoutes } from './routes/actors.js';
import type { RouteContext } from './routes/context.js';
import { createEventRoutes } from './routes/events.js';
import { createModerationSubmissionRoutes } from './routes/moderation-submissions.js';
import { createSubmissionRoutes } from './routes/submissions.js';
import type { WebhookOptions } from './submissions/webhook.js';
import { createOpenDataRoutes, type OpenDataOptions } from './routes/open-data.js';
import { createTopicRoutes } from './routes/topics.js';
import type { DirectoryStorage } from './storage/types.js';

export const DIRECTORY_BASE_PATH = '/directory/v1';
export const DEFAULT_MAX_AGE = 60;
export const DEFAULT_CALENDAR_DOMAIN = 'directory.saxon-ai.invalid';

export interface DirectoryAppOptions {
  storage: DirectoryStorage;
  /** Origins allowed to read cross-origin: `*` (default) or a list. */
  corsOrigin?: string | string[];
  /** `Cache-Control: max-age` of GET answers in seconds. Default 60. */
  maxAge?: number;
  /** Clock of "upcoming" (tests fix it). */
  now?: () => Date;
  /** Domain in iCalendar UIDs, e.g. the operator's own domain. */
  calendarDomain?: string;
  logger?: Logger;
  /** The dataset `GET /dcat` describes: public URL, licence, publisher, contact point. */
  openData?: OpenDataOptions;
  /** Rate limit of `POST /submissions` (runs before the body is read; answers 429 itself). */
  submissionRateLimit?: MiddlewareHandler;
  /** Guard of `/moderation/*`: answers 401/403 itself, or lets an editor through. */
  requireEditor?: MiddlewareHandler;
  /** Notified (HMAC-signed POST) of every new submission. */
  submissionWebhook?: WebhookOptions;
}

/** Submissions and moderation: private answers, never cached, never public. */
export const isPrivatePath = (path: string) =>
  /^\/directory\/v1\/(submissions|moderation)(\/|$)/.test(path);

/** Paths whose answer depends on the clock. */
const clockDependent = (path: string) => /\/(events|topics)/.test(path);

/**
 * The directory server as one Hono app: the read contract under `/directory/v1`, `/healthz`
 * (process up) and `/readyz` (database reachable, schema current) at the root.
 */
export function createDirectoryApp(options: DirectoryAppOptions): Hono {
  const { storage } = options;
  const now = options.now ?? (() => new Date());
  const maxAge = options.maxAge ?? DEFAULT_MAX_AGE;
  const log = options.logger ?? jsonLogger;
  const context: RouteContext = {
    storage,
    now,
    calendarDomain: options.calendarDomain ?? DEFAULT_CALENDAR_DOMAIN,
  };
  const app = new Hono();

  app.use('*', requestLog(log));
  app.use(
    '*',
    cors({
      origin: options.corsOrigin ?? '*',
      allowMethods: ['GET', 'HEAD'],
      exposeHeaders: ['ETag', 'Cache-Control', 'Server-Timing'],
      maxAge: 600,
    }),
  );
  app.use(`${DIRECTORY_BASE_PATH}/*`, async (c, next) => {
    await next();
    if (isPrivatePath(c.req.path)) c.res.headers.set('cache-control', 'no-store');
    else if (c.res.status === 200 || c.res.status === 304) {
      c.res.headers.set('cache-control', `public, max-age=${maxAge}`);
    } else if (!c.res.headers.has('cache-control')) {
      c.res.headers.set('cache-control', 'no-store');
    }
  });
  const directoryCache = responseCache({
    version: () => storage.dataVersion(),
    clockDependent,
    now,
    engine: storage.engine,
  });
  app.use(`${DIRECTORY_BASE_PATH}/*`, (c, next) =>
    isPrivatePath(c.req.path) ? next() : directoryCache(c, next),
  );

  app.get('/', (c) =>
    c.json({
      name: '@saxon-ai/directory-server',
      directory: `${DIRECTORY_BASE_PATH}/`,
      health: '/healthz',
      ready: '/readyz',
      dcat: '/dcat',
    }),
  );
  app.get('/healthz', (c) => {
    c.header('cache-control', 'no-store');
    return c.json({ status: 'ok' });
  });
  app.get('/readyz', async (c) => {
    c.header('cache-control', 'no-store');
    try {
      await storage.ping();
      const { applied, latest } = await storage.migrationState();
      if (applied < latest) {
        return problem({
          title: 'Datenbankschema veraltet',
          status: 503,
          detail: `schema version ${applied}, this server needs ${latest}: run saxon-directory migrate`,
        });
      }
      return c.json({ status: 'ready', engine: storage.engine, schemaVersion: applied });
    } catch (error) {
      log({ level: 'warn', msg: 'database not reachable', error: (error as Error).message });
      return problem({ title: 'Datenbank nicht erreichbar', status: 503 });
    }
  });

  // Downloads are cached like the contract's answers; /dcat varies by Accept, so it gets an ETag
  // of its own instead of the URL-keyed cache.
  app.use('/export/*', async (c, next) => {
    await next();
    if (c.res.status === 200 || c.res.status === 304) {
      c.res.headers.set('cache-control', `public, max-age=${maxAge}`);
    }
  });
  app.use(
    '/export/*',
    responseCache({
      version: () => storage.dataVersion(),
      clockDependent: () => false,
      now,
      engine: storage.engine,
    }),
  );
  app.use('/dcat', etag({ weak: true }));
  app.route('/', createOpenDataRoutes(storage, options.openData));

  const directory = new Hono();
  directory.route('/', createActorRoutes(context));
  directory.route('/', createEventRoutes(context));
  directory.route('/', createTopicRoutes(context));
  directory.route(
    '/',
    createSubmissionRoutes(context, {
      log,
      ...(options.submissionRateLimit && { rateLimit: options.submissionRateLimit }),
      ...(options.submissionWebhook && { webhook: options.submissionWebhook }),
    }),
  );
  directory.route('/', createModerationSubmissionRoutes(context, options.requireEditor));
  app.route(DIRECTORY_BASE_PATH, directory);

  app.notFound((c) =>
    problem({
      title: 'Nicht gefunden',
      status: 404,
      detail: 'No such resource',
      instance: c.req.path,
    }),
  );
  app.onError((error, c) => {
    log({
      level: 'error',
      msg: 'unhandled error',
      path: c.req.path.replace(/\/submissions\/status\/[^/]+/, '/submissions/status/…'),
      error: error.message,
    });
    return problem({ title: 'Interner Fehler', status: 500, instance: c.req.path });
  });
  return app;
}
