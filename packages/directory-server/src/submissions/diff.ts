// What an editor compares: the live entry in the input shape, the proposal, and a field-by-field
// diff between them.
import { locationAsInput, type Actor, type DirectoryEvent } from '../model.js';
import type { DirectoryStorage } from '../storage/types.js';
import type { SubmissionKind } from '../storage/submissions.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An Actor or Event as `ActorInput`/`EventInput`: without the server-owned fields. */
export function asInput(kind: SubmissionKind, entry: Actor | DirectoryEvent): Json {
  if (kind === 'actor') {
    const { id: _id, updatedAt: _updated, ...rest } = entry as Actor;
    return rest;
  }
  const {
    id: _id,
    updatedAt: _updated,
    organizerIds: _ids,
    timeZone: _zone,
    organizers,
    location,
    ...rest
  } = entry as DirectoryEvent;
  return {
    ...rest,
    ...(location && { location: locationAsInput(location) }),
    organizers: organizers.map((o) => (o.id !== undefined ? { id: o.id } : { name: o.name })),
  };
}

/**
 * The live entry (published or not: editors see unpublished entries too) with its revision, or
 * undefined. Its ETag `"r<revision>"` is what an approval sends as `If-Match`.
 */
export async function liveEntry(
  storage: DirectoryStorage,
  kind: SubmissionKind,
  id: string,
): Promise<LiveEntry | undefined> {
  if (kind === 'actor') {
    const found = await storage.actorEntry(id, { includeUnpublished: true });
    return (
      found && {
        entry: JSON.parse(found.doc) as Actor,
        revision: found.revision,
        published: found.published,
      }
    );
  }
  const found = await storage.eventEntry(id, { includeUnpublished: true });
  return found && { entry: found.event, revision: found.revision, published: found.published };
}

export interface LiveEntry {
  entry: Actor | DirectoryEvent;
  revision: number;
  published: boolean;
}

/** Leaves of a document as dotted paths (arrays are compared whole: topics, organisers). */
function leaves(value: unknown, path: string, into: Map<string, unknown>) {
  if (isObject(value)) {
    for (const [key, inner] of Object.entries(value))
      leaves(inner, path ? `${path}.${key}` : key, into);
  } else if (value !== undefined && value !== null) {
    into.set(path, value);
  }
  return into;
}

export interface DiffLine {
  field: string;
  before?: unknown;
  after?: unknown;
}

/** Fields that differ, in a stable order (the proposal's, then fields only the live entry has). */
export function diff(before: Json | undefined, after: Json | undefined): DiffLine[] {
  const old = leaves(before, '', new Map());
  const next = leaves(after, '', new Map());
  const fields = [...new Set([...next.keys(), ...old.keys()])];
  return fields
    .filter((field) => JSON.stringify(old.get(field)) !== JSON.stringify(next.get(field)))
    .map((field) => ({
      field,
      ...(old.has(field) && { before: old.get(field) }),
      ...(next.has(field) && { after: next.get(field) }),
    }));
}

/** RFC 7396 merge patch: an editor's `edits` over the submitted data. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Json = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}
