import { expect } from 'vitest';
import type { DirectoryTarget } from './target.js';

/**
 * The morning after the 3rd Saxon AI congress (16–17 April 2024, all day, end date 18 April
 * exclusive): the congress is over, so neither `/events` nor a topic's count may show it.
 */
export const DAY_AFTER_CONGRESS = new Date('2024-04-18T10:00:00+02:00');

/** Every topic's `eventCount` is the number of events `/events?topic=` lists from today on. */
export async function expectTopicCountsAsEventLists(dir: DirectoryTarget): Promise<void> {
  const topics = (await dir.get('/directory/v1/topics')).body.items as {
    id: string;
    eventCount: number;
  }[];
  const lists = await Promise.all(
    topics.map(async (topic) => ({
      id: topic.id,
      eventCount: (await dir.get(`/directory/v1/events?topic=${topic.id}&limit=1`)).body
        .total as number,
    })),
  );
  expect(topics.map(({ id, eventCount }) => ({ id, eventCount }))).toEqual(lists);
}
