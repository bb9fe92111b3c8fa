import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { listOf, oneOf, ParamErrors, queryOf, single } from '../http/params.js';
import { badRequest, notFound, problem } from '../http/problem.js';
import { writeRefusal } from '../http/conditional.js';
import { audit } from '../storage/audit.js';
import { EntryNotFoundError, type EntryWriteOptions } from '../storage/entries.js';
import type { EntryChange } from '../storage/submission-apply.js';
import {
  MODERATION_STATES,
  SUBMISSION_KINDS,
  type SubmissionRecord,
} from '../storage/submissions.js';
import { asInput, diff, liveEntry, mergePatch } from '../submissions/diff.js';
import { validateEntryData, type ValidEntry } from '../submissions/validate-data.js';
import { moderationView } from '../submissions/views.js';
import { entryEtag, ifMatchRevision, type RouteContext } from './context.js';
import {
  alreadyDecided,
  isJson,
  jsonBody,
  SUBMISSION_BODY_LIMIT,
  tooLarge,
  unsupportedType,
} from './submissions.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

/** Without a configured guard nobody is an editor: moderation is closed, never open. */
const closed: MiddlewareHandler = async () =>
  problem({ title: 'Nicht angemeldet', status: 401, detail: 'no accounts are configured' });

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function integer(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
  errors: ParamErrors,
) {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    errors.add(name, `must be an integer from ${min} to ${max}`);
    return undefined;
  }
  return n;
}

