import actorsData from '../data/actors.json' with { type: 'json' };
import datasetsData from '../data/datasets.json' with { type: 'json' };
import eventsData from '../data/events.json' with { type: 'json' };
import publishersData from '../data/publishers.json' with { type: 'json' };
import topicsData from '../data/topics.json' with { type: 'json' };
import { resolveEvents } from '../data/events.js';
import { generateActors, generateDatasets } from '../data/generate.js';
import type {
  Actor,
  DemoDataset,
  EventTemplate,
  Publisher,
  ResolvedEvent,
  Topic,
} from '../data/types.js';
import {
  hashPicker,
  HOSTILE_EMAILS,
  makeHostile,
  sequencePicker,
  type HostileFields,
  type HostilePicker,
} from './hostile.js';

export interface StoreOptions {
  /** Clock for everything relative to "today" (the demo events). */
  now?: () => Date;
  /**
   * Replace free text and URLs by hostile strings (see `hostile.ts`). `true` gives each field one
   * fixed payload (chosen by a hash of its path). `{ offset: n }` hands the payloads out in
   * sequence instead, counted per field within each collection (actors, datasets, topics,
   * publishers, events; a field is a path without array positions, so a dataset's title and its
   * files' titles count apart): the k-th value of a field gets payload `k + n` (modulo the list's
   * length). Tests rotate `n` so that every field sees every payload: a collection with m values
   * of a field needs offsets 0, m, 2m, … up to the list's length. Actors also get an `email` from
   * `HOSTILE_EMAILS`; the k-th actor's name and the k-th publisher's title are the same payload in
   * sequence mode, so the actor card finds "its" publisher's datasets on the portal.
   */
  hostile?: boolean | HostileOptions;
  /** Synthetic records appended to the demo data, for load tests and benchmarks. */
  synthetic?: { actors?: number; datasets?: number };
}

/** Hostile-data mode with payloads in sequence (see `StoreOptions.hostile`). */
export interface HostileOptions {
  /** Index of the first payload of each field; default 0. */
  offset?: number;
}

/** All data the three emulations serve. Datasets are shared by the CKAN and EntryStore mounts. */
export interface DemoStore {
  actors: readonly Actor[];
  topics: readonly Topic[];
  publishers: readonly Publisher[];
  datasets: readonly DemoDataset[];
  /** Events resolved against the store's clock: "upcoming" is never empty. */
  events(): readonly ResolvedEvent[];
  now(): Date;
  /**
   * The same records as they are without hostile mode: what the demo site's pages and downloads
   * show (in hostile mode no link leads there, but the pages and files stay what the data says).
   */
  site: SiteRecords;
}

export interface SiteRecords {
  actors: readonly Actor[];
  publishers: readonly Publisher[];
  datasets: readonly DemoDataset[];
  events(): readonly ResolvedEvent[];
}

const HOSTILE_FIELDS: HostileFields = {
  text: new Set([
    'name',
    'title',
    'description',
    'subtype',
    'keywords',
    'street',
    'city',
    'de',
    'en',
  ]),
  urls: new Set([
    'website',
    'url',
    'registrationUrl',
    'onlineUrl',
    'landingPage',
    'accessUrl',
    'downloadUrl',
    'homepage',
  ]),
};

/** Fields that name things by id and must survive hostile mode (CKAN slugs are also `name`). */
function keepIdentity<T extends { name?: string }>(original: T, hostile: T, key: 'name'): T {
  return { ...hostile, [key]: original[key] };
}

export function createStore(options: StoreOptions = {}): DemoStore {
  const now = options.now ?? (() => new Date());
  let actors: Actor[] = [...(actorsData as Actor[])];
  let datasets: DemoDataset[] = [...(datasetsData as DemoDataset[])];
  const templates = eventsData as EventTemplate[];
  let topics = topicsData as Topic[];
  let publishers = publishersData as Publisher[];

  if (options.synthetic?.actors) actors = actors.concat(generateActors(options.synthetic.actors));
  if (options.synthetic?.datasets) {
    datasets = datasets.concat(generateDatasets(options.synthetic.datasets));
  }

  const site: SiteRecords = {
    actors,
    publishers,
    datasets,
    events: () => resolveEvents(templates, now()),
  };

  const sequence = typeof options.hostile === 'object' && options.hostile !== null;
  const hostile = options.hostile === true || sequence;
  const offset = sequence ? ((options.hostile as HostileOptions).offset ?? 0) : 0;
  // A new picker per pass over a collection: a sequence picker counts from the collection's start.
  const picker = (): HostilePicker => (sequence ? sequencePicker(offset) : hashPicker);
  if (hostile) {
    actors = makeHostile(actors, HOSTILE_FIELDS, '', picker());
    // No demo actor has an e-mail address; in hostile mode each gets one from the e-mail corpus,
    // so that the actor card's e-mail (a `mailto:` link only for a plain valid address) is tested.
    const emailPicker = picker();
    actors = actors.map((actor, index) => ({
      ...actor,
      email: emailPicker(HOSTILE_EMAILS, `[${index}].email`, 'email'),
    }));
    // A dataset's `name` is its CKAN slug (an identifier); its title carries the hostile text.
    const datasetPicker = picker();
    datasets = datasets.map((d) =>
      keepIdentity(d, makeHostile(d, HOSTILE_FIELDS, '', datasetPicker), 'name'),
    );
    topics = makeHostile(topics, HOSTILE_FIELDS, '', picker());
    publishers = makeHostile(publishers, HOSTILE_FIELDS, '', picker());
  }

  return {
    actors,
    topics,
    publishers,
    datasets,
    now,
    site,
    events() {
      const events = resolveEvents(templates, now());
      return hostile ? makeHostile(events, HOSTILE_FIELDS, '', picker()) : events;
    },
  };
}
