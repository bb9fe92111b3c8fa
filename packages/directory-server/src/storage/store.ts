import type { DirectoryData } from '../model.js';
import { accounts } from './accounts.js';
import { ActorQueries } from './actor-queries.js';
import { audit } from './audit.js';
import { dialects, type Dialect, type Engine } from './dialect.js';
import { EntryTransaction } from './entries.js';
import { EventQueries } from './event-queries.js';
import { appliedVersion, LATEST_VERSION, migrate } from './migrations.js';
import type { SqlConnection } from './sql.js';
import {
  approveInTransaction,
  decideInTransaction,
  purgeInTransaction,
} from './submission-apply.js';
import { SubmissionQueries } from './submissions.js';
import type { DirectoryStorage, TopicCount } from './types.js';
import { Writer } from './write.js';

/** The directory over any `SqlConnection`: the same statements on SQLite and PostgreSQL. */
export class DirectoryStore implements DirectoryStorage {
  private readonly actors: ActorQueries;
  private readonly events: EventQueries;
  readonly dialect: Dialect;
  readonly submissions: SubmissionQueries;

  constructor(
    private readonly db: SqlConnection,
    readonly engine: Engine,
  ) {
    this.dialect = dialects[engine];
    this.actors = new ActorQueries(db, this.dialect);
    this.events = new EventQueries(db, this.dialect);
    this.submissions = new SubmissionQueries(db);
  }

  get sql(): SqlConnection {
    return this.db;
  }

  authenticate: DirectoryStorage['authenticate'] = (token, now) =>
    accounts.authenticate(this.db, token, now);
  listAudit: DirectoryStorage['listAudit'] = (query) => audit.list(this.db, this.dialect, query);

  migrate() {
    return migrate(this.db, this.engine);
  }

  async migrationState() {
    return { applied: await appliedVersion(this.db), latest: LATEST_VERSION };
  }

  async dataVersion() {
    const [row] = await this.db.all<{ version: number }>(
      'SELECT version FROM data_version WHERE id = 1',
    );
    return Number(row?.version ?? 0);
  }

  listActors: DirectoryStorage['listActors'] = (query) => this.actors.list(query);
  actorFeatures: DirectoryStorage['actorFeatures'] = (filter) => this.actors.features(filter);
  actorJson: DirectoryStorage['actorJson'] = (id) => this.actors.json(id);
  listEvents: DirectoryStorage['listEvents'] = (query) => this.events.list(query);
  allEvents: DirectoryStorage['allEvents'] = (filter) => this.events.all(filter);
  event: DirectoryStorage['event'] = (id) => this.events.one(id);
  actorEntry: DirectoryStorage['actorEntry'] = (id, options) =>
    this.actors.entry(id, options?.includeUnpublished);
  eventEntry: DirectoryStorage['eventEntry'] = (id, options) =>
    this.events.entry(id, options?.includeUnpublished);

  async topics() {
    const rows = await this.db.all<{ id: string; label_de: string; label_en: string }>(
      'SELECT id, label_de, label_en FROM topics ORDER BY position, id',
    );
    return rows.map((row) => ({ id: row.id, label: { de: row.label_de, en: row.label_en } }));
  }

  async topicCounts(since: number): Promise<TopicCount[]> {
    const rows = await this.db.all<{
      id: string;
      label_de: string;
      label_en: string;
      actor_count: number;
      event_count: number;
    }>(
      `SELECT id, label_de, label_en,
         (SELECT CAST(COUNT(*) AS INTEGER) FROM actor_topics
            JOIN actors ON actors.seq = actor_topics.actor_seq
            WHERE actor_topics.topic_id = topics.id AND actors.published = 1) AS actor_count,
         (SELECT CAST(COUNT(*) AS INTEGER) FROM event_topics
            JOIN events ON events.seq = event_topics.event_seq
            WHERE event_topics.topic_id = topics.id AND events.until_ms >= ?
              AND events.published = 1) AS event_count
       FROM topics ORDER BY position, id`,
      [since],
    );
    return rows.map((row) => ({
      topic: { id: row.id, label: { de: row.label_de, en: row.label_en } },
      actorCount: Number(row.actor_count),
      eventCount: Number(row.event_count),
    }));
  }

