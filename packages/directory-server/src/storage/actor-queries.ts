import type { Dialect } from './dialect.js';
import { textMatches, sortFacet } from './search.js';
import { where, type Clause, type SqlConnection } from './sql.js';
import type { ActorFilter, ActorList, ActorListQuery } from './types.js';

type Facet = 'category' | 'topic' | 'city';

/** Reads of the actor table; one implementation for both engines. */
export class ActorQueries {
  constructor(
    private readonly db: SqlConnection,
    private readonly dialect: Dialect,
  ) {}

  /** WHERE clauses of a filter; `except` leaves one facet's own filter out. */
  private clauses(filter: ActorFilter, matched?: Map<number, number>, except?: Facet): Clause[] {
    const { inList } = this.dialect;
    // Unpublished actors are the editors' business only: no public read counts or returns them.
    const clauses: Clause[] = [{ sql: 'published = 1', params: [] }];
    if (except !== 'category' && filter.category.length)
      clauses.push(inList('category', filter.category, 'text'));
    if (except !== 'topic' && filter.topic.length) {
      const topics = inList('topic_id', filter.topic, 'text');
      clauses.push({
        sql: `seq IN (SELECT actor_seq FROM actor_topics WHERE ${topics.sql})`,
        params: topics.params,
      });
    }
    if (except !== 'city' && filter.city.length) clauses.push(inList('city', filter.city, 'text'));
    if (filter.ags.length) clauses.push(inList('ags', filter.ags, 'text'));
    if (filter.bbox) {
      clauses.push({ sql: 'lon >= ? AND lat >= ? AND lon <= ? AND lat <= ?', params: filter.bbox });
    }
    if (matched) clauses.push(inList('seq', [...matched.keys()], 'integer'));
    return clauses;
  }

  private matched(filter: ActorFilter): Promise<Map<number, number> | undefined> {
    return filter.text.length
      ? textMatches(this.db, this.dialect, 'actors', filter.text)
      : Promise.resolve(undefined);
  }

  private get byName(): string {
    const b = this.dialect.binary;
    return `name_key${b}, name${b}, id${b}`;
  }

  async list(query: ActorListQuery): Promise<ActorList> {
    const matched = await this.matched(query);
    const all = where(this.clauses(query, matched));
    const [count] = await this.db.all<{ n: number }>(
      `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM actors${all.sql}`,
      all.params,
    );
    const total = Number(count?.n ?? 0);
    let itemsJson: string[];
    if (query.sort === 'relevance' && matched) {
      // Ranked in JS by the same score both engines share; ties keep name order.
      const rows = await this.db.all<{ seq: number }>(
        `SELECT seq FROM actors${all.sql} ORDER BY ${this.byName}`,
        all.params,
      );
      const page = rows
        .map((row, index) => ({ seq: Number(row.seq), index }))
        .sort((a, b) => matched.get(b.seq)! - matched.get(a.seq)! || a.index - b.index)
        .slice(query.offset, query.offset + query.limit)
        .map((row) => row.seq);
      const docs = await this.db.all<{ seq: number; doc: string }>(
        `SELECT seq, doc FROM actors WHERE ${this.dialect.inList('seq', page, 'integer').sql}`,
        [JSON.stringify(page)],
      );
      const bySeq = new Map(docs.map((row) => [Number(row.seq), row.doc]));
      itemsJson = page.map((seq) => bySeq.get(seq)!);
    } else {
      const order = query.sort === '-updatedAt' ? `updated_ms DESC, ${this.byName}` : this.byName;
      const rows = await this.db.all<{ doc: string }>(
        `SELECT doc FROM actors${all.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
        [...all.params, query.limit, query.offset],
      );
      itemsJson = rows.map((row) => row.doc);
    }
    return { total, itemsJson, facets: await this.facets(query, matched) };
  }

  private async facets(filter: ActorFilter, matched?: Map<number, number>) {
    const over = (except: Facet) => where(this.clauses(filter, matched, except));
    const byCategory = over('category');
    const byCity = over('city');
    const byTopic = over('topic');
    const [category, city, topic] = await Promise.all([
      this.db.all<{ value: string; count: number }>(
        `SELECT category AS value, CAST(COUNT(*) AS INTEGER) AS count FROM actors${byCategory.sql} GROUP BY category`,
        byCategory.params,
      ),
      this.db.all<{ value: string; count: number }>(
        `SELECT city AS value, CAST(COUNT(*) AS INTEGER) AS count FROM actors${byCity.sql} GROUP BY city`,
        byCity.params,
      ),
      // A join, not `IN (SELECT seq …)`: SQLite plans the unfiltered IN as a full scan per row.
      this.db.all<{ value: string; count: number }>(
        `SELECT actor_topics.topic_id AS value, CAST(COUNT(*) AS INTEGER) AS count
         FROM actor_topics JOIN actors ON actors.seq = actor_topics.actor_seq${byTopic.sql}
         GROUP BY actor_topics.topic_id`,
        byTopic.params,
      ),
    ]);
    return { category: sortFacet(category), topic: sortFacet(topic), city: sortFacet(city) };
  }

  async features(filter: ActorFilter): Promise<string[]> {
    const all = where(this.clauses(filter, await this.matched(filter)));
    const rows = await this.db.all<{ feature: string }>(
      `SELECT feature FROM actors${all.sql} ORDER BY seq`,
      all.params,
    );
    return rows.map((row) => row.feature);
  }

  async json(id: string): Promise<string | undefined> {
    return (await this.entry(id))?.doc;
  }

  /** One actor with its revision; unpublished ones only when asked for (moderation). */
  async entry(
    id: string,
    includeUnpublished = false,
  ): Promise<{ doc: string; revision: number; published: boolean } | undefined> {
    const [row] = await this.db.all<{ doc: string; revision: number; published: number }>(
      `SELECT doc, revision, published FROM actors WHERE id = ?${includeUnpublished ? '' : ' AND published = 1'}`,
      [id],
    );
    return row
      ? { doc: row.doc, revision: Number(row.revision), published: Number(row.published) === 1 }
      : undefined;
  }
}
