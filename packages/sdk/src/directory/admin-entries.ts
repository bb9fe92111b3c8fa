import * as z from 'zod/mini';
import type { output } from 'zod/mini';
import { ResponseValidationError } from '../http/errors.js';
import type { CallOptions } from '../http/transport.js';
import type { WriteMethod } from '../http/write-transport.js';
import type { components } from '../generated/saxon-directory.js';
import type { AdminContext } from './admin-context.js';
import { actorSchema, eventSchema } from './schemas.js';
import type { Actor, DirectoryEvent } from './types.js';

/** An actor as an editor writes it: the `Actor` without the server-owned `id` and `updatedAt`. */
export type ActorInput = components['schemas']['ActorInput'];
/** An event as an editor writes it; `organizers` are `{ id }` (directory actors) or `{ name }`. */
export type EventInput = components['schemas']['EventInput'];

const moderationActorSchema = z.object({ entry: actorSchema, published: z.boolean() });
const moderationEventSchema = z.object({ entry: eventSchema, published: z.boolean() });
const topicEntrySchema = z.object({
  id: z.string(),
  label: z.object({ de: z.string(), en: z.string() }),
});
const unpublishedSchema = z.object({
  items: z.array(z.object({ kind: z.enum(['actor', 'event']), id: z.string(), name: z.string() })),
});

/** An entry as editors see it: published or hidden from every public read. */
export interface ModerationEntry<T> {
  entry: T;
  published: boolean;
}
export type TopicEntry = output<typeof topicEntrySchema>;
export type UnpublishedEntry = output<typeof unpublishedSchema>['items'][number];

/** An answer with the entry's ETag: pass `etag` to the next write of the same entry. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

/** The ETag the entry had when it was read; a write fails with `ConflictError` (412) when it moved on. */
export interface IfMatch {
  etag: string;
}

/** Editors' writes of one kind of entry. Every write is conditional on the entry's ETag. */
export interface AdminEntryArea<T, Input> {
  /** The entry (published or not) with its ETag. */
  get(id: string, options?: CallOptions): Promise<Versioned<ModerationEntry<T>>>;
  /** Creates the entry under `id` (`If-None-Match: *`); `ConflictError` (412) when it exists. */
  create(id: string, input: Input, options?: CallOptions): Promise<Versioned<T>>;
  /** Replaces the entry; `ConflictError` (412) when someone changed it since `etag`. */
  update(id: string, input: Input, match: IfMatch, options?: CallOptions): Promise<Versioned<T>>;
  /** Changes some fields (JSON merge patch: `null` removes a field). Never retried. */
  patch(
    id: string,
    changes: Record<string, unknown>,
    match: IfMatch,
    options?: CallOptions,
  ): Promise<Versioned<T>>;
  remove(id: string, match: IfMatch, options?: CallOptions): Promise<void>;
  /** Hides the entry from every public read (editors still see it). Never retried. */
  unpublish(
    id: string,
    match: IfMatch,
    options?: CallOptions,
  ): Promise<Versioned<ModerationEntry<T>>>;
  publish(
    id: string,
    match: IfMatch,
    options?: CallOptions,
  ): Promise<Versioned<ModerationEntry<T>>>;
}

export interface AdminTopicsArea {
  get(id: string, options?: CallOptions): Promise<Versioned<TopicEntry>>;
  /** Creates a topic (no `match`) or changes its labels (`match` with its ETag). Admin only. */
  put(
    id: string,
    label: { de: string; en: string },
    match?: IfMatch,
    options?: CallOptions,
  ): Promise<Versioned<TopicEntry>>;
  /** `ConflictError` (409) while actors or events use it. Admin only. */
  remove(id: string, match: IfMatch, options?: CallOptions): Promise<void>;
}

export interface AdminEntryAreas {
  actors: AdminEntryArea<Actor, ActorInput>;
  events: AdminEntryArea<DirectoryEvent, EventInput>;
  topics: AdminTopicsArea;
  unpublished: {
    /** Every unpublished actor and event. */
    list(options?: CallOptions): Promise<UnpublishedEntry[]>;
  };
}

export function createEntryAreas(context: AdminContext): AdminEntryAreas {
  const { transport } = context;

  async function versioned<S extends z.ZodMiniType>(
    method: WriteMethod,
    path: string,
    schema: S,
    call: { json?: unknown; contentType?: string; ifMatch?: string; ifNoneMatch?: string },
    options?: CallOptions,
  ): Promise<Versioned<output<S>>> {
    const url = context.url(path);
    const answer = await transport.send(method, url, { ...call, ...options });
    const data = context.check(schema, answer.data, url);
    if (!answer.etag) {
      throw new ResponseValidationError(
        `${url}: the answer has no ETag`,
        { url, status: answer.status, issues: [{ path: ['ETag'], message: 'missing' }] },
        'invalid_response',
      );
    }
    return { data, etag: answer.etag };
  }

  function area<T, Input>(
    plural: 'actors' | 'events',
    entrySchema: z.ZodMiniType<T>,
    moderationSchema: z.ZodMiniType<ModerationEntry<T>>,
  ): AdminEntryArea<T, Input> {
    const path = (id: string, suffix = '') => `/${plural}/${encodeURIComponent(id)}${suffix}`;
    return {
      get: (id, options) =>
        versioned('GET', `/moderation${path(id)}`, moderationSchema, {}, options),
      create: (id, input, options) =>
        versioned('PUT', path(id), entrySchema, { json: input, ifNoneMatch: '*' }, options),
      update: (id, input, match, options) =>
        versioned('PUT', path(id), entrySchema, { json: input, ifMatch: match.etag }, options),
      patch: (id, changes, match, options) =>
        versioned(
          'PATCH',
          path(id),
          entrySchema,
          { json: changes, contentType: 'application/merge-patch+json', ifMatch: match.etag },
          options,
        ),
      remove: async (id, match, options) => {
        await transport.send('DELETE', context.url(path(id)), { ifMatch: match.etag, ...options });
      },
      publish: (id, match, options) =>
        versioned('POST', path(id, '/publish'), moderationSchema, { ifMatch: match.etag }, options),
      unpublish: (id, match, options) =>
        versioned(
          'POST',
          path(id, '/unpublish'),
          moderationSchema,
          { ifMatch: match.etag },
          options,
        ),
    };
  }

  const topicPath = (id: string) => `/topics/${encodeURIComponent(id)}`;
  return {
    actors: area<Actor, ActorInput>('actors', actorSchema, moderationActorSchema),
    events: area<DirectoryEvent, EventInput>('events', eventSchema, moderationEventSchema),
    topics: {
      get: (id, options) =>
        versioned('GET', `/moderation${topicPath(id)}`, topicEntrySchema, {}, options),
      put: (id, label, match, options) =>
        versioned(
          'PUT',
          topicPath(id),
          topicEntrySchema,
          match ? { json: { label }, ifMatch: match.etag } : { json: { label }, ifNoneMatch: '*' },
          options,
        ),
      remove: async (id, match, options) => {
        await transport.send('DELETE', context.url(topicPath(id)), {
          ifMatch: match.etag,
          ...options,
        });
      },
    },
    unpublished: {
      list: async (options) => {
        const url = context.url('/moderation/unpublished');
        const answer = await transport.send('GET', url, options);
        return context.check(unpublishedSchema, answer.data, url).items;
      },
    },
  };
}
