// Single-entry writes of the editors (and of approved submissions): one actor, event or topic at a
// time, conditional on the revision the writer last saw, each with its audit record in the same
// transaction.
import type { Actor, Topic } from '../model.js';
import type { EventRecord } from '../io/model.js';
import { ActorQueries } from './actor-queries.js';
import { audit, type AuditAction, type AuditInput, type AuditKind } from './audit.js';
import type { Dialect } from './dialect.js';
import { EventQueries } from './event-queries.js';
import type { SqlConnection } from './sql.js';
import { Writer } from './write.js';

/** Who writes, for the audit: the account (or `system`), and the submission it comes from. */
export type EntryAudit = Pick<AuditInput, 'editor' | 'role' | 'submissionId' | 'note' | 'at'> & {
  /** Default: `create`/`update`/`delete`/`publish`/`unpublish` by what happened; `approve` for a submission. */
  action?: AuditAction;
};

export interface EntryWriteOptions {
  /** Write only if the entry's revision is still this one (`If-Match: "r<revision>"`). */
  ifRevision?: number;
  /** Write only if no entry has this id (`If-None-Match: *`). */
  createOnly?: boolean;
  audit: EntryAudit;
}

/** The condition of a write did not hold: the entry changed (or exists) meanwhile → `412`. */
export class PreconditionFailedError extends Error {
  constructor(
    readonly kind: AuditKind,
    readonly entityId: string,
    /** The entry's current revision; undefined when there is none. */
    readonly currentRevision: number | undefined,
  ) {
    super(
      currentRevision === undefined
        ? `${kind} "${entityId}" does not exist`
        : `${kind} "${entityId}" is at revision ${currentRevision}`,
    );
    this.name = 'PreconditionFailedError';
  }
}

/** The entry to change does not exist → `404`. */
export class EntryNotFoundError extends Error {
  constructor(
    readonly kind: AuditKind,
    readonly entityId: string,
  ) {
    super(`${kind} "${entityId}" does not exist`);
    this.name = 'EntryNotFoundError';
  }
}

/** A topic that actors or events still use cannot be deleted → `409`. */
export class TopicInUseError extends Error {
  constructor(
    readonly topicId: string,
    readonly actors: number,
    readonly events: number,
  ) {
    super(`topic "${topicId}" is used by ${actors} actors and ${events} events`);
    this.name = 'TopicInUseError';
  }
}

interface Current<T> {
  seq: number;
  revision: number;
  published: boolean;
  doc: T;
}

/** The write operations over one transaction. */
export class EntryTransaction {
  private readonly writer: Writer;

  constructor(
    private readonly tx: SqlConnection,
    private readonly dialect: Dialect,
  ) {
    this.writer = new Writer(tx, dialect);
  }

  /**
   * The new revision. Taken first: on PostgreSQL the data-version row lock serialises writers, so
   * the revision read after it is the committed one (no two writers pass the same `If-Match`);
   * SQLite's `BEGIN IMMEDIATE` serialises them anyway.
   */
  private next = () => this.writer.nextRevision();

  private async currentActor(id: string): Promise<Current<Actor> | undefined> {
    const [row] = await this.tx.all<{ seq: number }>('SELECT seq FROM actors WHERE id = ?', [id]);
    const entry = await new ActorQueries(this.tx, this.dialect).entry(id, true);
    return row && entry
      ? {
          seq: Number(row.seq),
          revision: entry.revision,
          published: entry.published,
          doc: JSON.parse(entry.doc) as Actor,
        }
      : undefined;
  }

  private async currentEvent(id: string) {
    const [row] = await this.tx.all<{ seq: number }>('SELECT seq FROM events WHERE id = ?', [id]);
    const entry = await new EventQueries(this.tx, this.dialect).entry(id, true);
    return row && entry
      ? {
          seq: Number(row.seq),
          revision: entry.revision,
          published: entry.published,
          doc: entry.event,
        }
      : undefined;
  }

  private async currentTopic(id: string): Promise<Current<Topic> | undefined> {
    const [row] = await this.tx.all<{ revision: number; label_de: string; label_en: string }>(
      'SELECT revision, label_de, label_en FROM topics WHERE id = ?',
      [id],
    );
    return row
      ? {
          seq: 0,
          revision: Number(row.revision),
          published: true,
          doc: { id, label: { de: row.label_de, en: row.label_en } },
        }
      : undefined;
  }

  /** Throws unless the write's condition holds for `current`. */
  private check(
    kind: AuditKind,
    id: string,
    current: { revision: number } | undefined,
    options: EntryWriteOptions,
    mustExist: boolean,
  ) {
    if (options.createOnly && current)
      throw new PreconditionFailedError(kind, id, current.revision);
    if (!current && (mustExist || options.ifRevision !== undefined))
      throw new EntryNotFoundError(kind, id);
    if (options.ifRevision !== undefined && current && current.revision !== options.ifRevision)
      throw new PreconditionFailedError(kind, id, current.revision);
  }

