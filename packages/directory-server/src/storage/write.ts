import { berlinWallTimeToInstant, parseDate } from '../berlin-time.js';
import { gemeindeKeyOf } from '../gemeinde-keys.js';
import {
  locationAsInput,
  type Actor,
  type DirectoryData,
  type DirectoryEvent,
  type Topic,
} from '../model.js';
import { nameKey, tokenText } from '../text.js';
import type { Dialect } from './dialect.js';
import type { StoredEvent } from './event-queries.js';
import type { SqlConnection } from './sql.js';
import type { WriteResult } from './types.js';

/** A record that cannot be stored (a date that does not parse, …). */
export class InvalidRecordError extends Error {
  constructor(
    readonly recordId: string,
    reason: string,
  ) {
    super(`${recordId}: ${reason}`);
    this.name = 'InvalidRecordError';
  }
}

/** Instant of an event boundary: all-day dates start at Berlin midnight. */
function instantOf(event: DirectoryEvent, value: string): number {
  const ms = event.allDay
    ? /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? berlinWallTimeToInstant(parseDate(value), 0, 0)
      : Number.NaN
    : Date.parse(value);
  if (!Number.isFinite(ms))
    throw new InvalidRecordError(event.id, `"${value}" is not a valid time`);
  return ms;
}

export function actorFeature(actor: Actor) {
  return {
    type: 'Feature' as const,
    id: actor.id,
    geometry: { type: 'Point' as const, coordinates: [actor.location.lon, actor.location.lat] },
    properties: {
      id: actor.id,
      name: actor.name,
      category: actor.category,
      city: actor.address.city,
      ...(actor.address.ags ? { ags: actor.address.ags } : {}),
      topics: actor.topics,
    },
  };
}

/** Upserts by id; all in the caller's transaction. */
export class Writer {
  constructor(
    private readonly tx: SqlConnection,
    private readonly dialect: Dialect,
  ) {}

  async write(data: Partial<DirectoryData>): Promise<WriteResult> {
    const revision = await this.nextRevision();
    for (const topic of data.topics ?? []) await this.topic(topic, revision);
    const labels = await this.topicLabels();
    for (const actor of data.actors ?? []) await this.actor(actor, labels, revision);
    for (const event of data.events ?? []) await this.event(event, revision);
    return {
      topics: data.topics?.length ?? 0,
      actors: data.actors?.length ?? 0,
      events: data.events?.length ?? 0,
    };
  }

  /**
   * Moves the data version on (response caches drop their answers) and returns it: the revision
   * of every entry this transaction writes.
   */
  async nextRevision(): Promise<number> {
    const [row] = await this.tx.all<{ version: number }>(
      'UPDATE data_version SET version = version + 1 WHERE id = 1 RETURNING version',
    );
    return Number(row!.version);
  }

  async topic(topic: Topic, revision: number) {
    await this.tx.run(
      `INSERT INTO topics (id, label_de, label_en, position, revision)
       VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM topics), ?)
       ON CONFLICT (id) DO UPDATE SET label_de = excluded.label_de, label_en = excluded.label_en,
         revision = excluded.revision`,
      [topic.id, topic.label.de, topic.label.en, revision],
    );
  }

  async topicLabels(): Promise<Map<string, string>> {
    const rows = await this.tx.all<{ id: string; label_de: string; label_en: string }>(
      'SELECT id, label_de, label_en FROM topics',
    );
    return new Map(rows.map((row) => [row.id, `${row.label_de} ${row.label_en}`]));
  }

