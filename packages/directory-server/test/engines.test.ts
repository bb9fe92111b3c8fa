import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SUITE_NOW } from '../../../scripts/test/directory/target.js';
import type { Actor } from '../src/model.js';
import { demoSeed } from '../src/seed/demo.js';
import { openStorage } from '../src/storage/open.js';
import type { ActorListQuery, DirectoryStorage, EventListQuery } from '../src/storage/types.js';
import { tokenize } from '../src/text.js';
import { startPostgres, type PostgresForTests } from './support/postgres.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

/** Actors whose names test German folding and prefix search. */
const EXTRA: Actor[] = [
  {
    id: 'robotik-startup-goerlitz',
    name: 'Robotik-Startup Görlitz',
    category: 'company',
    subtype: 'Startup',
    description: 'Greifarme für die Weißwarenindustrie, Sitz an der Berliner Straße.',
    topics: ['robotics'],
    offers: ['hardware'],
    address: { city: 'Görlitz', ags: '14626' },
    location: { lat: 51.1526, lon: 14.9877, precision: 'city' },
    updatedAt: '2026-11-01T09:00:00+01:00',
  },
  {
    id: 'oeko-ki',
    name: 'Öko-KI Übungswerkstatt',
    category: 'education',
    topics: ['education'],
    offers: [],
    address: { city: 'Zwickau', ags: '14524' },
    location: { lat: 50.7189, lon: 12.4962, precision: 'city' },
    updatedAt: '2026-10-01T09:00:00+02:00',
  },
];

const actorQuery = (overrides: Partial<ActorListQuery>): ActorListQuery => ({
  text: [],
  category: [],
  topic: [],
  city: [],
  ags: [],
  sort: 'name',
  limit: 500,
  offset: 0,
  ...overrides,
});

const eventQuery = (overrides: Partial<EventListQuery>): EventListQuery => ({
  from: SUITE_NOW.getTime(),
  text: [],
  topic: [],
  city: [],
  attendanceMode: [],
  status: [],
  organizer: [],
  limit: 200,
  offset: 0,
  ...overrides,
});

/** Free text a visitor might type, and text an attacker might. */
const QUERIES = [
  'Robotik',
  'robo',
  'Strasse',
  'Straße',
  'goerlitz',
  'Görlitz',
  'Weisswaren',
  'oeko',
  'Öko übung',
  'KI',
  'ki dresden',
  'Universitaet',
  'Universität Leipzig',
  "'; DROP TABLE actors; --",
  '" OR 1=1 --',
  'NEAR(robotik dresden)',
  'robotik*',
  'a:* & !b | c',
  '日本語',
  '🤖 robotik',
  'ﬁ ligature',
  'x'.repeat(5000),
  '\u0000null\u0000',
];

let cluster: PostgresForTests;
let dir: string;
const engines: Record<'sqlite' | 'postgres', DirectoryStorage> = {} as never;

beforeAll(async () => {
  cluster = await startPostgres();
  dir = mkdtempSync(join(tmpdir(), 'saxon-engines-'));
  engines.sqlite = openStorage({ file: join(dir, 'directory.db') });
  engines.postgres = openStorage({ databaseUrl: await cluster.createDatabase() });
  const seed = demoSeed(SUITE_NOW);
  for (const storage of Object.values(engines)) {
    await storage.migrate();
    await storage.write({ ...seed, actors: [...seed.actors, ...EXTRA] });
  }
}, 120_000);

