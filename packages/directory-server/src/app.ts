import { Hono } from 'hono';
import { etag } from 'hono/etag';
import {
  ADMIN_BASE_PATH,
  createAdminConsoleRoutes,
  type AdminConsoleOptions,
} from './admin/console-routes.js';
import { authentication, requireRole } from './http/auth.js';
import {
  clientAddress,
  rateLimit,
  type RateLimitOptions,
  type RateWindow,
} from './http/rate-limit.js';
import { responseCache } from './http/cache.js';
import { jsonLogger, requestLog, type Logger } from './http/log.js';
import { problem } from './http/problem.js';
import { directoryCors, isWriteRoute } from './http/write-routes.js';
import { createActorRoutes } from './routes/actors.js';
import { createAuditRoutes } from './routes/audit.js';
import type { RouteContext } from './routes/context.js';
import { createEntryWriteRoutes } from './routes/entry-writes.js';
import { createEventRoutes } from './routes/events.js';
import { createModerationEntryRoutes } from './routes/moderation-entries.js';
import { createModerationSubmissionRoutes } from './routes/moderation-submissions.js';
import { createOpenDataRoutes, type OpenDataOptions } from './routes/open-data.js';
import { createSubmissionRoutes } from './routes/submissions.js';
import { createTopicRoutes } from './routes/topics.js';
import type { DirectoryStorage } from './storage/types.js';
import type { WebhookOptions } from './submissions/webhook.js';

export const DIRECTORY_BASE_PATH = '/directory/v1';
export const DEFAULT_MAX_AGE = 60;
export const DEFAULT_CALENDAR_DOMAIN = 'directory.saxon-ai.invalid';

export interface DirectoryAppOptions {
  storage: DirectoryStorage;
  /** Origins allowed to read cross-origin: `*` (default) or a list. */
  corsOrigin?: string | string[];
  /**
   * Origins allowed to call write routes (submissions, moderation, entry writes) cross-origin,
   * e.g. the site that embeds the entry form. Default none: same-origin only.
   */
  writeOrigins?: readonly string[];
  /**
   * Behind a reverse proxy: take the client address for rate limits from the first
   * `X-Forwarded-For` address instead of the socket. Default false.
   */
  trustProxy?: boolean;
  /** `Cache-Control: max-age` of GET answers in seconds. Default 60. */
  maxAge?: number;
  /** Clock of "upcoming" (tests fix it). */
  now?: () => Date;
  /** Domain in iCalendar UIDs, e.g. the operator's own domain. */
  calendarDomain?: string;
  logger?: Logger;
  /** The dataset `GET /dcat` describes: public URL, licence, publisher, contact point. */
  openData?: OpenDataOptions;
  /**
   * Per-client limits of `POST /submissions`; default {@link DEFAULT_SUBMISSION_LIMITS}. The key
   * is the client address (see `trustProxy`); tests may pass their own key and clock.
   */
  submissionRateLimit?: Partial<RateLimitOptions>;
  /** Notified (HMAC-signed POST) of every new submission. */
  submissionWebhook?: WebhookOptions;
  /**
   * The moderation console at `/admin/` (served by default); `false` turns it off, e.g. when the
   * editors' desk runs elsewhere. The moderation API itself stays.
   */
  adminConsole?: boolean | AdminConsoleOptions;
}

/** `POST /submissions`: 5 a minute and 30 an hour per client. */
export const DEFAULT_SUBMISSION_LIMITS: readonly RateWindow[] = [
  { limit: 5, windowMs: 60_000 },
  { limit: 30, windowMs: 60 * 60_000 },
];

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
    clientKey: (c) => clientAddress(c, options.trustProxy ?? false),
  };
  const app = new Hono();

  const isWrite = (c: { req: { method: string; path: string } }) =>
    isWriteRoute(c.req.method, c.req.path, DIRECTORY_BASE_PATH);

  app.use('*', requestLog(log));
  app.use(
    '*',
    directoryCors({
      basePath: DIRECTORY_BASE_PATH,
      readOrigin: options.corsOrigin ?? '*',
      writeOrigins: options.writeOrigins ?? [],
    }),
  );
  app.use(
    '*',
    authentication((token) => storage.authenticate(token, now())),
  );
  app.use(`${DIRECTORY_BASE_PATH}/*`, async (c, next) => {
    await next();
    // Write answers (and their errors: 401, 403, 412, 429 …) are private and never stored.
    if (isWrite(c)) {
      c.res.headers.set('cache-control', 'no-store');
    } else if (c.res.status === 200 || c.res.status === 304) {
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
  app.use(`${DIRECTORY_BASE_PATH}/*`, (c, next) => (isWrite(c) ? next() : directoryCache(c, next)));

  app.get('/', (c) =>
    c.json({
      name: '@saxon-ai/directory-server',
      directory: `${DIRECTORY_BASE_PATH}/`,
      health: '/healthz',
      ready: '/readyz',
      dcat: '/dcat',
      ...(options.adminConsole !== false && { admin: `${ADMIN_BASE_PATH}/` }),
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
  directory.route('/', createAuditRoutes(context));
  directory.route(
    '/',
    createSubmissionRoutes(context, {
      log,
      rateLimit: rateLimit({
        windows: DEFAULT_SUBMISSION_LIMITS,
        key: context.clientKey,
        ...options.submissionRateLimit,
      }),
      ...(options.submissionWebhook && { webhook: options.submissionWebhook }),
      ...(options.openData?.publicUrl && { publicUrl: options.openData.publicUrl }),
    }),
  );
  directory.route('/', createModerationSubmissionRoutes(context, requireRole('editor')));
  directory.route('/', createEntryWriteRoutes(context));
  directory.route('/', createModerationEntryRoutes(context));
  app.route(DIRECTORY_BASE_PATH, directory);

  if (options.adminConsole !== false) {
    app.route(
      '/',
      createAdminConsoleRoutes(options.adminConsole === true ? {} : options.adminConsole),
    );
  }

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
