import { gemeindeKeyOf } from '../gemeinde-keys.js';
import type { Engine } from './dialect.js';
import type { SqlConnection } from './sql.js';

/**
 * The schema, as numbered plain-SQL migrations. Each is applied once, in order, inside a
 * transaction, and recorded in `schema_migrations`. Never edit a released migration: add one.
 * Where the engines differ, a migration spells out both.
 */
export interface Migration {
  version: number;
  name: string;
  sql: Record<Engine, string[]>;
  /** Runs after the SQL in the same transaction: data that only code can compute. */
  fill?: (tx: SqlConnection) => Promise<void>;
}

const common = (seq: string, real: string, big: string) => [
  `CREATE TABLE data_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)`,
  `INSERT INTO data_version (id, version) VALUES (1, 0)`,
  `CREATE TABLE topics (
    id TEXT PRIMARY KEY,
    label_de TEXT NOT NULL,
    label_en TEXT NOT NULL,
    position INTEGER NOT NULL
  )`,
  `CREATE TABLE actors (
    seq ${seq},
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    category TEXT NOT NULL,
    city TEXT NOT NULL,
    ags TEXT,
    lon ${real} NOT NULL,
    lat ${real} NOT NULL,
    updated_ms ${big} NOT NULL,
    name_tokens TEXT NOT NULL,
    mid_tokens TEXT NOT NULL,
    body_tokens TEXT NOT NULL,
    doc TEXT NOT NULL,
    feature TEXT NOT NULL
  )`,
  `CREATE INDEX actors_by_name ON actors (name_key, name, id)`,
  `CREATE INDEX actors_by_category ON actors (category)`,
  `CREATE INDEX actors_by_city ON actors (city)`,
  `CREATE INDEX actors_by_position ON actors (lon, lat)`,
  `CREATE TABLE actor_topics (
    actor_seq INTEGER NOT NULL REFERENCES actors (seq) ON DELETE CASCADE,
    topic_id TEXT NOT NULL,
    PRIMARY KEY (actor_seq, topic_id)
  )`,
  `CREATE INDEX actor_topics_by_topic ON actor_topics (topic_id, actor_seq)`,
  `CREATE TABLE events (
    seq ${seq},
    id TEXT NOT NULL UNIQUE,
    start_ms ${big} NOT NULL,
    end_ms ${big} NOT NULL,
    until_ms ${big} NOT NULL,
    city TEXT,
    attendance_mode TEXT NOT NULL,
    status TEXT NOT NULL,
    title_tokens TEXT NOT NULL,
    mid_tokens TEXT NOT NULL,
    body_tokens TEXT NOT NULL,
    doc TEXT NOT NULL
  )`,
  `CREATE INDEX events_by_start ON events (start_ms, id)`,
  `CREATE INDEX events_by_until ON events (until_ms)`,
  `CREATE TABLE event_topics (
    event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
    topic_id TEXT NOT NULL,
    PRIMARY KEY (event_seq, topic_id)
  )`,
  `CREATE INDEX event_topics_by_topic ON event_topics (topic_id, event_seq)`,
  `CREATE TABLE event_organizers (
    event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
    actor_id TEXT NOT NULL,
    PRIMARY KEY (event_seq, actor_id)
  )`,
  `CREATE INDEX event_organizers_by_actor ON event_organizers (actor_id, event_seq)`,
];

/**
 * Migration 2. `token_hash` is the SHA-256 of the bearer token (see storage/accounts.ts for why a
 * fast hash is right for 256-bit random tokens); the token itself is never stored. Instants are
 * milliseconds since the epoch like `updated_ms`. The audit keeps account names, never e-mails.
 */
const accountsAndAudit = (seq: string, big: string) => [
  `CREATE TABLE accounts (
    id ${seq},
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('editor', 'admin')),
    token_hash TEXT NOT NULL UNIQUE,
    created_ms ${big} NOT NULL,
    expires_ms ${big} NOT NULL,
    revoked_ms ${big}
  )`,
  `CREATE INDEX accounts_by_name ON accounts (name)`,
  `CREATE TABLE audit (
    id ${seq},
    at_ms ${big} NOT NULL,
    editor TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    kind TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    submission_id TEXT,
    before_doc TEXT,
    after_doc TEXT,
    note TEXT
  )`,
  `CREATE INDEX audit_by_entity ON audit (kind, entity_id, id)`,
  `CREATE INDEX audit_by_editor ON audit (editor, id)`,
];

/**
 * Migration 3 (issue 22): submissions. The status token is stored as its SHA-256 only; the
 * submitter's e-mail is nullable because the purge clears it after the retention period.
 * `held_back` marks a submission that tripped a form signal (honeypot, fill time): editors see it
 * as `held`, the submitter as `pending`.
 */
const submissionsTable = (seq: string, big: string) => [
  `CREATE TABLE submissions (
    seq ${seq},
    id TEXT NOT NULL UNIQUE,
    token_hash TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    action TEXT NOT NULL,
    target_id TEXT,
    data TEXT,
    message TEXT,
    submitter_name TEXT NOT NULL,
    submitter_email TEXT,
    status TEXT NOT NULL,
    held_back INTEGER NOT NULL DEFAULT 0,
    held_reason TEXT,
    submitted_ms ${big} NOT NULL,
    decided_ms ${big},
    reason TEXT,
    entry_id TEXT,
    email_purged_ms ${big}
  )`,
  `CREATE INDEX submissions_by_status ON submissions (status, held_back, seq)`,
  `CREATE INDEX submissions_to_purge ON submissions (decided_ms) WHERE submitter_email IS NOT NULL`,
];