  private entries<T>(work: (entries: EntryTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => work(new EntryTransaction(tx, this.dialect)));
  }

  putActor: DirectoryStorage['putActor'] = (actor, options) =>
    this.entries((e) => e.putActor(actor, options));
  removeActor: DirectoryStorage['removeActor'] = (id, options) =>
    this.entries((e) => e.remove('actor', id, options));
  putEvent: DirectoryStorage['putEvent'] = (event, options) =>
    this.entries((e) => e.putEvent(event, options));
  removeEvent: DirectoryStorage['removeEvent'] = (id, options) =>
    this.entries((e) => e.remove('event', id, options));
  setPublished: DirectoryStorage['setPublished'] = (kind, id, published, options) =>
    this.entries((e) => e.setPublished(kind, id, published, options));
  putTopic: DirectoryStorage['putTopic'] = (topic, options) =>
    this.entries((e) => e.putTopic(topic, options));
  removeTopic: DirectoryStorage['removeTopic'] = (id, options) =>
    this.entries((e) => e.removeTopic(id, options));

  async topicEntry(id: string) {
    const [row] = await this.db.all<{ label_de: string; label_en: string; revision: number }>(
      'SELECT label_de, label_en, revision FROM topics WHERE id = ?',
      [id],
    );
    return row
      ? {
          topic: { id, label: { de: row.label_de, en: row.label_en } },
          revision: Number(row.revision),
        }
      : undefined;
  }

  async unpublishedEntries() {
    const actors = await this.db.all<{ id: string; name: string }>(
      `SELECT id, name FROM actors WHERE published = 0 ORDER BY name_key, id`,
    );
    const events = await this.db.all<{ id: string; doc: string }>(
      `SELECT id, doc FROM events WHERE published = 0 ORDER BY start_ms, id`,
    );
    return [
      ...actors.map((row) => ({ kind: 'actor' as const, id: row.id, name: row.name })),
      ...events.map((row) => ({
        kind: 'event' as const,
        id: row.id,
        name: (JSON.parse(row.doc) as { title: string }).title,
      })),
    ];
  }

  async existingActorIds(ids: readonly string[]) {
    if (!ids.length) return new Set<string>();
    const list = this.dialect.inList('id', ids, 'text');
    const rows = await this.db.all<{ id: string }>(
      `SELECT id FROM actors WHERE ${list.sql}`,
      list.params,
    );
    return new Set(rows.map((row) => row.id));
  }

  async isEmpty() {
    const [row] = await this.db.all<{ n: number }>(
      `SELECT CAST((SELECT COUNT(*) FROM actors) + (SELECT COUNT(*) FROM events)
         + (SELECT COUNT(*) FROM topics) AS INTEGER) AS n`,
    );
    return Number(row?.n ?? 0) === 0;
  }

  write(data: Partial<DirectoryData>) {
    return this.db.transaction((tx) => new Writer(tx, dialects[this.engine]).write(data));
  }

  async exportAll(options: { includeUnpublished?: boolean } = {}): Promise<DirectoryData> {
    const all = options.includeUnpublished ?? false;
    const actors = await this.db.all<{ doc: string }>(
      `SELECT doc FROM actors${all ? '' : ' WHERE published = 1'} ORDER BY seq`,
    );
    return {
      actors: actors.map((row) => JSON.parse(row.doc)),
      events: await this.events.everything(all),
      topics: await this.topics(),
    };
  }

  approveSubmission: DirectoryStorage['approveSubmission'] = (id, change, decision, options) =>
    approveInTransaction(this.db, dialects[this.engine], id, change, decision, options);
  decideSubmission: DirectoryStorage['decideSubmission'] = (id, decision, also) =>
    decideInTransaction(this.db, dialects[this.engine], id, decision, also);
  purgeSubmitterEmails: DirectoryStorage['purgeSubmitterEmails'] = (cutoff, now, also) =>
    purgeInTransaction(this.db, dialects[this.engine], cutoff, now, also);

  async ping() {
    await this.db.all('SELECT 1 AS ok');
  }

  close() {
    return this.db.close();
  }
}
