import { Hono } from 'hono';

export interface DemoApiOptions {
  /** Clock used for everything "relative to today" (events). Defaults to the real time. */
  now?: () => Date;
}

/**
 * Creates the demo API as one Hono app. The app is runtime-neutral: it only uses the Fetch API, so
 * the same core serves Node (see `@saxon-ai/demo-api/node`) and the browser (through MSW).
 */
export function createDemoApi(options: DemoApiOptions = {}): Hono {
  const now = options.now ?? (() => new Date());
  const app = new Hono();

  app.get('/', (c) =>
    c.json({
      name: '@saxon-ai/demo-api',
      time: now().toISOString(),
      mounts: {
        ckan: '/ckan/api/3/action/',
        entrystore: '/entrystore/store/',
        directory: '/directory/v1/',
      },
    }),
  );

  return app;
}
