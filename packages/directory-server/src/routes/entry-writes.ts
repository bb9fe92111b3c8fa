import { Hono, type Context } from 'hono';
import { requireRole } from '../http/auth.js';
import {
  entryBodyLimit,
  invalidBody,
  readCondition,
  readJsonBody,
  writeRefusal,
  type Condition,
} from '../http/conditional.js';
import {
  actorAsInput,
  eventAsInput,
  mergePatch,
  readActorInput,
  readEventInput,
  type InputResult,
} from '../http/entry-input.js';
import { notFound } from '../http/problem.js';
import type { EventRecord } from '../io/model.js';
import type { Actor } from '../model.js';
import { PreconditionFailedError, type EntryAudit } from '../storage/entries.js';
import type { DirectoryStorage } from '../storage/types.js';
import { entryEtag, type RouteContext } from './context.js';

type Kind = 'actor' | 'event';

/** The audit's "who": the account that passed `requireRole`. */
export const auditOf = (c: Context): EntryAudit => {
  const account = c.get('account');
  return { editor: account.name, role: account.role };
};

/** The moderation view of one entry, published or not, with its ETag. */
export async function moderationEntry(storage: DirectoryStorage, kind: Kind, id: string) {
  if (kind === 'actor') {
    const entry = await storage.actorEntry(id, { includeUnpublished: true });
    return (
      entry && {
        body: { entry: JSON.parse(entry.doc) as Actor, published: entry.published },
        revision: entry.revision,
      }
    );
  }
  const entry = await storage.eventEntry(id, { includeUnpublished: true });
  return (
    entry && { body: { entry: entry.event, published: entry.published }, revision: entry.revision }
  );
}

function withEtag(c: Context, body: unknown, revision: number) {
  c.header('etag', entryEtag(revision));
  return c.json(body as object, 200);
}

/**
 * `PUT|PATCH|DELETE /actors/{id}` and `/events/{id}`, `POST …/{id}/publish|unpublish` (editor):
 * every write is conditional on the entry's ETag, so two editors never overwrite each other.
 */
export function createEntryWriteRoutes({ storage, now }: RouteContext): Hono {
  const app = new Hono();
  const editor = requireRole('editor');

  async function validate(kind: Kind, id: string, body: unknown) {
    const context = {
      id,
      now: now(),
      topics: (await storage.topics()).map((topic) => topic.id),
      existingActors: (ids: string[]) => storage.existingActorIds(ids),
    };
    return kind === 'actor' ? readActorInput(body, context) : readEventInput(body, context);
  }

  async function write(
    c: Context,
    kind: Kind,
    id: string,
    input: InputResult<Actor | EventRecord>,
    condition: Condition,
  ) {
    if (!input.ok) return invalidBody(c, input.errors);
    const options = { ...condition, audit: auditOf(c) };
    try {
      if (kind === 'actor') await storage.putActor(input.value as Actor, options);
      else await storage.putEvent(input.value as EventRecord, options);
    } catch (error) {
      return writeRefusal(c, error);
    }
    const written = (await moderationEntry(storage, kind, id))!;
    return withEtag(c, written.body.entry, written.revision);
  }

  for (const [kind, path] of [
    ['actor', '/actors/:id'],
    ['event', '/events/:id'],
  ] as const) {
    app.put(path, editor, entryBodyLimit, async (c) => {
      const condition = readCondition(c, true);
      if (condition instanceof Response) return condition;
      const read = await readJsonBody(c, ['application/json']);
      if (read instanceof Response) return read;
      const id = c.req.param('id');
      return write(c, kind, id, await validate(kind, id, read.body), condition);
    });

    app.patch(path, editor, entryBodyLimit, async (c) => {
      const condition = readCondition(c, false);
      if (condition instanceof Response) return condition;
      const read = await readJsonBody(c, ['application/merge-patch+json', 'application/json']);
      if (read instanceof Response) return read;
      const id = c.req.param('id');
      const current = await moderationEntry(storage, kind, id);
      if (!current) return notFound(c, `${kind} "${id}"`);
      // The patch applies to the revision the editor saw; a newer one is refused before merging.
      if (current.revision !== condition.ifRevision)
        return writeRefusal(c, staleError(kind, id, current.revision));
      const base =
        kind === 'actor'
          ? actorAsInput(current.body.entry as Actor)
          : eventAsInput(current.body.entry as Parameters<typeof eventAsInput>[0]);
      const merged = mergePatch(base, read.body);
      return write(c, kind, id, await validate(kind, id, merged), condition);
    });

    app.delete(path, editor, async (c) => {
      const condition = readCondition(c, false);
      if (condition instanceof Response) return condition;
      const id = c.req.param('id');
      const options = { ...condition, audit: auditOf(c) };
      try {
        if (kind === 'actor') await storage.removeActor(id, options);
        else await storage.removeEvent(id, options);
      } catch (error) {
        return writeRefusal(c, error);
      }
      return c.body(null, 204);
    });

    for (const published of [true, false]) {
      app.post(`${path}/${published ? 'publish' : 'unpublish'}`, editor, async (c) => {
        const condition = readCondition(c, false);
        if (condition instanceof Response) return condition;
        const id = c.req.param('id');
        try {
          await storage.setPublished(kind, id, published, { ...condition, audit: auditOf(c) });
        } catch (error) {
          return writeRefusal(c, error);
        }
        const written = (await moderationEntry(storage, kind, id))!;
        return withEtag(c, written.body, written.revision);
      });
    }
  }
  return app;
}

function staleError(kind: Kind, id: string, revision: number) {
  return new PreconditionFailedError(kind, id, revision);
}
