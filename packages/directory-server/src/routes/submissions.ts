import { randomUUID } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from '../http/log.js';
import { ParamErrors } from '../http/params.js';
import { badRequest, problem } from '../http/problem.js';
import { audit } from '../storage/audit.js';
import type { SubmissionRecord } from '../storage/submissions.js';
import { heldReason, readEnvelope } from '../submissions/envelope.js';
import { validateEntryData } from '../submissions/validate-data.js';
import { hashToken, newStatusToken, statusView } from '../submissions/views.js';
import { notifyNewSubmission, type WebhookOptions } from '../submissions/webhook.js';
import type { RouteContext } from './context.js';

export const SUBMISSION_BODY_LIMIT = 64 * 1024;

export interface SubmissionRouteOptions {
  /** Runs before a submission is read; answers `429` itself when the client is over its limit. */
  rateLimit?: MiddlewareHandler;
  webhook?: WebhookOptions;
  log: Logger;
  /** The public root URL (`--public-url`): status links point there, not at the request's host. */
  publicUrl?: string;
}

/** `application/json` (any parameters); everything else is 415. */
export const isJson = (c: Context) =>
  /^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '');

export const tooLarge = (c: Context) =>
  problem({
    title: 'Anfrage zu groß',
    status: 413,
    detail: `the body must be at most ${SUBMISSION_BODY_LIMIT} bytes`,
    instance: c.req.path,
  });

export const unsupportedType = (c: Context) =>
  problem({
    title: 'Falscher Inhaltstyp',
    status: 415,
    detail: 'send the body as application/json',
    instance: c.req.path,
  });

/** Parses a JSON body; undefined after answering 400 through `errors`. */
export async function jsonBody(c: Context, errors: ParamErrors): Promise<unknown> {
  try {
    return JSON.parse(await c.req.text()) as unknown;
  } catch {
    errors.add('body', 'is not valid JSON', 'invalid');
    return undefined;
  }
}

/** Public submissions: `POST /submissions`, and the private status link (read, withdraw). */
export function createSubmissionRoutes(context: RouteContext, options: SubmissionRouteOptions) {
  const { storage, now } = context;
  const app = new Hono();
  const noop: MiddlewareHandler = async (_c, next) => next();

  app.post(
    '/submissions',
    bodyLimit({ maxSize: SUBMISSION_BODY_LIMIT, onError: tooLarge }),
    options.rateLimit ?? noop,
    async (c) => {
      if (!isJson(c)) return unsupportedType(c);
      const errors = new ParamErrors();
      const body = await jsonBody(c, errors);
      const envelope = errors.errors.length ? undefined : readEnvelope(body, errors);
      // The envelope's own problems (consent, …) are answered together with those of `data`.
      if (!envelope) return badRequest(c, errors);
      const at = now();
      if (envelope.targetId !== undefined) {
        const exists =
          envelope.kind === 'actor'
            ? await storage.actorJson(envelope.targetId)
            : await storage.event(envelope.targetId);
        if (!exists) errors.add('targetId', `no ${envelope.kind} with this id`, 'invalid');
      }
      if (envelope.data !== undefined) {
        await validateEntryData(
          storage,
          envelope.kind,
          envelope.data,
          {
            ...(envelope.targetId !== undefined && { id: envelope.targetId }),
            now: at,
            prefix: 'data',
          },
          errors,
        );
      }
      if (errors.errors.length) return badRequest(c, errors);
      const held = heldReason(envelope.signals);
      const record: SubmissionRecord = {
        id: randomUUID(),
        kind: envelope.kind,
        action: envelope.action,
        ...(envelope.targetId !== undefined && { targetId: envelope.targetId }),
        ...(envelope.data !== undefined && { data: envelope.data as Record<string, unknown> }),
        ...(envelope.message !== undefined && { message: envelope.message }),
        submitterName: envelope.submitter.name,
        submitterEmail: envelope.submitter.email,
        status: 'pending',
        heldBack: held !== undefined,
        ...(held !== undefined && { heldReason: held }),
        submittedMs: at.getTime(),
      };
      const token = newStatusToken();
      await storage.submissions.insert(record, hashToken(token));
      if (options.webhook) void notifyNewSubmission(options.webhook, record, options.log);
      const statusUrl = new URL(`submissions/status/${token}`, baseOf(c, options.publicUrl)).href;
      c.header('location', statusUrl);
      c.header('cache-control', 'no-store');
      return c.json({ id: record.id, status: 'pending' as const, statusUrl }, 202);
    },
  );

  app.get('/submissions/status/:token', async (c) => {
    c.header('cache-control', 'no-store');
    const record = await storage.submissions.byTokenHash(hashToken(c.req.param('token')));
    if (!record) return unknownToken(c);
    return c.json(statusView(record));
  });

  app.delete('/submissions/status/:token', async (c) => {
    c.header('cache-control', 'no-store');
    const record = await storage.submissions.byTokenHash(hashToken(c.req.param('token')));
    if (!record) return unknownToken(c);
    const at = now();
    const decided = await storage.decideSubmission(
      record.id,
      { status: 'withdrawn', decidedMs: at.getTime() },
      (tx) =>
        audit.record(tx, {
          editor: 'submitter',
          role: 'submitter',
          action: 'withdraw',
          kind: 'submission',
          entityId: record.id,
          submissionId: record.id,
          at,
        }),
    );
    if (!decided) return alreadyDecided(c);
    return c.json(statusView((await storage.submissions.byId(record.id))!));
  });

  return app;
}

/** `…/directory/v1/` of the public URL, or else of this request: where status links point. */
function baseOf(c: Context, publicUrl?: string): string {
  const url = new URL(c.req.url);
  const path = url.pathname.replace(/submissions\/?$/, '');
  return publicUrl ? `${publicUrl.replace(/\/+$/, '')}${path}` : `${url.origin}${path}`;
}

const unknownToken = (_c: Context) =>
  problem({
    type: 'https://saxon-ai.dev/problems/not-found',
    title: 'Nicht gefunden',
    status: 404,
    detail: 'no submission has this status link',
    instance: '/directory/v1/submissions/status/…',
  });

export const alreadyDecided = (c: Context) =>
  problem({
    type: 'https://saxon-ai.dev/problems/already-decided',
    title: 'Bereits entschieden',
    status: 409,
    detail: 'the submission is no longer pending',
    instance: c.req.path.replace(/\/status\/[^/]+/, '/status/…'),
  });
