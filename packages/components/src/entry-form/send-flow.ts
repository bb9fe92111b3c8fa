import type { SubmissionInput } from '@saxon-ai/sdk';
import {
  CONSENT,
  HONEYPOT,
  MESSAGE,
  toInput,
  toSubmitter,
  type Draft,
  type EntryKind,
} from './draft.js';
import type { FieldProblem } from './validation.js';

/** The fragment of a status link: `#eintrag-status=<token>` (it never reaches a server). */
export const STATUS_FRAGMENT = 'eintrag-status';

/** The proposal to send, from the draft; `fillMs` is how long the form has been open. */
export function buildSubmission(
  kind: EntryKind,
  draft: Draft,
  targetId: string | undefined,
  fillMs: number,
): SubmissionInput {
  const message = typeof draft[MESSAGE] === 'string' ? draft[MESSAGE].trim() : '';
  const honeypot = typeof draft[HONEYPOT] === 'string' ? draft[HONEYPOT] : '';
  return {
    kind,
    action: targetId ? 'update' : 'create',
    ...(targetId ? { targetId } : {}),
    data: toInput(kind, draft),
    submitter: toSubmitter(draft),
    consent: draft[CONSENT] === true,
    ...(message ? { message } : {}),
    signals: {
      fillMs: Math.max(0, Math.round(fillMs)),
      ...(honeypot ? { website: honeypot } : {}),
    },
  } as SubmissionInput;
}

/** The token at the end of a status URL (`…/submissions/status/{token}`). */
export function statusToken(statusUrl: string): string | undefined {
  const match = /\/submissions\/status\/([^/?#]+)$/.exec(new URL(statusUrl).pathname);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

/** Tokens are URL-safe random strings; anything else in a fragment is ignored. */
const TOKEN = /^[A-Za-z0-9_-]{8,200}$/;

/** The token in a page's fragment `#eintrag-status=<token>`, if there is a usable one. */
export function tokenFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get(STATUS_FRAGMENT) ?? '';
  return TOKEN.test(token) ? token : undefined;
}

/** The page's own URL with the status fragment: the private link the confirmation shows. */
export function statusLink(pageUrl: string, token: string): string {
  const url = new URL(pageUrl);
  url.hash = `${STATUS_FRAGMENT}=${token}`;
  return url.href;
}

/** The API's status URL for a token, under the form's `api-url`. */
export function statusUrl(apiBase: string, token: string): string {
  return `${apiBase.replace(/\/+$/, '')}/submissions/status/${encodeURIComponent(token)}`;
}

/** The field errors of a 400 answer (`InvalidRequestError.fieldErrors`, or the problem's `errors`). */
export function serverProblems(error: unknown): FieldProblem[] | undefined {
  const { code, status, fieldErrors, body } = (error ?? {}) as {
    code?: unknown;
    status?: unknown;
    fieldErrors?: unknown;
    body?: unknown;
  };
  if (code !== 'invalid_request' && status !== 400) return undefined;
  const list = Array.isArray(fieldErrors)
    ? fieldErrors
    : Array.isArray((body as { errors?: unknown } | undefined)?.errors)
      ? (body as { errors: unknown[] }).errors
      : [];
  return list
    .filter(
      (item): item is FieldProblem =>
        !!item && typeof item === 'object' && typeof (item as FieldProblem).name === 'string',
    )
    .map((item) => ({
      name: item.name,
      reason: typeof item.reason === 'string' ? item.reason : '',
      ...(typeof item.code === 'string' ? { code: item.code } : {}),
      ...(typeof item.limit === 'number' ? { limit: item.limit } : {}),
    }));
}
