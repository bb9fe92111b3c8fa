// The body of `POST /submissions` (`SubmissionInput`), checked with the very rules the directory
// server applies: the SDK's input rules (imported from its source and bundled, so the demo has no
// package dependency on the SDK, which itself tests against the demo). Errors are named by the
// body's dotted paths with the contract's codes (`data.address.postalCode` · `pattern`).
import type { FieldError } from '../../../sdk/src/http/errors.js';
import {
  checkActorInput,
  checkEventInput,
  checkSubmitter,
} from '../../../sdk/src/directory/input-rules.js';
import { isRecord, shapeErrors, type Shape } from '../../../sdk/src/directory/input-shape.js';
import { readText, type Report } from '../../../sdk/src/directory/input-text.js';

export type SubmissionKind = 'actor' | 'event';
export type SubmissionAction = 'create' | 'update' | 'remove';

export interface SubmissionEnvelope {
  kind: SubmissionKind;
  action: SubmissionAction;
  targetId?: string;
  data?: Record<string, unknown>;
}

const text = (max: number, values?: readonly string[]): Shape => ({
  type: 'string',
  max,
  ...(values && { enum: values }),
});

const ENVELOPE: Shape = {
  type: 'object',
  required: ['kind', 'action', 'submitter', 'consent'],
  properties: {
    kind: text(10, ['actor', 'event']),
    action: text(10, ['create', 'update', 'remove']),
    targetId: text(100),
    // `data` is checked as ActorInput/EventInput on its own; the submitter's values below.
    data: { type: 'object', properties: {} },
    submitter: {
      type: 'object',
      required: ['name', 'email'],
      properties: { name: text(200), email: text(254) },
    },
    consent: { type: 'boolean' },
    message: text(2000),
    signals: { type: 'object', properties: { website: text(500), fillMs: { type: 'number' } } },
  },
};

export interface EntryIds {
  topics: Iterable<string>;
  actors: Iterable<string>;
  exists(kind: SubmissionKind, id: string): boolean;
}

const prefixed = (prefix: string, errors: FieldError[]): FieldError[] =>
  errors.map((error) => ({
    ...error,
    name: error.name === '(body)' ? prefix : `${prefix}.${error.name}`,
  }));

/** The envelope, or every problem of the body (envelope and `data` together, as the server). */
export function readSubmission(
  body: unknown,
  ids: EntryIds,
): { ok: true; value: SubmissionEnvelope } | { ok: false; errors: FieldError[] } {
  if (!isRecord(body))
    return {
      ok: false,
      errors: [{ name: 'body', reason: 'must be a JSON object', code: 'invalid' }],
    };
  const { data, ...rest } = body;
  const errors = shapeErrors(rest, ENVELOPE);
  if (data !== undefined && !isRecord(data))
    errors.push({ name: 'data', reason: 'must be an object', code: 'invalid' });
  if (errors.length) return { ok: false, errors };
  const kind = rest.kind as SubmissionKind;
  const action = rest.action as SubmissionAction;
  const targetId = rest.targetId as string | undefined;
  if (rest.consent !== true)
    errors.push({
      name: 'consent',
      reason: 'must be true: the submitter agrees to the processing of their data',
      code: 'required',
    });
  if (action !== 'remove' && data === undefined)
    errors.push({ name: 'data', reason: `is required for ${action}`, code: 'required' });
  if (action !== 'create' && targetId === undefined)
    errors.push({ name: 'targetId', reason: `is required for ${action}`, code: 'required' });
  errors.push(...prefixed('submitter', checkSubmitter(rest.submitter)));
  const report: Report = (name, code, reason, limit) => {
    errors.push({ name, reason, code, ...(limit !== undefined && { limit }) });
    return undefined;
  };
  readText(report, 'message', rest.message, { max: 2000, multiline: true });
  if (targetId !== undefined && !ids.exists(kind, targetId))
    errors.push({ name: 'targetId', reason: `no ${kind} with this id`, code: 'invalid' });
  if (data !== undefined && action !== 'remove') {
    const options = { topics: ids.topics, actors: ids.actors, ...(targetId && { id: targetId }) };
    const check = kind === 'actor' ? checkActorInput : checkEventInput;
    errors.push(...prefixed('data', check(data, options)));
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      kind,
      action,
      ...(targetId !== undefined && { targetId }),
      ...(data !== undefined && action !== 'remove' && { data: data as Record<string, unknown> }),
    },
  };
}
