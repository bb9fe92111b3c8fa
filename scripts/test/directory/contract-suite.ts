import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConforms, isWriteOperation, openApiBackend, type Backend } from './openapi.js';
import type { DirectoryTarget } from './target.js';

/** Every operation, parameter and error of saxon-directory.yaml, with the answers validated. */
export const DIRECTORY_CONTRACT_CASES: [string, number][] = [
  ['/directory/v1/actors', 200],
  [
    '/directory/v1/actors?q=Dresden&category=research&category=company&topic=robotics&city=Dresden&lang=en&sort=relevance',
    200,
  ],
  [
    '/directory/v1/actors?ags=14713&bbox=12.2,51.2,12.6,51.5&limit=500&offset=0&sort=-updatedAt',
    200,
  ],
  ['/directory/v1/actors?limit=1&offset=49&sort=name', 200],
  ['/directory/v1/actors?offset=5000', 200],
  ['/directory/v1/actors?limit=501', 400],
  ['/directory/v1/actors?category=spaceship', 400],
  ['/directory/v1/actors/tu-dresden', 200],
  ['/directory/v1/actors/no-such-actor', 404],
  ['/directory/v1/actors.geojson', 200],
  ['/directory/v1/actors.geojson?category=network&q=Leipzig', 200],
  ['/directory/v1/events', 200],
  ['/directory/v1/events?from=2021-01-01&to=2030-12-31&limit=200&lang=en', 200],
  [
    '/directory/v1/events?from=2026-11-22T00:00:00%2B01:00&attendanceMode=online&attendanceMode=mixed&topic=machine-learning&city=Leipzig&q=KI',
    200,
  ],
  ['/directory/v1/events?from=2020-01-01&status=cancelled&organizer=tu-dresden&offset=1', 200],
  ['/directory/v1/events?from=2020-01-01&ags=14626&ags=14612000&limit=200', 200],
  ['/directory/v1/events?ags=1462', 400],
  ['/directory/v1/events?from=yesterday', 400],
  ['/directory/v1/events?limit=0', 400],
  ['/directory/v1/events.ics', 200],
  ['/directory/v1/events.ics?from=2021-01-01&city=Dresden', 200],
  ['/directory/v1/events.ics?from=2021-01-01&ags=14626', 200],
  ['/directory/v1/events/no-such-event', 404],
  ['/directory/v1/topics', 200],
  ['/directory/v1/topics?lang=en', 200],
  ['/directory/v1/topics?lang=fr', 400],
];

/** The contract test of the directory API against one server. */
export function describeDirectoryContract(name: string, start: () => Promise<DirectoryTarget>) {
  describe(`${name}: contract saxon-directory.yaml`, () => {
    let api: Backend;
    let target: DirectoryTarget;
    const get = (path: string) => target.get(path);
    beforeAll(async () => {
      [api, target] = await Promise.all([
        openApiBackend('saxon-directory.yaml', '/directory/v1'),
        start(),
      ]);
    });
    afterAll(async () => {
      await target?.close?.();
    });

    it.each(DIRECTORY_CONTRACT_CASES)('GET %s → %i conforms', async (path, status) => {
      await expectConforms(api, get, path, status);
    });

    it('covers every read operation of the spec', async () => {
      const seen = new Set<string>();
      for (const [path, status] of DIRECTORY_CONTRACT_CASES)
        seen.add((await expectConforms(api, get, path, status)).operationId);
      const first = (await get('/directory/v1/events?from=2020-01-01&limit=1')).body.items[0];
      seen.add(
        (await expectConforms(api, get, `/directory/v1/events/${first.id}`, 200)).operationId,
      );
      seen.add(
        (await expectConforms(api, get, `/directory/v1/events/${first.id}.ics`, 200)).operationId,
      );
      // The read side: the write side (submissions, moderation, entry writes) needs a token
      // and is covered by the authorization matrix and the write contract tests.
      expect([...seen].sort()).toEqual(
        api
          .getOperations()
          .filter((op) => !isWriteOperation(op.method, op.path))
          .map((op) => op.operationId)
          .sort(),
      );
    });
  });
}
