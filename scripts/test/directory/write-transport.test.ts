import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer } from '../../../packages/sdk/test/demo-server.js';
import {
  ConflictError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
} from '../../../packages/sdk/src/index.js';
import {
  createWriteTransport,
  type WriteMethod,
} from '../../../packages/sdk/src/http/write-transport.js';

/**
 * The admin client's transport over real HTTP against the demo API's fault injection: which
 * failures are retried for which method, and which typed error each status becomes. A `POST` or
 * `PATCH` that may have been applied is never sent twice.
 */
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let demo: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  demo = await startTestServer();
});
afterAll(() => demo?.close());
afterEach(async () => {
  await demo.clearFaults();
  await demo.clearRequests();
});

const PATH = '/directory/v1/moderation/probe';
const transport = () =>
  createWriteTransport({
    baseUrl: `${demo.url}/directory/v1`,
    token: `sxd_${'t'.repeat(43)}`,
    retry: { limit: 2, backoffLimit: 20 },
  });

/** Sends `method` once through the transport with `fault` on the first request; counts requests. */
async function attempts(method: WriteMethod, fault: Parameters<typeof demo.setFaults>[0][number]) {
  await demo.clearRequests();
  await demo.setFaults([{ path: PATH, times: 1, ...fault }]);
  const error = await transport()
    .send(method, `${demo.url}${PATH}`, method === 'GET' || method === 'DELETE' ? {} : { json: {} })
    .catch((e: unknown) => e);
  const requests = (await demo.requests(PATH)).filter((r) => r.method === method);
  return { error, count: requests.length };
}

describe('write transport: retries', () => {
  it.each(['POST', 'PATCH'] as const)(
    '%s is not retried after a 500 or a dropped connection: it may have been applied',
    async (method) => {
      const failed = await attempts(method, { status: 500 });
      expect(failed.error).toBeInstanceOf(ServerError);
      expect(failed.count).toBe(1);
      const dropped = await attempts(method, { drop: true });
      expect(dropped.error).toBeInstanceOf(NetworkError);
      expect(dropped.count).toBe(1);
      const unavailable = await attempts(method, { status: 503 });
      expect(unavailable.error).toBeInstanceOf(ServerError);
      expect(unavailable.count).toBe(1);
    },
  );

  it.each(['POST', 'PATCH'] as const)(
    '%s is retried when the server said it did not process it (429, 503 with Retry-After)',
    async (method) => {
      // The retry reaches the demo API's normal answer: it has no such route (404).
      const limited = await attempts(method, { status: 429, retryAfter: 0 });
      expect(limited.count).toBe(2);
      expect(limited.error).toBeInstanceOf(NotFoundError);
      const busy = await attempts(method, { status: 503, retryAfter: 0 });
      expect(busy.count).toBe(2);
      expect(busy.error).toBeInstanceOf(NotFoundError);
    },
  );

  it.each(['GET', 'PUT', 'DELETE'] as const)(
    '%s is idempotent and retried like a read after a 500 or a dropped connection',
    async (method) => {
      expect((await attempts(method, { status: 500 })).count).toBe(2);
      expect((await attempts(method, { drop: true })).count).toBe(2);
    },
  );
});

describe('write transport: errors', () => {
  it.each([
    [401, UnauthorizedError, 'unauthorized'],
    [403, ForbiddenError, 'forbidden'],
    [409, ConflictError, 'conflict'],
    [412, ConflictError, 'conflict'],
    [429, RateLimitError, 'rate_limited'],
  ] as const)('%i becomes %o with code %s', async (status, type, code) => {
    // The 429 rule outlasts the retries.
    await demo.setFaults([{ path: PATH, status, retryAfter: status === 429 ? 0 : undefined }]);
    const error = await transport()
      .send('PUT', `${demo.url}${PATH}`, { json: {}, ifMatch: '"r1"' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({ code, status });
  });

  it('tells a stale version (412) from a state conflict (409), in German by default', async () => {
    await demo.setFaults([{ path: PATH, status: 412 }]);
    const stale = (await transport()
      .send('PUT', `${demo.url}${PATH}`, { json: {} })
      .catch((e: unknown) => e)) as ConflictError;
    expect(stale.status).toBe(412);
    expect(stale.message).toMatch(/inzwischen geändert.*neu laden/);
    await demo.setFaults([{ path: PATH, status: 409 }]);
    const decided = (await transport()
      .send('POST', `${demo.url}${PATH}`, { json: {} })
      .catch((e: unknown) => e)) as ConflictError;
    expect(decided.status).toBe(409);
    expect(decided.message).toMatch(/^Konflikt/);
  });
});
