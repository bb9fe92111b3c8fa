import { afterAll, beforeAll, expect, it } from 'vitest';
import { targetOver, type DirectoryTarget } from '../../../scripts/test/directory/target.js';
import {
  DAY_AFTER_CONGRESS,
  expectTopicCountsAsEventLists,
} from '../../../scripts/test/directory/topic-counts.js';
import { startDemoServer, type DemoServer } from '../src/node.js';

let server: DemoServer;
let dir: DirectoryTarget;

beforeAll(async () => {
  server = await startDemoServer({ port: 0, now: () => DAY_AFTER_CONGRESS });
  dir = targetOver(fetch, server.url);
});
afterAll(() => server?.close());

it('counts the events of each topic as /events lists them: an all-day event over yesterday no more', async () => {
  await expectTopicCountsAsEventLists(dir);
  const congress = (await dir.get('/directory/v1/events/ki-kongress-sachsen-2024')).body;
  expect([congress.start, congress.end, congress.allDay]).toEqual([
    '2024-04-16',
    '2024-04-18',
    true,
  ]);
});
