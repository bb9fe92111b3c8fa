import actorsData from '../../data/actors.json' with { type: 'json' };
import eventsData from '../../data/events.json' with { type: 'json' };
import topicsData from '../../data/topics.json' with { type: 'json' };
import type { Actor, DirectoryData, DirectoryEvent, Topic } from '../model.js';
import { resolveEvents } from './resolve-events.js';
import type { EventTemplate } from './templates.js';

/** Names `serve --seed` understands. */
export const SEEDS = ['demo'] as const;
export type SeedName = (typeof SEEDS)[number];

/**
 * The demo seed: the 50 real actors, the topic vocabulary and the demo events (5 real past
 * events, the rest placed around `now`). Provenance: data/README.md.
 */
export function demoSeed(now: Date): DirectoryData {
  const events = resolveEvents(eventsData as EventTemplate[], now).map(
    ({ demo: _demo, source: _source, organizers = [], ...event }): DirectoryEvent => ({
      ...event,
      organizers: organizers.map(({ name }) => ({ name })),
    }),
  );
  return {
    topics: topicsData as Topic[],
    actors: actorsData as Actor[],
    events,
  };
}
