// The demo's public write side: `POST /submissions` and the private status link (read, withdraw),
// kept in memory. There is no moderation console in the demo, so a submission stays `pending`
// until its submitter withdraws it; nothing submitted ever reaches the demo's actors or events.
import { Hono, type Context } from 'hono';
import type { FieldError } from '../../../sdk/src/http/errors.js';
import { problem } from '../http.js';
import type { DirectoryContext } from './shared.js';
import { readSubmission, type SubmissionAction, type SubmissionKind } from './submission-input.js';

/** Largest accepted body, as on the directory server. */
export const SUBMISSION_BODY_LIMIT = 64 * 1024;

interface DemoSubmission {
  id: string;
  kind: SubmissionKind;
  action: SubmissionAction;
  targetId?: string;
  status: 'pending' | 'withdrawn';
  submittedAt: string;
  decidedAt?: string;
}

/** The submissions of one demo API instance, by status token. `clear()` is the test reset. */
export class SubmissionBox {
  private readonly byToken = new Map<string, DemoSubmission>();

  add(submission: DemoSubmission): string {
    const token = newStatusToken();
    this.byToken.set(token, submission);
    return token;
  }

  get(token: string): DemoSubmission | undefined {
    return this.byToken.get(token);
  }

  get size(): number {
    return this.byToken.size;
  }

  clear(): void {
    this.byToken.clear();
  }
}

/** 32 random bytes, base64url: 43 characters, as the server's status tokens. */
function newStatusToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

const noStore = (response: Response) => {
  response.headers.set('cache-control', 'no-store');
  return response;
};

const invalid = (c: Context, errors: FieldError[]) =>
  problem({
    type: 'https://saxon-ai.dev/problems/invalid-parameter',
    title: 'Ungültige Parameter',
    status: 400,
    detail: errors.map((e) => `${e.name}: ${e.reason}`).join('; '),
    instance: new URL(c.req.url).pathname,
    errors,
  });

const unknownToken = () =>
  problem({
    type: 'https://saxon-ai.dev/problems/not-found',
    title: 'Nicht gefunden',
    status: 404,
    detail: 'no submission has this status link',
    instance: '/directory/v1/submissions/status/…',
  });

async function readBody(c: Context): Promise<{ text: string } | Response> {
  const declared = Number(c.req.header('content-length') ?? 0);
  const tooLarge = () =>
    problem({
      title: 'Anfrage zu groß',
      status: 413,
      detail: `the body must be at most ${SUBMISSION_BODY_LIMIT} bytes`,
      instance: new URL(c.req.url).pathname,
    });
  if (declared > SUBMISSION_BODY_LIMIT) return tooLarge();
  const text = await c.req.text();
  if (new TextEncoder().encode(text).length > SUBMISSION_BODY_LIMIT) return tooLarge();
  return { text };
}

export function createSubmissionRoutes(context: DirectoryContext, box: SubmissionBox): Hono {
  const app = new Hono();
  const { store } = context;
  const eventIds = () => new Set(store.events().map((event) => event.id));

  app.post('/submissions', async (c) => {
    if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? ''))
      return noStore(
        problem({
          title: 'Falscher Inhaltstyp',
          status: 415,
          detail: 'send the body as application/json',
          instance: new URL(c.req.url).pathname,
        }),
      );
    const read = await readBody(c);
    if (read instanceof Response) return noStore(read);
    let body: unknown;
    try {
      body = JSON.parse(read.text);
    } catch {
      return noStore(invalid(c, [{ name: 'body', reason: 'is not valid JSON', code: 'invalid' }]));
    }
    const result = readSubmission(body, {
      topics: context.topicsById.keys(),
      actors: context.actorsById.keys(),
      exists: (kind, id) => (kind === 'actor' ? context.actorsById.has(id) : eventIds().has(id)),
    });
    if (!result.ok) return noStore(invalid(c, result.errors));
    const { kind, action, targetId } = result.value;
    const token = box.add({
      id: crypto.randomUUID(),
      kind,
      action,
      ...(targetId !== undefined && { targetId }),
      status: 'pending',
      submittedAt: store.now().toISOString(),
    });
    const submission = box.get(token)!;
    const statusUrl = new URL(
      `submissions/status/${token}`,
      `${c.req.url.replace(/\/submissions\/?(\?.*)?$/, '')}/`,
    ).href;
    c.header('location', statusUrl);
    c.header('cache-control', 'no-store');
    return c.json({ id: submission.id, status: 'pending' as const, statusUrl }, 202);
  });

  app.get('/submissions/status/:token', (c) => {
    const submission = box.get(c.req.param('token'));
    return noStore(submission ? Response.json(submission) : unknownToken());
  });

  app.delete('/submissions/status/:token', (c) => {
    const submission = box.get(c.req.param('token'));
    if (!submission) return noStore(unknownToken());
    if (submission.status !== 'pending')
      return noStore(
        problem({
          type: 'https://saxon-ai.dev/problems/already-decided',
          title: 'Bereits entschieden',
          status: 409,
          detail: 'the submission is no longer pending',
          instance: '/directory/v1/submissions/status/…',
        }),
      );
    submission.status = 'withdrawn';
    submission.decidedAt = store.now().toISOString();
    return noStore(Response.json(submission));
  });

  return app;
}
