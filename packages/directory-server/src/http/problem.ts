import type { Context } from 'hono';
import type { FieldProblem, ParamErrors } from './params.js';

export interface ProblemDetails {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
}

/** An RFC 9457 problem document. */
export function problem(details: ProblemDetails): Response {
  return new Response(JSON.stringify({ type: 'about:blank', ...details }), {
    status: details.status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

export function badRequest(c: Context, errors: ParamErrors): Response {
  return problem({
    type: 'https://saxon-ai.dev/problems/invalid-parameter',
    title: 'Ungültige Parameter',
    status: 400,
    detail: errors.errors.map((e) => `${e.name}: ${e.reason}`).join('; '),
    instance: c.req.path,
    errors: errors.errors,
  });
}

export function notFound(c: Context, what: string): Response {
  return problem({
    type: 'https://saxon-ai.dev/problems/not-found',
    title: 'Nicht gefunden',
    status: 404,
    detail: `${what} does not exist`,
    instance: c.req.path,
  });
}
