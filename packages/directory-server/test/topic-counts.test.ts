import { afterAll, beforeAll, it } from 'vitest';
import { targetOver, type DirectoryTarget } from '../../../scripts/test/directory/target.js';
import {
  DAY_AFTER_CONGRESS,
  expectTopicCountsAsEventLists,
} from '../../../scripts/test/directory/topic-counts.js';
import { startTestServer } from './support/server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let dir: DirectoryTarget;

beforeAll(async () => {
  server = await startTestServer({ engine: 'sqlite' }, { now: () => DAY_AFTER_CONGRESS });
  dir = targetOver(fetch, server.url);
});
afterAll(() => server?.close());

it('counts the events of each topic as /events lists them: an all-day event over yesterday no more', async () => {
  await expectTopicCountsAsEventLists(dir);
});
