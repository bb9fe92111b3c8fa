import { gemeindeKeyOf } from '../gemeinde-keys.js';
import type { Actor, DirectoryEvent } from '../model.js';
import type { Dialect } from './dialect.js';
import { sortFacet, textMatches } from './search.js';
import { where, type Clause, type SqlConnection } from './sql.js';
import type { EventFilter, EventList, EventListQuery } from './types.js';

type Facet = 'topic' | 'city' | 'attendanceMode';

/** How an event is stored: organizer names are resolved when read, so renames show at once. */
export type StoredEvent = Omit<DirectoryEvent, 'organizers'> & { externalOrganizers: string[] };

/** Reads of the event table; one implementation for both engines. */
export class EventQueries {
  constructor(
    private readonly db: SqlConnection,
    private readonly dialect: Dialect,
  ) {}

  private clauses(filter: EventFilter, matched?: Map<number, number>, except?: Facet): Clause[] {
    const { inList } = this.dialect;
    // Running events count as upcoming: they end after `from`.
    const clauses: Clause[] = [
      { sql: 'published = 1', params: [] },
      { sql: 'until_ms >= ?', params: [filter.from] },
    ];
    if (filter.to !== undefined) clauses.push({ sql: 'start_ms <= ?', params: [filter.to] });
    const via = (table: string, column: string, values: string[]) => {
      const list = inList(column, values, 'text');
      return {
        sql: `seq IN (SELECT event_seq FROM ${table} WHERE ${list.sql})`,
        params: list.params,
      };
    };
    if (except !== 'topic' && filter.topic.length)
      clauses.push(via('event_topics', 'topic_id', filter.topic));
    if (except !== 'city' && filter.city.length) clauses.push(inList('city', filter.city, 'text'));
    if (except !== 'attendanceMode' && filter.attendanceMode.length)
      clauses.push(inList('attendance_mode', filter.attendanceMode, 'text'));
    if (filter.status.length) clauses.push(inList('status', filter.status, 'text'));
    if (filter.organizer.length)
      clauses.push(via('event_organizers', 'actor_id', filter.organizer));
    if (filter.ags?.length) clauses.push(this.inAgs(filter.ags));
    if (matched) clauses.push(inList('seq', [...matched.keys()], 'integer'));
    return clauses;
  }

  /** 5-digit keys match the Gemeinden of their Kreis, 8-digit keys one Gemeinde. */
  private inAgs(keys: readonly string[]): Clause {
    const { inList } = this.dialect;
    const kreis = inList(
      'substr(ags, 1, 5)',
      keys.filter((key) => key.length === 5),
      'text',
    );
    const gemeinde = inList(
      'ags',
      keys.filter((key) => key.length === 8),
      'text',
    );
    return {
      sql: `(${kreis.sql} OR ${gemeinde.sql})`,
      params: [...kreis.params, ...gemeinde.params],
    };
  }

  private matched(filter: EventFilter) {
    return filter.text.length
      ? textMatches(this.db, this.dialect, 'events', filter.text)
      : Promise.resolve(undefined);
  }

  private get order(): string {
    return `start_ms, id${this.dialect.binary}`;
  }

