import { Hono, type Context } from 'hono';
import { requireRole } from '../http/auth.js';
import {
  entryBodyLimit,
  invalidBody,
  readCondition,
  readJsonBody,
  writeRefusal,
} from '../http/conditional.js';
import { shapeErrors, TOPIC_INPUT, type ShapeError } from '../http/input-shape.js';
import { notFound } from '../http/problem.js';
import { isSlug, readText, type FieldReader } from '../io/checks.js';
import { IssueList } from '../io/fields.js';
import { entryEtag, type RouteContext } from './context.js';
import { auditOf, moderationEntry } from './entry-writes.js';

/**
 * The editors' reads — one entry with its publication state and ETag (published or not), the
 * unpublished entries — and the admins' topic writes (`PUT|DELETE /topics/{id}`).
 */
export function createModerationEntryRoutes({ storage }: RouteContext): Hono {
  const app = new Hono();
  const editor = requireRole('editor');
  const admin = requireRole('admin');

  for (const kind of ['actor', 'event'] as const) {
    app.get(`/moderation/${kind}s/:id`, editor, async (c) => {
      const entry = await moderationEntry(storage, kind, c.req.param('id'));
      if (!entry) return notFound(c, `${kind} "${c.req.param('id')}"`);
      c.header('etag', entryEtag(entry.revision));
      return c.json(entry.body);
    });
  }

  app.get('/moderation/unpublished', editor, async (c) =>
    c.json({ items: await storage.unpublishedEntries() }),
  );

  app.get('/moderation/topics/:id', editor, async (c) => {
    const entry = await storage.topicEntry(c.req.param('id'));
    if (!entry) return notFound(c, `topic "${c.req.param('id')}"`);
    c.header('etag', entryEtag(entry.revision));
    return c.json(entry.topic);
  });

  app.put('/topics/:id', admin, entryBodyLimit, async (c) => {
    const condition = readCondition(c, true);
    if (condition instanceof Response) return condition;
    const read = await readJsonBody(c, ['application/json']);
    if (read instanceof Response) return read;
    const id = c.req.param('id');
    const topic = readTopicInput(id, read.body);
    if (!('label' in topic)) return invalidBody(c, topic.errors);
    try {
      await storage.putTopic(topic, { ...condition, audit: auditOf(c) });
    } catch (error) {
      return writeRefusal(c, error);
    }
    return topicAnswer(c, id);
  });

  app.delete('/topics/:id', admin, async (c) => {
    const condition = readCondition(c, false);
    if (condition instanceof Response) return condition;
    try {
      await storage.removeTopic(c.req.param('id'), { ...condition, audit: auditOf(c) });
    } catch (error) {
      return writeRefusal(c, error);
    }
    return c.body(null, 204);
  });

  async function topicAnswer(c: Context, id: string) {
    const entry = (await storage.topicEntry(id))!;
    c.header('etag', entryEtag(entry.revision));
    return c.json(entry.topic);
  }

  return app;
}

function readTopicInput(
  id: string,
  body: unknown,
): { id: string; label: { de: string; en: string } } | { errors: ShapeError[] } {
  const errors = shapeErrors(TOPIC_INPUT, body);
  if (!isSlug(id))
    errors.unshift({
      name: 'id',
      reason: 'must be lower-case letters, digits and hyphens',
      code: 'pattern',
    });
  if (errors.length) return { errors };
  const { label } = body as { label: { de: string; en: string } };
  const reader: FieldReader = { issues: new IssueList(), spreadsheet: false, warn: () => {} };
  const de = readText(reader, 'label', label.de, { required: true, max: 100 });
  const en = readText(reader, 'label', label.en, { required: true, max: 100 });
  if (de === undefined || en === undefined) {
    return {
      errors: [
        ...(de === undefined ? [{ name: 'label.de', reason: reasonOf(reader, 0) }] : []),
        ...(en === undefined
          ? [{ name: 'label.en', reason: reasonOf(reader, de === undefined ? 1 : 0) }]
          : []),
      ],
    };
  }
  return { id, label: { de, en } };
}

const reasonOf = (reader: FieldReader, index: number) =>
  reader.issues.issues[index]?.message.en ?? 'is not a valid label';
