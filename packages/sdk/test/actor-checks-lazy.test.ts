// Issue 27: the checks of the actor area's answers are a file of their own
// (src/generated/checks/directory-actors.ts), which the directory client loads on the area's first
// call, beside that call's request: an app or widget that lists only events or topics never loads
// it. A file that fails to load refuses the answer as a zod schema that fails to load does (the
// loading error is the issue), and the next call loads it again. The mock below only counts the
// loads and fails them on demand; the file itself is the real one.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDirectoryClient, ResponseValidationError } from '../src/index.js';
import { startTestServer } from './demo-server.js';

const actorChecks = vi.hoisted(() => ({ loads: 0, fail: false }));

vi.mock('../src/generated/checks/directory-actors.js', async (importOriginal) => {
  actorChecks.loads++;
  if (actorChecks.fail) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

let demo: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  demo = await startTestServer();
});
afterAll(() => demo.close());

/** The rejection of `run()`. */
async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

// One sequence: a module, once loaded, stays loaded for the rest of the file.
describe("the actor area's checks, loaded on its first call", () => {
  it('are not loaded for events and topics', async () => {
    const client = createDirectoryClient({ baseUrl: demo.directoryUrl });
    const events = await client.events.list({ limit: 3 });
    expect(events.items).toHaveLength(3);
    expect((await client.topics.list()).length).toBe(17);
    expect(actorChecks.loads).toBe(0);
  });

  it('are not loaded with `validate: off`, which checks nothing', async () => {
    const client = createDirectoryClient({ baseUrl: demo.directoryUrl, validate: 'off' });
    const page = await client.actors.list({ city: 'Dresden', limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.items.every((actor) => actor.address.city === 'Dresden')).toBe(true);
    expect(actorChecks.loads).toBe(0);
  });

  it('load while the request runs; failing, they refuse the answer; the next call loads them', async () => {
    const client = createDirectoryClient({ baseUrl: demo.directoryUrl, language: 'en' });
    actorChecks.fail = true;
    // A slow answer: the checks start loading while the server is still at work on it.
    await demo.setFaults([{ path: '/directory/v1/actors', times: 1, latencyMs: 800 }]);
    await demo.clearRequests();
    const failure = failureOf(() => client.actors.list({ limit: 2 }));
    await vi.waitFor(async () =>
      expect(await demo.requests('/directory/v1/actors')).toHaveLength(1),
    );
    expect(actorChecks.loads).toBe(1);
    const error = await failure;
    await demo.clearFaults();
    // Refused at the root as the answer could not be checked, with one issue: the loading error
    // (worded by the test's module mock here; in a browser "TypeError: Failed to fetch …").
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toEqual([[]]);
    expect((error as Error).message).toBe(
      `The response does not have the expected shape: 1 issue(s) (${demo.directoryUrl}/actors?limit=2&lang=en).`,
    );
    expect(actorChecks.loads).toBe(1);

    actorChecks.fail = false;
    const page = await client.actors.list({ limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(actorChecks.loads).toBe(2);
  });

  it('check every actor answer once loaded, without loading again', async () => {
    const client = createDirectoryClient({ baseUrl: demo.directoryUrl });
    const actor = await client.actors.get('tu-dresden');
    expect(actor.name).toBe('Technische Universität Dresden');
    const map = await client.actors.geojson({ city: 'Dresden' });
    expect(map.type).toBe('FeatureCollection');
    expect(map.features.length).toBeGreaterThan(5);
    let all = 0;
    for await (const listed of client.actors.all({ city: 'Dresden', limit: 5 })) {
      expect(listed.address.city).toBe('Dresden');
      all++;
    }
    expect(all).toBe(map.features.length);
    // A malformed actor is still refused: the checks run.
    await demo.setFaults([{ path: '/directory/v1/actors/tu-dresden', body: 'wrong-types' }]);
    await expect(client.actors.get('tu-dresden')).rejects.toBeInstanceOf(ResponseValidationError);
    await demo.clearFaults();
    expect(actorChecks.loads).toBe(2);
  });
});
