// ActorInput / EventInput bodies → the stored Actor / EventRecord, with the same value checks as
// the import (lengths, Saxony, http(s) links, e-mail, known topics) and errors named by the
// body's dotted field paths. The server owns `id` (the path), `updatedAt` (now), the organizers'
// names (resolved from the directory when read) and `timeZone` (Europe/Berlin).
import type { FieldReader } from '../io/checks.js';
import { isSlug } from '../io/checks.js';
import { ACTOR_PATHS, EVENT_PATHS } from '../io/field-paths.js';
import { IssueList, type FieldKey } from '../io/fields.js';
import { flattenActor, flattenEvent } from '../io/import-json.js';
import type { EventRecord } from '../io/model.js';
import { readActor } from '../io/read-actor.js';
import { readEvent } from '../io/read-event.js';
import { topicIndex } from '../io/read-shared.js';
import { locationAsInput, type Actor, type DirectoryEvent } from '../model.js';
import { ACTOR_INPUT, checkShape, EVENT_INPUT, type Shape } from '../submissions/shapes.js';
import { ParamErrors, type FieldProblem } from './params.js';

type ShapeError = FieldProblem;

/** The body's structure errors, named relative to the body (`address.city`), as submissions do. */
function shapeErrors(shape: Shape, body: unknown): ShapeError[] {
  const errors = new ParamErrors();
  checkShape(body, shape, 'body', errors);
  return errors.errors.map((error) => ({
    ...error,
    name: error.name === 'body' ? '(body)' : error.name.replace(/^body\./, ''),
  }));
}

export type InputResult<T> = { ok: true; value: T } | { ok: false; errors: ShapeError[] };

export interface InputContext {
  /** The entry's id, from the path. */
  id: string;
  now: Date;
  /** Ids of the topic vocabulary. */
  topics: Iterable<string>;
  /** Which of the given actor ids exist (published or not). */
  existingActors?: (ids: string[]) => Promise<Set<string>>;
}

function reader(): FieldReader {
  // The import's warnings (a repaired leading zero …) concern spreadsheets only.
  return { issues: new IssueList(), spreadsheet: false, warn: () => {} };
}

function named(issues: IssueList, paths: Partial<Record<FieldKey, string>>): ShapeError[] {
  return issues.issues.map((issue) => ({
    name: paths[issue.field] ?? issue.field,
    reason: issue.message.en,
    code: issue.code,
    ...(issue.limit !== undefined && { limit: issue.limit }),
  }));
}

function idErrors(id: string): ShapeError[] {
  return isSlug(id)
    ? []
    : [
        {
          name: 'id',
          reason: 'must be lower-case letters, digits and hyphens (≤ 100)',
          code: 'pattern',
        },
      ];
}

export function readActorInput(body: unknown, context: InputContext): InputResult<Actor> {
  const errors = [...idErrors(context.id), ...shapeErrors(ACTOR_INPUT, body)];
  if (errors.length) return { ok: false, errors };
  const fields = reader();
  const actor = readActor(
    fields,
    flattenActor({ ...(body as Record<string, unknown>), id: context.id, updatedAt: undefined }),
    { topicIndex: topicIndex(context.topics, []), now: context.now },
  );
  return actor
    ? { ok: true, value: actor }
    : { ok: false, errors: named(fields.issues, ACTOR_PATHS) };
}

export async function readEventInput(
  body: unknown,
  context: InputContext,
): Promise<InputResult<EventRecord>> {
  const errors = [...idErrors(context.id), ...shapeErrors(EVENT_INPUT, body)];
  if (errors.length) return { ok: false, errors };
  const input = body as Record<string, unknown>;
  const organizers = (input.organizers ?? []) as { id?: string; name?: string }[];
  const ids = organizers.flatMap((o) => (o.id === undefined ? [] : [o.id]));
  const known = context.existingActors ? await context.existingActors(ids) : new Set(ids);
  const fields = reader();
  const event = readEvent(
    fields,
    flattenEvent({ ...input, organizerIds: [], id: context.id, updatedAt: undefined }),
    { topicIndex: topicIndex(context.topics, []), knownActors: known, now: context.now },
  );
  return event
    ? { ok: true, value: event }
    : { ok: false, errors: named(fields.issues, EVENT_PATHS) };
}

/** A stored actor as the ActorInput that would write it again (the base of a merge patch). */
export function actorAsInput(actor: Actor): Record<string, unknown> {
  const { id: _id, updatedAt: _updatedAt, ...input } = actor;
  return input;
}

/** A stored event as its EventInput: organizers as `{ id }` (directory actors) or `{ name }`. */
export function eventAsInput(event: DirectoryEvent): Record<string, unknown> {
  const {
    id: _id,
    updatedAt: _updatedAt,
    organizerIds: _ids,
    organizers,
    location,
    ...input
  } = event;
  return {
    ...input,
    ...(location && { location: locationAsInput(location) }),
    organizers: organizers.map((o) => (o.id === undefined ? { name: o.name } : { id: o.id })),
  };
}

/** RFC 7396 JSON merge patch: objects merge, `null` removes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const result: Record<string, unknown> =
    typeof target === 'object' && target !== null && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}
