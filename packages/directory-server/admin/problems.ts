// What went wrong, as the console tells it: a message key with its parameters, and the server's
// field errors of a 400 answer.
import {
  ConflictError,
  ForbiddenError,
  HttpError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
  UnauthorizedError,
} from '@saxon-ai/sdk/directory';
import type { MessageKey, Params } from './messages.js';

export interface FieldProblem {
  name: string;
  reason: string;
}

export interface Problem {
  key: MessageKey;
  params?: Params;
  fields?: FieldProblem[];
  /** The token no longer works: the console returns to sign-in. */
  signedOut?: boolean;
  /** A 412: someone else wrote first. */
  stale?: boolean;
}

function fieldProblems(error: HttpError): FieldProblem[] {
  const given = (error as HttpError & { fieldErrors?: unknown }).fieldErrors;
  if (Array.isArray(given)) return given as FieldProblem[];
  try {
    const body = JSON.parse(error.body ?? '') as { errors?: unknown };
    return Array.isArray(body.errors) ? (body.errors as FieldProblem[]) : [];
  } catch {
    return [];
  }
}

export function describeProblem(error: unknown): Problem {
  if (error instanceof UnauthorizedError) return { key: 'error.unauthorized', signedOut: true };
  if (error instanceof ForbiddenError) return { key: 'error.forbidden' };
  if (error instanceof ConflictError) {
    return error.status === 412 ? { key: 'error.stale', stale: true } : { key: 'error.decided' };
  }
  if (error instanceof NotFoundError) return { key: 'error.notFound' };
  if (error instanceof RateLimitError) return { key: 'error.rateLimit' };
  if (error instanceof NetworkError || error instanceof TimeoutError) {
    return { key: 'error.network' };
  }
  if (error instanceof HttpError) {
    if (error.status === 400) return { key: 'error.invalid', fields: fieldProblems(error) };
    return { key: 'error.server', params: { status: error.status } };
  }
  return { key: 'error.unknown', params: { message: String((error as Error)?.message ?? error) } };
}
