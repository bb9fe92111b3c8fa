// Reads an RFC 9457 problem document (a 400 answer's body) into the fields of an
// InvalidRequestError. Lenient: anything that is not a problem gives no field errors. Kept small
// (every client carries it): entries without a string `name` are left out, the rest is passed on.
import type { FieldError } from './errors.js';

type Problem = { errors?: FieldError[]; title?: string; detail?: string } | undefined;

/** `body` as ky pre-parsed it: an object for a JSON answer (`application/problem+json`), else text. */
export function problemOf(body: unknown) {
  const problem = (typeof body === 'object' ? body : undefined) as Problem;
  const errors = problem?.errors;
  return {
    fieldErrors: Array.isArray(errors) ? errors.filter((e) => typeof e?.name === 'string') : [],
    problemTitle: problem?.title,
    problemDetail: problem?.detail,
  };
}