/**
 * Migration 4 (issue 22): every actor, event and topic carries the data version of its last write as its revision (the
 * entry's ETag `"r<revision>"`): data versions only grow, so a revision is never reused, not even
 * by an entry deleted and created again under the same id. Unpublished actors and events stay in
 * their tables (the editors still see them) but no public read returns them.
 */
const ENTRY_REVISIONS = [
  'ALTER TABLE actors ADD COLUMN revision INTEGER NOT NULL DEFAULT 0',
  'ALTER TABLE actors ADD COLUMN published INTEGER NOT NULL DEFAULT 1',
  'ALTER TABLE events ADD COLUMN revision INTEGER NOT NULL DEFAULT 0',
  'ALTER TABLE events ADD COLUMN published INTEGER NOT NULL DEFAULT 1',
  'ALTER TABLE topics ADD COLUMN revision INTEGER NOT NULL DEFAULT 0',
  'UPDATE actors SET revision = (SELECT version FROM data_version WHERE id = 1)',
  'UPDATE events SET revision = (SELECT version FROM data_version WHERE id = 1)',
  'UPDATE topics SET revision = (SELECT version FROM data_version WHERE id = 1)',
  'CREATE INDEX actors_unpublished ON actors (published)',
  'CREATE INDEX events_unpublished ON events (published)',
];

/**
 * Migration 5 (contract 1.3, `GET /events?ags=`): the Gemeinde key of an event's town, derived
 * from `city` with the Destatis Gemeinde list (gemeinde-keys.ts) — in code, so existing rows are
 * filled by `fillEventAgs`, not by SQL. NULL when the town is unknown or ambiguous.
 */
const EVENT_AGS = [
  'ALTER TABLE events ADD COLUMN ags TEXT',
  'CREATE INDEX events_by_ags ON events (ags)',
];

async function fillEventAgs(tx: SqlConnection): Promise<void> {
  const rows = await tx.all<{ seq: number; city: string }>(
    'SELECT seq, city FROM events WHERE city IS NOT NULL',
  );
  for (const row of rows) {
    const ags = gemeindeKeyOf(row.city);
    if (ags) await tx.run('UPDATE events SET ags = ? WHERE seq = ?', [ags, row.seq]);
  }
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'directory: topics, actors, events, full-text indexes',
    sql: {
      sqlite: [
        ...common('INTEGER PRIMARY KEY', 'REAL', 'INTEGER'),
        // FTS5 over our folded tokens; remove_diacritics 2 also folds what a token might keep.
        `CREATE VIRTUAL TABLE actor_fts USING fts5(tokens, tokenize = 'unicode61 remove_diacritics 2')`,
        `CREATE VIRTUAL TABLE event_fts USING fts5(tokens, tokenize = 'unicode61 remove_diacritics 2')`,
      ],
      postgres: [
        ...common('INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY', 'DOUBLE PRECISION', 'BIGINT'),
        `ALTER TABLE actors ADD COLUMN search tsvector NOT NULL DEFAULT ''`,
        `ALTER TABLE events ADD COLUMN search tsvector NOT NULL DEFAULT ''`,
        `CREATE INDEX actors_search ON actors USING gin (search)`,
        `CREATE INDEX events_search ON events USING gin (search)`,
      ],
    },
  },
  {
    version: 2,
    name: 'accounts (hashed bearer tokens) and the audit log',
    sql: {
      sqlite: accountsAndAudit('INTEGER PRIMARY KEY', 'INTEGER'),
      postgres: accountsAndAudit('INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY', 'BIGINT'),
    },
  },
  {
    version: 3,
    name: 'submissions: public change requests awaiting moderation',
    sql: {
      sqlite: submissionsTable('INTEGER PRIMARY KEY', 'INTEGER'),
      postgres: submissionsTable('INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY', 'BIGINT'),
    },
  },
  {
    version: 4,
    name: 'entries: per-entry revision (ETag) and published flag',
    sql: {
      sqlite: ENTRY_REVISIONS,
      postgres: ENTRY_REVISIONS,
    },
  },
  {
    version: 5,
    name: "events: Gemeinde key (AGS) of the venue's town",
    sql: { sqlite: EVENT_AGS, postgres: EVENT_AGS },
    fill: fillEventAgs,
  },
];

export const LATEST_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

export async function appliedVersion(db: SqlConnection): Promise<number> {
  await db.run(CREATE_LEDGER);
  const [row] = await db.all<{ version: number | null }>(
    'SELECT MAX(version) AS version FROM schema_migrations',
  );
  return Number(row?.version ?? 0);
}

/** Applies the pending migrations; returns the versions applied now. */
export async function migrate(db: SqlConnection, engine: Engine): Promise<number[]> {
  await db.run(CREATE_LEDGER);
  return db.transaction(async (tx) => {
    // Several instances starting at once: the first migrates, the others wait and find it done.
    if (engine === 'postgres') await tx.run('SELECT pg_advisory_xact_lock(4242021)');
    const done = new Set(
      (await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((row) =>
        Number(row.version),
      ),
    );
    const applied: number[] = [];
    // By version, not by position, and each one not yet in the ledger: migrations developed in
    // parallel (2, 3, 4) all apply, whichever order they arrived in.
    for (const migration of [...MIGRATIONS].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.sql[engine]) await tx.run(statement);
      await migration.fill?.(tx);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
