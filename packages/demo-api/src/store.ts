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
import { makeHostile, type HostileFields } from './hostile.js';

export interface StoreOptions {
  /** Clock for everything relative to "today" (the demo events). */
  now?: () => Date;
  /** Replace free text and URLs by hostile strings (see `hostile.ts`). */
  hostile?: boolean;
  /** Synthetic records appended to the demo data, for load tests and benchmarks. */
  synthetic?: { actors?: number; datasets?: number };
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

  const hostile = options.hostile === true;
  if (hostile) {
    actors = makeHostile(actors, HOSTILE_FIELDS);
    // A dataset's `name` is its CKAN slug (an identifier); its title carries the hostile text.
    datasets = datasets.map((d) => keepIdentity(d, makeHostile(d, HOSTILE_FIELDS), 'name'));
    topics = makeHostile(topics, HOSTILE_FIELDS);
    publishers = makeHostile(publishers, HOSTILE_FIELDS);
  }

  return {
    actors,
    topics,
    publishers,
    datasets,
    now,
    events() {
      const events = resolveEvents(templates, now());
      return hostile ? makeHostile(events, HOSTILE_FIELDS) : events;
    },
  };
}
