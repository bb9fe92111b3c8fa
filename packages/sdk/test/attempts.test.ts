import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDirectoryClient, ServerError } from '../src/index.js';
import { startTestServer } from './demo-server.js';

// The request loop under every client (src/http/attempts.ts), over real HTTP against the demo API:
// what the retry and hook behaviour tests elsewhere leave open.
let demo: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  demo = await startTestServer();
});
afterAll(() => demo.close());
afterEach(async () => {
  await demo.clearFaults();
  await demo.clearRequests();
});

describe('the request loop', () => {
  it('reports every attempt to onRequest with its number, and each retry once', async () => {
    await demo.setFaults([{ path: '/directory/v1/topics', status: 503, times: 2 }]);
    const requests: number[] = [];
    const retries: number[] = [];
    const client = createDirectoryClient({
      baseUrl: demo.directoryUrl,
      retry: { limit: 2, backoffLimit: 20 },
      hooks: {
        onRequest: ({ attempt }) => requests.push(attempt),
        onRetry: ({ attempt }) => retries.push(attempt),
      },
    });
    await client.topics.list();
    expect(requests).toEqual([1, 2, 3]);
    expect(retries).toEqual([1, 2]);
    expect(await demo.requests('/directory/v1/topics')).toHaveLength(3);
  });

  it('calls a given fetch as a plain function (window.fetch throws when called as a method)', async () => {
    let calls = 0;
    // Like the browser's fetch: refuses to run with a `this` other than undefined or the global.
    function strictFetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
      calls++;
      return fetch(input, init);
    }
    const client = createDirectoryClient({ baseUrl: demo.directoryUrl, fetch: strictFetch });
    expect((await client.actors.list({ limit: 1 })).items).toHaveLength(1);
    expect(calls).toBe(1);
  });

  it('keeps the error body of the last attempt and stops after the limit', async () => {
    await demo.setFaults([{ path: '/directory/v1/actors', status: 500 }]);
    const client = createDirectoryClient({
      baseUrl: demo.directoryUrl,
      retry: { limit: 1, backoffLimit: 20 },
    });
    const error = await client.actors.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).body).toMatch(/"status":\s*500/);
    expect(await demo.requests('/directory/v1/actors')).toHaveLength(2);
  });
});
