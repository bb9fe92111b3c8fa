// Conditional writes (RFC 9110 §13): which revision a write may replace, and the problems a
// write answers with when its condition is missing or stale.
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  EntryNotFoundError,
  PreconditionFailedError,
  TopicInUseError,
} from '../storage/entries.js';
import type { EntryWriteOptions } from '../storage/entries.js';
import { problem } from './problem.js';

/** The largest entry body (a description has ≤ 5,000 characters; the rest is small). */
export const MAX_ENTRY_BODY = 64 * 1024;

export type Condition = Pick<EntryWriteOptions, 'ifRevision' | 'createOnly'>;

/**
 * `If-Match: "r<revision>"` → that revision; `If-None-Match: *` (only where `create` is allowed)
 * → create only. Neither → `428`; an `If-Match` naming no revision of ours → `412`.
 */
export function readCondition(c: Context, create: boolean): Condition | Response {
  const ifMatch = c.req.header('if-match');
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifMatch !== undefined) {
    const match = /^\s*(?:W\/)?"r(\d{1,15})"\s*$/.exec(ifMatch);
    if (!match)
      return preconditionFailed(
        c,
        `If-Match ${ifMatch.slice(0, 60)} names no revision of this entry`,
      );
    return { ifRevision: Number(match[1]) };
  }
  if (create && ifNoneMatch?.trim() === '*') return { createOnly: true };
  return problem({
    type: 'https://saxon-ai.dev/problems/precondition-required',
    title: 'Vorbedingung erforderlich',
    status: 428,
    detail: create
      ? 'Send If-Match: <ETag of the entry> to change it, or If-None-Match: * to create it'
      : 'Send If-Match: <ETag of the entry>, so no change made meanwhile is overwritten',
    instance: c.req.path,
  });
}

export function preconditionFailed(c: Context, detail: string): Response {
  return problem({
    type: 'https://saxon-ai.dev/problems/precondition-failed',
    title: 'Eintrag wurde inzwischen geändert',
    status: 412,
    detail,
    instance: c.req.path,
  });
}

/** The storage's refusals as problems; anything else is rethrown (→ 500). */
export function writeRefusal(c: Context, error: unknown): Response {
  if (error instanceof PreconditionFailedError) {
    const response = preconditionFailed(
      c,
      error.currentRevision === undefined
        ? error.message
        : `The ${error.kind} changed meanwhile (now "r${error.currentRevision}"): load it again and redo the change`,
    );
    if (error.currentRevision !== undefined)
      response.headers.set('etag', `"r${error.currentRevision}"`);
    return response;
  }
  if (error instanceof EntryNotFoundError) {
    return problem({
      type: 'https://saxon-ai.dev/problems/not-found',
      title: 'Nicht gefunden',
      status: 404,
      detail: `${error.kind} "${error.entityId}" does not exist`,
      instance: c.req.path,
    });
  }
  if (error instanceof TopicInUseError) {
    return problem({
      type: 'https://saxon-ai.dev/problems/topic-in-use',
      title: 'Thema wird noch verwendet',
      status: 409,
      detail: `${error.actors} actors and ${error.events} events use topic "${error.topicId}"`,
      instance: c.req.path,
    });
  }
  throw error;
}

/** `413` past `MAX_ENTRY_BODY` bytes, before the body is parsed. */
export const entryBodyLimit = bodyLimit({
  maxSize: MAX_ENTRY_BODY,
  onError: (c) =>
    problem({
      type: 'https://saxon-ai.dev/problems/payload-too-large',
      title: 'Anfrage zu groß',
      status: 413,
      detail: `The body may have at most ${MAX_ENTRY_BODY} bytes`,
      instance: c.req.path,
    }),
});

/**
 * The JSON body of a write, or a problem: `415` for another media type, `400` for text that is
 * not JSON. `types` are the accepted media types (without parameters).
 */
export async function readJsonBody(
  c: Context,
  types: readonly string[],
): Promise<{ body: unknown } | Response> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!types.includes(type)) {
    return problem({
      type: 'https://saxon-ai.dev/problems/unsupported-media-type',
      title: 'Falscher Inhaltstyp',
      status: 415,
      detail: `Send the body as ${types.join(' or ')}`,
      instance: c.req.path,
    });
  }
  try {
    return { body: JSON.parse(await c.req.text()) as unknown };
  } catch {
    return invalidBody(c, [{ name: '(body)', reason: 'is not valid JSON' }]);
  }
}

export function invalidBody(c: Context, errors: { name: string; reason: string }[]): Response {
  return problem({
    type: 'https://saxon-ai.dev/problems/invalid-body',
    title: 'Ungültiger Eintrag',
    status: 400,
    detail: errors.map((e) => `${e.name}: ${e.reason}`).join('; '),
    instance: c.req.path,
    errors,
  });
}
