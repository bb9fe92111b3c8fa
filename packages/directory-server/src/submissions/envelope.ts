// The envelope of `POST /submissions` (`SubmissionInput`): everything but `data`, which
// validate-data.ts checks against the entry schemas.
import { readEmail, readText, type FieldReader } from '../io/checks.js';
import { IssueList, type FieldKey } from '../io/fields.js';
import type { ParamErrors } from '../http/params.js';
import {
  SUBMISSION_ACTIONS,
  SUBMISSION_KINDS,
  type SubmissionAction,
  type SubmissionKind,
} from '../storage/submissions.js';
import { checkShape, type Shape } from './shapes.js';

export interface SubmissionEnvelope {
  kind: SubmissionKind;
  action: SubmissionAction;
  targetId?: string;
  data?: unknown;
  submitter: { name: string; email: string };
  message?: string;
  signals: { website?: string; fillMs?: number };
}

const ENVELOPE: Shape = {
  type: 'object',
  required: ['kind', 'action', 'submitter', 'consent'],
  properties: {
    kind: { type: 'string', max: 10, enum: SUBMISSION_KINDS },
    action: { type: 'string', max: 10, enum: SUBMISSION_ACTIONS },
    targetId: { type: 'string', max: 100 },
    // `data` is checked against ActorInput/EventInput on its own.
    data: { type: 'object', properties: {} },
    submitter: {
      type: 'object',
      required: ['name', 'email'],
      properties: { name: { type: 'string', max: 200 }, email: { type: 'string', max: 254 } },
    },
    consent: { type: 'boolean' },
    message: { type: 'string', max: 2000 },
    signals: {
      type: 'object',
      properties: { website: { type: 'string', max: 500 }, fillMs: { type: 'number' } },
    },
  },
};

/** A form filled faster than this was filled by a script posing as a person. */
export const MIN_FILL_MS = 3000;

/** Why a submission is held back quietly, or undefined when it is not. */
export function heldReason(signals: SubmissionEnvelope['signals']): string | undefined {
  if (signals.website !== undefined && signals.website.trim() !== '') return 'honeypot';
  if (signals.fillMs !== undefined && signals.fillMs < MIN_FILL_MS) return 'fill-time';
  return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function readEnvelope(body: unknown, errors: ParamErrors): SubmissionEnvelope | undefined {
  if (!isObject(body)) {
    errors.add('body', 'must be a JSON object', 'invalid');
    return undefined;
  }
  const { data, ...rest } = body;
  const before = errors.errors.length;
  checkShape(rest, ENVELOPE, 'body', errors);
  // Paths without the `body.` prefix, as the contract names them (`submitter.email`).
  errors.errors.forEach((error, index) => {
    if (index >= before) error.name = error.name.replace(/^body\./, '');
  });
  if (data !== undefined && !isObject(data)) errors.add('data', 'must be an object', 'invalid');
  if (errors.errors.length > before) return undefined;
  // From here on problems are collected but the envelope is still returned, so one answer also
  // lists the problems of `data`.
  const action = rest.action as SubmissionAction;
  if (rest.consent !== true)
    errors.add(
      'consent',
      'must be true: the submitter agrees to the processing of their data',
      'required',
    );
  if (action !== 'remove' && data === undefined)
    errors.add('data', 'is required for ' + action, 'required');
  if (action !== 'create' && typeof rest.targetId !== 'string')
    errors.add('targetId', 'is required for ' + action, 'required');
  const issues = new IssueList();
  const reader: FieldReader = { issues, spreadsheet: false, warn: () => {} };
  const submitter = rest.submitter as Record<string, unknown>;
  const paths: Partial<Record<FieldKey, string>> = {
    name: 'submitter.name',
    email: 'submitter.email',
    description: 'message',
  };
  const name = readText(reader, 'name', submitter.name, { required: true, max: 200 });
  const email = readEmail(reader, 'email', submitter.email);
  if (email === undefined && !issues.issues.some((i) => i.field === 'email'))
    issues.add('email', 'Pflichtfeld ist leer.', 'required field is empty.', 'required');
  const message = readText(reader, 'description', rest.message, { max: 2000, multiline: true });
  for (const issue of issues.issues)
    errors.add(paths[issue.field]!, issue.message.en, issue.code, issue.limit);
  return {
    kind: rest.kind as SubmissionKind,
    action,
    ...(action !== 'create' && { targetId: rest.targetId as string }),
    ...(action !== 'remove' && { data }),
    submitter: { name: name ?? '', email: email ?? '' },
    ...(message !== undefined && { message }),
    signals: (rest.signals ?? {}) as SubmissionEnvelope['signals'],
  };
}
