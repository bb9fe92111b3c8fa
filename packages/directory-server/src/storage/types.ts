import type { EventRecord } from '../io/model.js';
import type { Actor, DirectoryData, DirectoryEvent, Topic } from '../model.js';
import type { Account } from './accounts.js';
import type { AuditPage, AuditQuery } from './audit.js';
import type { Dialect } from './dialect.js';
import type { SqlConnection } from './sql.js';
import type { EntryChange, InTransaction } from './submission-apply.js';
import type { Decision, SubmissionQueries } from './submissions.js';
import type { EntryWriteOptions } from './entries.js';

export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

export interface FacetCount {
  value: string;
  count: number;
}

/** Filters of `/actors` and `/actors.geojson`; `text` holds folded query tokens. */
export interface ActorFilter {
  text: string[];
  category: string[];
  topic: string[];
  city: string[];
  ags: string[];
  bbox?: BBox;
}

export type ActorSort = 'relevance' | 'name' | '-updatedAt';

export interface ActorListQuery extends ActorFilter {
  sort: ActorSort;
  limit: number;
  offset: number;
}

/** A page of actors. Items are the stored JSON documents, ready to send. */
export interface ActorList {
  total: number;
  itemsJson: string[];
  facets: { category: FacetCount[]; topic: FacetCount[]; city: FacetCount[] };
}

/** Filters of `/events` and `/events.ics`; instants in ms since the epoch. */
export interface EventFilter {
  /** Events still running at or after this instant. */
  from: number;
  /** Events starting at or before this instant. */
  to?: number;
  text: string[];
  topic: string[];
  city: string[];
  attendanceMode: string[];
  status: string[];
  organizer: string[];
  /** 5-digit Kreis or 8-digit Gemeinde keys of the venue's town (contract 1.3); none: no filter. */
  ags?: string[];
}

export interface EventListQuery extends EventFilter {
  limit: number;
  offset: number;
}

export interface EventList {
  total: number;
  items: DirectoryEvent[];
  facets: { topic: FacetCount[]; city: FacetCount[]; attendanceMode: FacetCount[] };
}

export interface TopicCount {
  topic: Topic;
  actorCount: number;
  eventCount: number;
}

export interface WriteResult {
  actors: number;
  events: number;
  topics: number;
}

export interface MigrationState {
  applied: number;
  latest: number;
}

/**
 * What the HTTP layer and the CLI need from a database. Two engines implement it with the same
 * queries (`DirectoryStore` over a `SqlConnection` and a `Dialect`), so answers are identical.
 */
export interface DirectoryStorage {
  readonly engine: 'sqlite' | 'postgres';
  /**
   * The connection, for the write side's query modules (accounts, audit, submissions, entries):
   * `sql.transaction(async (tx) => { …change…; await audit.record(tx, entry); })`.
   */
  readonly sql: SqlConnection;
  readonly dialect: Dialect;
  /** The account of a valid bearer token (well-formed, known, unexpired, unrevoked). */
  authenticate(token: string, now: Date): Promise<Account | undefined>;
  /** A page of the audit log, newest first. */
  listAudit(query: AuditQuery): Promise<AuditPage>;
  migrate(): Promise<number[]>;
  migrationState(): Promise<MigrationState>;
  /** Increases with every committed write; response caches are keyed by it. */
  dataVersion(): Promise<number>;
  listActors(query: ActorListQuery): Promise<ActorList>;
  /** GeoJSON features (stored JSON) of every matching actor. */
  actorFeatures(filter: ActorFilter): Promise<string[]>;
  actorJson(id: string): Promise<string | undefined>;
  /**
   * One actor's stored JSON with its revision (ETag) and published flag; unpublished actors only
   * with `includeUnpublished` (moderation).
   */
  actorEntry(
    id: string,
    options?: { includeUnpublished?: boolean },
  ): Promise<{ doc: string; revision: number; published: boolean } | undefined>;
  listEvents(query: EventListQuery): Promise<EventList>;
  /** Every matching event, in start order (the iCalendar feed). */
  allEvents(filter: EventFilter): Promise<DirectoryEvent[]>;
  event(id: string): Promise<DirectoryEvent | undefined>;
  /** One event with its revision and published flag, like `actorEntry`. */
  eventEntry(
    id: string,
    options?: { includeUnpublished?: boolean },
  ): Promise<{ event: DirectoryEvent; revision: number; published: boolean } | undefined>;
  /** The topic vocabulary in its order. */
  topics(): Promise<Topic[]>;
  /** Topics in vocabulary order with actor counts and counts of events ending at or after `since`. */
  topicCounts(since: number): Promise<TopicCount[]>;
  isEmpty(): Promise<boolean>;
  /** Upserts by id in one transaction (topics, then actors, then events). */
  write(data: Partial<DirectoryData>): Promise<WriteResult>;
  /** Public submissions and their moderation (issue 22, migration 3). */
  readonly submissions: SubmissionQueries;
  /**
   * Approves and applies a submission in one transaction through the entry writes (new revision,
   * data version, one audit record); the entry's new revision, or undefined when the submission
   * was no longer open. Refusals throw like `putActor`.
   */
  approveSubmission(
    id: string,
    change: EntryChange,
    decision: Decision,
    options: EntryWriteOptions,
  ): Promise<number | undefined>;
  /** Rejects or withdraws in one transaction with `also`; false when it was no longer open. */
  decideSubmission(id: string, decision: Decision, also?: InTransaction): Promise<boolean>;
  /** Clears submitter e-mails decided at or before `cutoffMs`; returns the submission ids. */
  purgeSubmitterEmails(
    cutoffMs: number,
    nowMs: number,
    also?: (tx: SqlConnection, ids: string[]) => Promise<void>,
  ): Promise<string[]>;
  /**
   * Everything public (open-data downloads, `saxon-directory export`); with `includeUnpublished`
   * also the unpublished actors and events (what an import checks references against).
   */
  exportAll(options?: { includeUnpublished?: boolean }): Promise<DirectoryData>;
  // Single-entry writes (editors, approved submissions). Each runs in one transaction with its
  // audit record, checks `options.ifRevision` / `createOnly` against the stored revision and
  // returns the new revision; refusals throw PreconditionFailedError (412), EntryNotFoundError
  // (404) or TopicInUseError (409) from './entries.js'.
  /** Creates or replaces an actor (published when new; the flag is kept on a replace). */
  putActor(actor: Actor, options: EntryWriteOptions): Promise<number>;
  removeActor(id: string, options: EntryWriteOptions): Promise<number>;
  /** Creates or replaces an event; `organizers` are the external ones, actors are `organizerIds`. */
  putEvent(event: EventRecord, options: EntryWriteOptions): Promise<number>;
  removeEvent(id: string, options: EntryWriteOptions): Promise<number>;
  /** Unpublished entries are in no public read; editors still see them. */
  setPublished(
    kind: 'actor' | 'event',
    id: string,
    published: boolean,
    options: EntryWriteOptions,
  ): Promise<number>;
  putTopic(topic: Topic, options: EntryWriteOptions): Promise<number>;
  /** Refused (TopicInUseError) while any actor or event, published or not, uses the topic. */
  removeTopic(id: string, options: EntryWriteOptions): Promise<number>;
  topicEntry(id: string): Promise<{ topic: Topic; revision: number } | undefined>;
  /** Every unpublished actor and event, actors first, by name/title. */
  unpublishedEntries(): Promise<{ kind: 'actor' | 'event'; id: string; name: string }[]>;
  /** Which of `ids` are actors of the directory (published or not). */
  existingActorIds(ids: readonly string[]): Promise<Set<string>>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type { Actor };
