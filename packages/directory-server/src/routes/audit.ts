import { Hono } from 'hono';
import { requireRole } from '../http/auth.js';
import { list, listOf, paging, ParamErrors, queryOf, single } from '../http/params.js';
import { badRequest } from '../http/problem.js';
import { AUDIT_KINDS } from '../storage/audit.js';
import type { RouteContext } from './context.js';

/** `GET /moderation/audit`: every change with who, when and what (editor or admin). */
export function createAuditRoutes({ storage }: RouteContext): Hono {
  const app = new Hono();
  app.get('/moderation/audit', requireRole('editor'), async (c) => {
    const errors = new ParamErrors();
    const query = queryOf(c.req.url);
    const kind = listOf(list(query, 'kind'), AUDIT_KINDS, 'kind', errors);
    const entityId = single(query, 'entityId', errors);
    const editor = single(query, 'editor', errors);
    const page = paging(query, errors, 200);
    if (errors.errors.length) return badRequest(c, errors);
    return c.json(await storage.listAudit({ kind, entityId, editor, ...page }));
  });
  return app;
}
