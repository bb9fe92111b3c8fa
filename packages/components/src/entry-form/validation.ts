import type { MessageKey, MessageParams } from '../shared/i18n/messages.js';
import type { EntryKind } from './draft.js';
import { CONSENT, MESSAGE, SUBMITTER_EMAIL, SUBMITTER_NAME } from './draft.js';

/**
 * A problem with one field, as the SDK's input rules and the server's 400 answers name it: `name`
 * is the dotted path (relative to the input for the rules, to the request body for the server),
 * `code` the machine reason, `limit` the maximum where one applies.
 */
export interface FieldProblem {
  name: string;
  reason: string;
  code?: string;
  limit?: number;
}

/** The message for each machine reason. */
const CODE_MESSAGE: Record<string, MessageKey> = {
  required: 'entryFormErrorRequired',
  too_long: 'entryFormErrorTooLong',
  too_many: 'entryFormErrorTooMany',
  pattern: 'entryFormErrorPattern',
  not_http_url: 'entryFormErrorNotHttpUrl',
  invalid_email: 'entryFormErrorInvalidEmail',
  not_in_saxony: 'entryFormErrorNotInSaxony',
  not_saxon_kreis: 'entryFormErrorNotSaxonKreis',
  unknown_topic: 'entryFormErrorUnknownTopic',
  unknown_actor: 'entryFormErrorUnknownActor',
  not_allowed: 'entryFormErrorNotAllowed',
  end_before_start: 'entryFormErrorEndBeforeStart',
  invalid_date: 'entryFormErrorInvalidDate',
  duplicate: 'entryFormErrorDuplicate',
  invalid: 'entryFormErrorInvalid',
};

/** Choices (selects, checkboxes) are "chosen", not "filled in". */
const CHOICE_PATHS = new Set(['category', 'location', 'location.precision', 'attendanceMode']);

/**
 * The draft path a problem belongs on. Server names are relative to the request body (`data.name`,
 * `submitter.email`, `consent`), the rules' relative to the input; list items (`topics.3`,
 * `organizers.0.name`) belong on their list's field.
 */
export function draftPath(name: string): string {
  if (name === 'consent') return CONSENT;
  if (name === 'message') return MESSAGE;
  if (name === 'submitter.name') return SUBMITTER_NAME;
  if (name === 'submitter.email') return SUBMITTER_EMAIL;
  const path = name.replace(/^data\./, '');
  const list = /^(topics|offers|organizers)\.\d+/.exec(path);
  return list ? list[1]! : path;
}

/** The visitor's text for a problem, in the form's language, whatever language the server wrote. */
export function problemText(
  problem: FieldProblem,
  path: string,
  msg: (key: MessageKey, params?: MessageParams) => string,
): string {
  if (path === CONSENT) return msg('entryFormErrorConsent');
  if (problem.code === 'required' && CHOICE_PATHS.has(path))
    return msg('entryFormErrorRequiredChoice');
  if (problem.code === 'pattern' && path.endsWith('postalCode'))
    return msg('entryFormErrorPostalCode');
  const key = problem.code ? CODE_MESSAGE[problem.code] : undefined;
  if (key) return msg(key, problem.limit === undefined ? {} : { limit: problem.limit });
  // A reason without a known code (an older server): its own words, marked as the server's.
  return msg('entryFormErrorOther', { field: path, reason: problem.reason });
}

/** What the form checks before sending: the entry, the submitter and the consent. */
export interface CheckRequest {
  kind: EntryKind;
  input: unknown;
  submitter: { name: string; email: string };
  consent: boolean;
  message: string;
  /** Known topic ids, when loaded: unknown ones are then named before sending. */
  topics?: Iterable<string>;
  /** The entry a change proposal updates. */
  id?: string;
}

/** What the rules take besides the input: known topics, the entry a change updates. */
export interface RuleOptions {
  topics?: Iterable<string>;
  id?: string;
}

/** The type of the SDK's input rules (`checkActorInput`, `checkEventInput`, `checkSubmitter`). */
export interface InputRules {
  checkActorInput(data: unknown, options?: RuleOptions): FieldProblem[];
  checkEventInput(data: unknown, options?: RuleOptions): FieldProblem[];
  checkSubmitter(submitter: unknown): FieldProblem[];
}

/**
 * Every problem of a proposal, with names as the server would give them (`data.…`, `submitter.…`,
 * `consent`, `message`), from the same rules the server applies.
 */
export function checkProposal(rules: InputRules, request: CheckRequest): FieldProblem[] {
  const options: RuleOptions = {
    ...(request.topics ? { topics: request.topics } : {}),
    ...(request.id ? { id: request.id } : {}),
  };
  const entry =
    request.kind === 'actor'
      ? rules.checkActorInput(request.input, options)
      : rules.checkEventInput(request.input, options);
  const problems = [
    ...entry.map((problem) => ({ ...problem, name: `data.${problem.name}` })),
    ...rules
      .checkSubmitter(request.submitter)
      .map((problem) => ({ ...problem, name: `submitter.${problem.name}` })),
  ];
  if (request.message.length > 2000)
    problems.push({ name: 'message', reason: 'too long', code: 'too_long', limit: 2000 });
  if (!request.consent) problems.push({ name: 'consent', reason: 'required', code: 'required' });
  return problems;
}