  async actor(actor: Actor, topicLabels: ReadonlyMap<string, string>, revision: number) {
    const updated = Date.parse(actor.updatedAt);
    if (!Number.isFinite(updated))
      throw new InvalidRecordError(actor.id, 'updatedAt is not a date-time');
    const mid = [
      actor.subtype ?? '',
      actor.address.city,
      ...actor.topics.map((id) => topicLabels.get(id) ?? ''),
    ].join(' ');
    const name = tokenText(actor.name);
    const midTokens = tokenText(mid);
    const body = tokenText(actor.description ?? '');
    const [row] = await this.tx.all<{ seq: number }>(
      `INSERT INTO actors (id, name, name_key, category, city, ags, lon, lat, updated_ms,
         name_tokens, mid_tokens, body_tokens, doc, feature, revision)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key,
         category = excluded.category, city = excluded.city, ags = excluded.ags,
         lon = excluded.lon, lat = excluded.lat, updated_ms = excluded.updated_ms,
         name_tokens = excluded.name_tokens, mid_tokens = excluded.mid_tokens,
         body_tokens = excluded.body_tokens, doc = excluded.doc, feature = excluded.feature,
         revision = excluded.revision
       RETURNING seq`,
      [
        actor.id,
        actor.name,
        nameKey(actor.name),
        actor.category,
        actor.address.city,
        actor.address.ags ?? null,
        actor.location.lon,
        actor.location.lat,
        updated,
        name,
        midTokens,
        body,
        JSON.stringify(actor),
        JSON.stringify(actorFeature(actor)),
        revision,
      ],
    );
    const seq = Number(row!.seq);
    await this.tx.run('DELETE FROM actor_topics WHERE actor_seq = ?', [seq]);
    for (const topic of new Set(actor.topics)) {
      await this.tx.run('INSERT INTO actor_topics (actor_seq, topic_id) VALUES (?, ?)', [
        seq,
        topic,
      ]);
    }
    await this.index('actors', seq, [name, midTokens, body]);
  }

  async event(event: DirectoryEvent, revision: number) {
    const start = instantOf(event, event.start);
    const end = event.end === undefined ? start : instantOf(event, event.end);
    // An all-day end date is exclusive: the event runs until just before it.
    const until = event.allDay && event.end !== undefined ? end - 1 : end;
    const { organizers = [], location, ...rest } = event;
    const stored: StoredEvent = {
      ...rest,
      // `ags` is derived again whenever the event is read.
      ...(location && { location: locationAsInput(location) }),
      externalOrganizers: organizers.filter((o) => o.id === undefined).map((o) => o.name),
    };
    const actorNames = await this.actorNames(event.organizerIds);
    const title = tokenText(event.title);
    const mid = tokenText(
      [
        event.location?.name ?? '',
        event.location?.city ?? '',
        ...event.organizerIds.map((id) => actorNames.get(id) ?? ''),
        ...stored.externalOrganizers,
      ].join(' '),
    );
    const body = tokenText(event.description ?? '');
    const [row] = await this.tx.all<{ seq: number }>(
      `INSERT INTO events (id, start_ms, end_ms, until_ms, city, ags, attendance_mode, status,
         title_tokens, mid_tokens, body_tokens, doc, revision)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET start_ms = excluded.start_ms, end_ms = excluded.end_ms,
         until_ms = excluded.until_ms, city = excluded.city, ags = excluded.ags,
         attendance_mode = excluded.attendance_mode, status = excluded.status,
         title_tokens = excluded.title_tokens, mid_tokens = excluded.mid_tokens,
         body_tokens = excluded.body_tokens, doc = excluded.doc, revision = excluded.revision
       RETURNING seq`,
      [
        event.id,
        start,
        end,
        until,
        event.location?.city ?? null,
        (event.location && gemeindeKeyOf(event.location.city)) ?? null,
        event.attendanceMode,
        event.status,
        title,
        mid,
        body,
        JSON.stringify(stored),
        revision,
      ],
    );
    const seq = Number(row!.seq);
    await this.tx.run('DELETE FROM event_topics WHERE event_seq = ?', [seq]);
    for (const topic of new Set(event.topics)) {
      await this.tx.run('INSERT INTO event_topics (event_seq, topic_id) VALUES (?, ?)', [
        seq,
        topic,
      ]);
    }
    await this.tx.run('DELETE FROM event_organizers WHERE event_seq = ?', [seq]);
    for (const id of new Set(event.organizerIds)) {
      await this.tx.run('INSERT INTO event_organizers (event_seq, actor_id) VALUES (?, ?)', [
        seq,
        id,
      ]);
    }
    await this.index('events', seq, [title, mid, body]);
  }

  private async actorNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const list = this.dialect.inList('id', ids, 'text');
    const rows = await this.tx.all<{ id: string; name: string }>(
      `SELECT id, name FROM actors WHERE ${list.sql}`,
      list.params,
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  private async index(table: 'actors' | 'events', seq: number, fields: string[]) {
    const tokens = [...new Set(fields.join(' ').split(' ').filter(Boolean))].join(' ');
    for (const statement of this.dialect.index(table, seq, tokens)) {
      await this.tx.run(statement.sql, statement.params);
    }
  }
}