afterAll(async () => {
  for (const storage of Object.values(engines)) await storage?.close();
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('SQLite and PostgreSQL answer identically', () => {
  it.each(QUERIES)('actors for q=%s (every sort)', async (q) => {
    for (const sort of ['relevance', 'name', '-updatedAt'] as const) {
      const query = actorQuery({ text: tokenize(q), sort });
      const [lite, pg] = await Promise.all([
        engines.sqlite.listActors(query),
        engines.postgres.listActors(query),
      ]);
      expect(pg).toEqual(lite);
    }
  });

  it.each(QUERIES)('events for q=%s', async (q) => {
    const query = eventQuery({ text: tokenize(q), from: Date.parse('2020-01-01T00:00:00Z') });
    expect(await engines.postgres.listEvents(query)).toEqual(
      await engines.sqlite.listEvents(query),
    );
  });

  it('filters, facets, paging, GeoJSON and topic counts', async () => {
    const queries: Partial<ActorListQuery>[] = [
      { category: ['research', 'company'], city: ['Dresden'] },
      { topic: ['robotics', 'machine-learning'], sort: '-updatedAt', limit: 7, offset: 3 },
      { ags: ['14713'], bbox: [12.2, 51.2, 12.6, 51.5] },
      { city: ['O\'Brien"; --'], topic: ['%'], category: [] },
      { city: ['Dres\u0000den'], topic: ['\u0000'] },
    ];
    for (const overrides of queries) {
      const query = actorQuery(overrides);
      expect(await engines.postgres.listActors(query)).toEqual(
        await engines.sqlite.listActors(query),
      );
      expect(await engines.postgres.actorFeatures(query)).toEqual(
        await engines.sqlite.actorFeatures(query),
      );
    }
    const events = eventQuery({
      attendanceMode: ['online', 'mixed'],
      status: ['scheduled'],
      organizer: ['tu-dresden'],
      to: Date.parse('2030-01-01T00:00:00Z'),
    });
    expect(await engines.postgres.listEvents(events)).toEqual(
      await engines.sqlite.listEvents(events),
    );
    const byPlace = eventQuery({ ags: ['14626', '14713000'], from: Date.parse('2020-01-01') });
    const lite = await engines.sqlite.listEvents(byPlace);
    expect(lite.total).toBeGreaterThan(2);
    expect(await engines.postgres.listEvents(byPlace)).toEqual(lite);
    expect(await engines.postgres.topicCounts(SUITE_NOW.getTime())).toEqual(
      await engines.sqlite.topicCounts(SUITE_NOW.getTime()),
    );
    expect(await engines.postgres.exportAll()).toEqual(await engines.sqlite.exportAll());
    // PostgreSQL text cannot hold NUL: such ids are simply not there, on either engine.
    for (const storage of Object.values(engines)) {
      expect(await storage.actorJson('tu-dresden\u0000')).toBeUndefined();
      expect(await storage.event('\u0000')).toBeUndefined();
    }
  });
});

describe('migration 5: the Gemeinde key of events', () => {
  it.each(['sqlite', 'postgres'] as const)(
    '%s: fills the key of events stored before it, so ?ags finds them',
    async (engine) => {
      const storage = engines[engine];
      const inGoerlitz = eventQuery({ ags: ['14626'], from: Date.parse('2020-01-01') });
      const before = await storage.listEvents(inGoerlitz);
      expect(new Set(before.items.map((e) => e.location?.city))).toEqual(
        new Set(['Görlitz', 'Zittau']),
      );
      // Back to schema 4: the column gone, migration 5 not applied.
      await storage.sql.run('DROP INDEX events_by_ags');
      await storage.sql.run('ALTER TABLE events DROP COLUMN ags');
      await storage.sql.run('DELETE FROM schema_migrations WHERE version = 5');
      expect(await storage.migrate()).toEqual([5]);
      expect(await storage.listEvents(inGoerlitz)).toEqual(before);
    },
  );
});

describe('German full-text search on both engines', () => {
  it.each(['sqlite', 'postgres'] as const)(
    '%s: folds umlauts and ß, matches prefixes',
    async (engine) => {
      const storage = engines[engine];
      const ids = async (q: string) =>
        (
          await storage.listActors(actorQuery({ text: tokenize(q), sort: 'relevance' }))
        ).itemsJson.map((json) => (JSON.parse(json) as Actor).id);
      expect(await ids('Robotik')).toContain('robotik-startup-goerlitz');
      expect((await ids('Robotik'))[0]).toBe('robotik-startup-goerlitz');
      expect(await ids('Strasse')).toEqual(['robotik-startup-goerlitz']);
      expect(await ids('Straße')).toEqual(['robotik-startup-goerlitz']);
      expect(await ids('goerlitz')).toEqual(await ids('Görlitz'));
      expect(await ids('Weißware')).toEqual(['robotik-startup-goerlitz']);
      expect(await ids('Oeko')).toContain('oeko-ki');
      expect(await ids('Oeko')).toEqual(await ids('Öko'));
      expect(await ids('übungs')).toEqual(['oeko-ki']);
      // Two-letter tokens match whole words only ("KI" is not a prefix of "Kiel").
      expect(await ids('KI Übungswerkstatt')).toEqual(['oeko-ki']);
      expect(await ids('zzzqqq')).toEqual([]);
    },
  );
});