/** Moderation of submissions, for editors: list, detail with diff, approve, reject. */
export function createModerationSubmissionRoutes(
  context: RouteContext,
  requireEditor: MiddlewareHandler = closed,
) {
  const { storage, now } = context;
  const app = new Hono();
  app.use('/moderation/submissions', requireEditor);
  app.use('/moderation/submissions/*', requireEditor);
  const limitBody = bodyLimit({ maxSize: SUBMISSION_BODY_LIMIT, onError: tooLarge });

  app.get('/moderation/submissions', async (c) => {
    const query = queryOf(c.req.url);
    const errors = new ParamErrors();
    const states = listOf(query('status'), MODERATION_STATES, 'status', errors);
    const kind = oneOf(single(query, 'kind', errors), SUBMISSION_KINDS, 'kind', errors);
    const limit =
      integer(single(query, 'limit', errors), 'limit', 1, MAX_LIMIT, errors) ?? DEFAULT_LIMIT;
    const offset = integer(single(query, 'offset', errors), 'offset', 0, 1_000_000, errors) ?? 0;
    if (errors.errors.length) return badRequest(c, errors);
    const page = await storage.submissions.list({
      states: states.length ? states : ['pending'],
      ...(kind && { kind }),
      limit,
      offset,
    });
    return c.json({ total: page.total, limit, offset, items: page.items.map(moderationView) });
  });

  /** The proposal as the entry it would become (validated now), or undefined when invalid now. */
  async function proposal(
    record: SubmissionRecord,
    data: unknown,
    prefix: string,
    errors: ParamErrors,
  ) {
    return validateEntryData(
      storage,
      record.kind,
      data,
      { ...(record.targetId !== undefined && { id: record.targetId }), now: now(), prefix },
      errors,
    );
  }

  app.get('/moderation/submissions/:id', async (c) => {
    const record = await storage.submissions.byId(c.req.param('id'));
    if (!record) return notFound(c, 'submission');
    const live = record.targetId
      ? await liveEntry(storage, record.kind, record.targetId)
      : undefined;
    let after: Record<string, unknown> | undefined;
    if (record.data !== undefined) {
      const valid = await proposal(record, record.data, 'data', new ParamErrors());
      after = valid ? asInput(record.kind, valid.entry) : record.data;
    }
    return c.json({
      ...moderationView(record),
      ...(live && { live: live.entry, liveEtag: entryEtag(live.revision) }),
      diff: diff(live && asInput(record.kind, live.entry), after),
    });
  });

  app.post('/moderation/submissions/:id/approve', limitBody, async (c) => {
    const record = await storage.submissions.byId(c.req.param('id'));
    if (!record) return notFound(c, 'submission');
    if (record.status !== 'pending') return alreadyDecided(c);
    const errors = new ParamErrors();
    const body = await optionalBody(c, errors);
    if (body instanceof Response) return body;
    if (body !== undefined && !isObject(body)) errors.add('body', 'must be a JSON object');
    const { edits, note } = (body ?? {}) as Record<string, unknown>;
    if (edits !== undefined && !isObject(edits)) errors.add('edits', 'must be an object');
    if (note !== undefined && (typeof note !== 'string' || note.length > 2000))
      errors.add('note', 'must be a string of at most 2000 characters');
    if (edits !== undefined && record.action === 'remove')
      errors.add('edits', 'a removal has nothing to edit');
    if (errors.errors.length) return badRequest(c, errors);

    const live = record.targetId
      ? await liveEntry(storage, record.kind, record.targetId)
      : undefined;
    if (record.targetId !== undefined && !live) return targetGone(c, record);
    // The approval is conditional on the revision the editor saw (If-Match) or, without one, on
    // the revision just read: an entry changed meanwhile is never overwritten unseen.
    const ifMatch = c.req.header('if-match');
    const seen =
      ifMatch === undefined || ifMatch.trim() === '*' ? undefined : ifMatchRevision(ifMatch);
    if (live && seen !== undefined && seen !== live.revision) return stale(c, live.revision);

    let change: EntryChange;
    let valid: ValidEntry | undefined;
    if (record.action === 'remove') {
      change = { kind: record.kind, remove: record.targetId! };
    } else {
      const data = edits === undefined ? record.data : mergePatch(record.data, edits);
      valid = await proposal(record, data, edits === undefined ? 'data' : 'edits', errors);
      if (!valid) return badRequest(c, errors);
      if (record.action === 'create') valid.entry.id = await freeId(valid);
      change =
        valid.kind === 'actor'
          ? { kind: 'actor', put: valid.entry }
          : { kind: 'event', put: valid.entry };
    }
    const entryId = valid?.entry.id ?? record.targetId!;
    const at = now();
    const account = c.get('account');
    const options: EntryWriteOptions = {
      ...(live ? { ifRevision: live.revision } : { createOnly: true }),
      audit: {
        editor: account.name,
        role: account.role,
        action: 'approve',
        submissionId: record.id,
        ...(typeof note === 'string' && note.trim() && { note: note.trim() }),
        at,
      },
    };
    let approved: number | undefined;
    try {
      approved = await storage.approveSubmission(
        record.id,
        change,
        { status: 'approved', decidedMs: at.getTime(), entryId },
        options,
      );
    } catch (error) {
      if (error instanceof EntryNotFoundError) return targetGone(c, record);
      return writeRefusal(c, error);
    }
    if (!approved) return alreadyDecided(c);
    const submission = moderationView((await storage.submissions.byId(record.id))!);
    const entry = valid ? await liveEntry(storage, record.kind, entryId) : undefined;
    return c.json({ submission, ...(entry && { entry: entry.entry }) });
  });

  app.post('/moderation/submissions/:id/reject', limitBody, async (c) => {
    const record = await storage.submissions.byId(c.req.param('id'));
    if (!record) return notFound(c, 'submission');
    const errors = new ParamErrors();
    const body = await optionalBody(c, errors);
    if (body instanceof Response) return body;
    const reason = isObject(body) ? body.reason : undefined;
    if (typeof reason !== 'string' || reason.trim() === '' || reason.length > 2000)
      errors.add('reason', 'must be a text of 1 to 2000 characters');
    if (errors.errors.length) return badRequest(c, errors);
    if (record.status !== 'pending') return alreadyDecided(c);
    const at = now();
    const account = c.get('account');
    const text = (reason as string).trim();
    const rejected = await storage.decideSubmission(
      record.id,
      { status: 'rejected', decidedMs: at.getTime(), reason: text },
      (tx) =>
        audit.record(tx, {
          editor: account.name,
          role: account.role,
          action: 'reject',
          kind: 'submission',
          entityId: record.id,
          submissionId: record.id,
          note: text,
          at,
        }),
    );
    if (!rejected) return alreadyDecided(c);
    return c.json(moderationView((await storage.submissions.byId(record.id))!));
  });

  /** A create's id: made from the name, with `-2`, `-3` … when that id is taken. */
  async function freeId(valid: ValidEntry): Promise<string> {
    const base = valid.entry.id;
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base.slice(0, 95)}-${n}`;
      if (!(await liveEntry(storage, valid.kind, id))) return id;
    }
  }

  return app;
}

function targetGone(c: Context, record: SubmissionRecord) {
  return problem({
    type: 'https://saxon-ai.dev/problems/target-gone',
    title: 'Eintrag existiert nicht mehr',
    status: 409,
    detail: `the ${record.kind} ${record.targetId} no longer exists`,
    instance: c.req.path,
  });
}

function stale(c: Context, revision: number) {
  const response = problem({
    type: 'https://saxon-ai.dev/problems/stale',
    title: 'Veraltete Version',
    status: 412,
    detail: 'the entry changed since you looked at it; reload the submission',
    instance: c.req.path,
  });
  response.headers.set('etag', entryEtag(revision));
  return response;
}

/** The body when there is one: undefined for none, a Response for 415, or 400 through `errors`. */
async function optionalBody(c: Context, errors: ParamErrors): Promise<unknown> {
  const length = c.req.header('content-length');
  if (length === '0' || (length === undefined && !c.req.header('content-type'))) return undefined;
  if (!isJson(c)) return unsupportedType(c);
  return jsonBody(c, errors);
}