  async list(query: EventListQuery): Promise<EventList> {
    const matched = await this.matched(query);
    const all = where(this.clauses(query, matched));
    const [count] = await this.db.all<{ n: number }>(
      `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM events${all.sql}`,
      all.params,
    );
    const rows = await this.db.all<{ doc: string }>(
      `SELECT doc FROM events${all.sql} ORDER BY ${this.order} LIMIT ? OFFSET ?`,
      [...all.params, query.limit, query.offset],
    );
    const over = (except: Facet) => where(this.clauses(query, matched, except));
    const byTopic = over('topic');
    const byCity = over('city');
    const byMode = over('attendanceMode');
    type Count = { value: string; count: number };
    const [topic, city, attendanceMode] = await Promise.all([
      this.db.all<Count>(
        `SELECT event_topics.topic_id AS value, CAST(COUNT(*) AS INTEGER) AS count
         FROM event_topics JOIN events ON events.seq = event_topics.event_seq${byTopic.sql}
         GROUP BY event_topics.topic_id`,
        byTopic.params,
      ),
      this.db.all<Count>(
        `SELECT city AS value, CAST(COUNT(*) AS INTEGER) AS count FROM events${byCity.sql}${
          byCity.sql ? ' AND' : ' WHERE'
        } city IS NOT NULL GROUP BY city`,
        byCity.params,
      ),
      this.db.all<Count>(
        `SELECT attendance_mode AS value, CAST(COUNT(*) AS INTEGER) AS count FROM events${byMode.sql} GROUP BY attendance_mode`,
        byMode.params,
      ),
    ]);
    return {
      total: Number(count?.n ?? 0),
      items: await this.resolve(rows.map((row) => row.doc)),
      facets: {
        topic: sortFacet(topic),
        city: sortFacet(city),
        attendanceMode: sortFacet(attendanceMode),
      },
    };
  }

  async all(filter: EventFilter): Promise<DirectoryEvent[]> {
    const all = where(this.clauses(filter, await this.matched(filter)));
    const rows = await this.db.all<{ doc: string }>(
      `SELECT doc FROM events${all.sql} ORDER BY ${this.order}`,
      all.params,
    );
    return this.resolve(rows.map((row) => row.doc));
  }

  async one(id: string): Promise<DirectoryEvent | undefined> {
    return (await this.entry(id))?.event;
  }

  /** One event with its revision; unpublished ones only when asked for (moderation). */
  async entry(
    id: string,
    includeUnpublished = false,
  ): Promise<{ event: DirectoryEvent; revision: number; published: boolean } | undefined> {
    const [row] = await this.db.all<{ doc: string; revision: number; published: number }>(
      `SELECT doc, revision, published FROM events WHERE id = ?${includeUnpublished ? '' : ' AND published = 1'}`,
      [id],
    );
    if (!row) return undefined;
    const [event] = await this.resolve([row.doc], includeUnpublished);
    return {
      event: event!,
      revision: Number(row.revision),
      published: Number(row.published) === 1,
    };
  }

  /** Every event in start order (export); the unpublished ones only when asked for. */
  async everything(includeUnpublished = false): Promise<DirectoryEvent[]> {
    const rows = await this.db.all<{ doc: string }>(
      `SELECT doc FROM events${includeUnpublished ? '' : ' WHERE published = 1'} ORDER BY ${this.order}`,
    );
    return this.resolve(
      rows.map((row) => row.doc),
      includeUnpublished,
    );
  }

  /**
   * Stored documents → contract events: organizer ids named after the actors they point to, with
   * their website as `url`, and the town's Gemeinde key as `location.ags`. An unpublished
   * organiser's name is not shown publicly: its id stands in, as for a removed one.
   */
  private async resolve(
    docs: readonly string[],
    includeUnpublished = false,
  ): Promise<DirectoryEvent[]> {
    const stored = docs.map((doc) => JSON.parse(doc) as StoredEvent);
    const ids = [...new Set(stored.flatMap((event) => event.organizerIds))];
    const actors = new Map<string, { id: string; name: string; url?: string }>();
    if (ids.length) {
      const list = this.dialect.inList('id', ids, 'text');
      const rows = await this.db.all<{ id: string; doc: string }>(
        `SELECT id, doc FROM actors WHERE ${list.sql}${includeUnpublished ? '' : ' AND published = 1'}`,
        list.params,
      );
      for (const row of rows) {
        const { name, website } = JSON.parse(row.doc) as Actor;
        actors.set(row.id, { id: row.id, name, ...(website && { url: website }) });
      }
    }
    return stored.map(({ externalOrganizers, location, ...event }) => {
      const ags = location && gemeindeKeyOf(location.city);
      return {
        ...event,
        ...(location && { location: { ...location, ...(ags && { ags }) } }),
        organizers: [
          ...event.organizerIds.map((id) => actors.get(id) ?? { id, name: id }),
          ...externalOrganizers.map((name) => ({ name })),
        ],
      };
    });
  }
}
