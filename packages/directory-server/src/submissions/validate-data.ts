// A submission's `data` → the Actor or Event it would become, or the reasons it cannot. Structure
// first (./shapes.ts), then the import's field readers for meaning, so a submitted entry meets
// exactly the rules an imported one does.
import type { FieldReader } from '../io/checks.js';
import { ACTOR_PATHS, EVENT_PATHS } from '../io/field-paths.js';
import { IssueList, type FieldKey } from '../io/fields.js';
import { flattenActor, flattenEvent } from '../io/import-json.js';
import { readActor } from '../io/read-actor.js';
import { readEvent } from '../io/read-event.js';
import { topicIndex } from '../io/read-shared.js';
import type { ParamErrors } from '../http/params.js';
import type { Actor, DirectoryEvent } from '../model.js';
import type { DirectoryStorage } from '../storage/types.js';
import type { SubmissionKind } from '../storage/submissions.js';
import { ACTOR_INPUT, checkShape, EVENT_INPUT } from './shapes.js';

export type ValidEntry = { kind: 'actor'; entry: Actor } | { kind: 'event'; entry: DirectoryEvent };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Ids named as `{ id }` organisers that are actors of the directory. */
async function knownOrganizers(storage: DirectoryStorage, data: Record<string, unknown>) {
  const ids = (Array.isArray(data.organizers) ? data.organizers : [])
    .map((o: unknown) => (isObject(o) && typeof o.id === 'string' ? o.id : undefined))
    .filter((id): id is string => id !== undefined);
  const known = new Set<string>();
  for (const id of new Set(ids)) if (await storage.actorJson(id)) known.add(id);
  return known;
}

/**
 * Validates `data` as `ActorInput`/`EventInput` and builds the entry with `id` (the target's for
 * an update; made from the name for a create) and `updatedAt` = now. Problems go to `errors`
 * under `prefix` (`data`, or `edits` when an editor's edits broke it).
 */
export async function validateEntryData(
  storage: DirectoryStorage,
  kind: SubmissionKind,
  data: unknown,
  options: { id?: string; now: Date; prefix: string },
  errors: ParamErrors,
): Promise<ValidEntry | undefined> {
  const before = errors.errors.length;
  checkShape(data, kind === 'actor' ? ACTOR_INPUT : EVENT_INPUT, options.prefix, errors);
  if (errors.errors.length > before || !isObject(data)) return undefined;
  const issues = new IssueList();
  const reader: FieldReader = { issues, spreadsheet: false, warn: () => {} };
  const context = {
    // Topic ids only, as the contract's TopicId (the import also takes labels).
    topicIndex: topicIndex(
      (await storage.topics()).map((topic) => topic.id),
      [],
    ),
    knownActors: kind === 'event' ? await knownOrganizers(storage, data) : undefined,
    now: options.now,
  };
  // updatedAt is server-owned: always now, never what was sent.
  const document = { ...data, id: options.id, updatedAt: undefined };
  let result: ValidEntry | undefined;
  if (kind === 'actor') {
    const actor = readActor(reader, flattenActor(document), context);
    if (actor) result = { kind, entry: actor };
  } else {
    const event = readEvent(reader, flattenEvent({ ...document, organizerIds: [] }), context);
    if (event) {
      const names = new Map<string, string>();
      for (const id of event.organizerIds) {
        const json = await storage.actorJson(id);
        if (json) names.set(id, (JSON.parse(json) as Actor).name);
      }
      result = {
        kind,
        entry: {
          ...event,
          organizers: [
            ...event.organizerIds.map((id) => ({ id, name: names.get(id) ?? id })),
            ...event.organizers,
          ],
        } as DirectoryEvent,
      };
    }
  }
  const paths: Partial<Record<FieldKey, string>> = {
    ...(kind === 'actor' ? ACTOR_PATHS : EVENT_PATHS),
    // A new entry's id is made from its name: a name that yields none is the name's problem.
    ...(options.id === undefined && { id: kind === 'actor' ? 'name' : 'title' }),
  };
  for (const issue of issues.issues)
    errors.add(
      `${options.prefix}.${paths[issue.field] ?? issue.field}`,
      issue.message.en,
      issue.code,
      issue.limit,
    );
  return errors.errors.length > before ? undefined : result;
}