  private record(
    kind: AuditKind,
    entityId: string,
    action: AuditAction,
    options: EntryWriteOptions,
    before: unknown,
    after: unknown,
  ) {
    const { action: given, ...who } = options.audit;
    return audit.record(this.tx, {
      ...who,
      action: given ?? action,
      kind,
      entityId,
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
    });
  }

  async putActor(actor: Actor, options: EntryWriteOptions): Promise<number> {
    const revision = await this.next();
    const current = await this.currentActor(actor.id);
    this.check('actor', actor.id, current, options, false);
    await this.writer.actor(actor, await this.writer.topicLabels(), revision);
    await this.record(
      'actor',
      actor.id,
      current ? 'update' : 'create',
      options,
      current?.doc,
      actor,
    );
    return revision;
  }

  async putEvent(event: EventRecord, options: EntryWriteOptions): Promise<number> {
    const revision = await this.next();
    const current = await this.currentEvent(event.id);
    this.check('event', event.id, current, options, false);
    await this.writer.event(event as never, revision);
    const after = (await new EventQueries(this.tx, this.dialect).entry(event.id, true))!.event;
    await this.record(
      'event',
      event.id,
      current ? 'update' : 'create',
      options,
      current?.doc,
      after,
    );
    return revision;
  }

  async remove(kind: 'actor' | 'event', id: string, options: EntryWriteOptions): Promise<number> {
    const revision = await this.next();
    const current = kind === 'actor' ? await this.currentActor(id) : await this.currentEvent(id);
    this.check(kind, id, current, options, true);
    const table = kind === 'actor' ? 'actors' : 'events';
    for (const statement of this.dialect.unindex(table, current!.seq))
      await this.tx.run(statement.sql, statement.params);
    // Topic and organizer links go with the row (ON DELETE CASCADE).
    await this.tx.run(`DELETE FROM ${table} WHERE seq = ?`, [current!.seq]);
    await this.record(kind, id, 'delete', options, current!.doc, undefined);
    return revision;
  }

  async setPublished(
    kind: 'actor' | 'event',
    id: string,
    published: boolean,
    options: EntryWriteOptions,
  ): Promise<number> {
    const revision = await this.next();
    const current = kind === 'actor' ? await this.currentActor(id) : await this.currentEvent(id);
    this.check(kind, id, current, options, true);
    await this.tx.run(
      `UPDATE ${kind === 'actor' ? 'actors' : 'events'} SET published = ?, revision = ? WHERE seq = ?`,
      [published ? 1 : 0, revision, current!.seq],
    );
    await this.record(
      kind,
      id,
      published ? 'publish' : 'unpublish',
      options,
      { published: current!.published },
      { published },
    );
    return revision;
  }

  async putTopic(topic: Topic, options: EntryWriteOptions): Promise<number> {
    const revision = await this.next();
    const current = await this.currentTopic(topic.id);
    this.check('topic', topic.id, current, options, false);
    await this.writer.topic(topic, revision);
    if (current) await this.reindexActorsOf(topic.id);
    await this.record(
      'topic',
      topic.id,
      current ? 'update' : 'create',
      options,
      current?.doc,
      topic,
    );
    return revision;
  }

  /**
   * An actor's search tokens include its topics' labels: a relabelled topic re-tokenises its
   * actors. Their documents do not change, so they keep their revisions (no editor's ETag moves).
   */
  private async reindexActorsOf(topicId: string) {
    const rows = await this.tx.all<{ doc: string; revision: number }>(
      `SELECT actors.doc, actors.revision FROM actors
       JOIN actor_topics ON actor_topics.actor_seq = actors.seq WHERE actor_topics.topic_id = ?`,
      [topicId],
    );
    const labels = await this.writer.topicLabels();
    for (const row of rows)
      await this.writer.actor(JSON.parse(row.doc) as Actor, labels, Number(row.revision));
  }

  async removeTopic(id: string, options: EntryWriteOptions): Promise<number> {
    const revision = await this.next();
    const current = await this.currentTopic(id);
    this.check('topic', id, current, options, true);
    // Unpublished entries count too: publishing them again must not find a topic gone.
    const [use] = await this.tx.all<{ actors: number; events: number }>(
      `SELECT (SELECT CAST(COUNT(*) AS INTEGER) FROM actor_topics WHERE topic_id = ?) AS actors,
              (SELECT CAST(COUNT(*) AS INTEGER) FROM event_topics WHERE topic_id = ?) AS events`,
      [id, id],
    );
    const actors = Number(use?.actors ?? 0);
    const events = Number(use?.events ?? 0);
    if (actors + events > 0) throw new TopicInUseError(id, actors, events);
    await this.tx.run('DELETE FROM topics WHERE id = ?', [id]);
    await this.record('topic', id, 'delete', options, current!.doc, undefined);
    return revision;
  }
}
