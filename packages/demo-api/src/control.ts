import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { SubmissionBox } from './directory/submissions.js';
import type { FaultInjector, FaultRule } from './faults.js';
import type { RequestLog } from './request-log.js';

export interface ControlledState {
  faults: FaultInjector;
  log: RequestLog;
  submissions: SubmissionBox;
}

/**
 * Test-only control endpoint, mounted at `/__control` only when `createDemoApi({ control: true })`.
 * Tests use it to switch faults on, to count the requests a client really sent, to see how many
 * submissions arrived and to reset all of it between tests (`POST /__control/reset`).
 */
export function createControlApi({ faults, log, submissions }: ControlledState): Hono {
  const app = new Hono();
  app.use('*', cors({ origin: '*', allowMethods: ['GET', 'PUT', 'POST', 'DELETE'] }));
  app.get('/faults', (c) => c.json(faults.list()));
  app.put('/faults', async (c) => {
    const rules = (await c.req.json()) as FaultRule[];
    if (!Array.isArray(rules)) return c.json({ error: 'expected an array of fault rules' }, 400);
    faults.set(rules);
    return c.json(faults.list());
  });
  app.delete('/faults', (c) => {
    faults.set([]);
    return c.body(null, 204);
  });
  app.get('/requests', (c) => c.json(log.list()));
  app.delete('/requests', (c) => {
    log.clear();
    return c.body(null, 204);
  });
  app.get('/submissions', (c) => c.json({ count: submissions.size }));
  app.delete('/submissions', (c) => {
    submissions.clear();
    return c.body(null, 204);
  });
  app.post('/reset', (c) => {
    faults.set([]);
    log.clear();
    submissions.clear();
    return c.body(null, 204);
  });
  return app;
}
