import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../src/node.js';

describe('demo API server', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer({ port: 0 });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 only and names its mounts', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { mounts: Record<string, string> };
    expect(body.mounts).toEqual({
      ckan: '/ckan/api/3/action/',
      entrystore: '/entrystore/store/',
      directory: '/directory/v1/',
    });
  });
});
