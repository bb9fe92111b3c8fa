import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDirectoryClient, HttpError, InvalidRequestError } from '../src/index.js';
import * as directoryEntry from '../src/directory/index.js';
import * as openDataEntry from '../src/open-data/index.js';
import { startTestServer } from './demo-server.js';

let demo: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  demo = await startTestServer();
});
afterAll(() => demo.close());

describe('InvalidRequestError', () => {
  it('is what a 400 problem becomes, with its field errors, title and detail', async () => {
    const client = createDirectoryClient({ baseUrl: demo.directoryUrl });
    const error = await client.actors
      .list({ sort: 'shoe-size' as never, limit: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toBeInstanceOf(HttpError);
    const invalid = error as InvalidRequestError;
    expect(invalid).toMatchObject({ status: 400, code: 'invalid_request' });
    expect(invalid.fieldErrors.map((e) => e.name)).toEqual(['sort']);
    expect(invalid.fieldErrors[0]?.reason).toMatch(/must be one of/);
    expect(invalid.problemTitle).toBeTruthy();
    expect(invalid.problemDetail).toMatch(/^sort: /);
  });

  it('has no field errors when the 400 body is not a problem', async () => {
    await demo.setFaults([{ path: '/directory/v1/topics', status: 400, times: 1 }]);
    const client = createDirectoryClient({ baseUrl: demo.directoryUrl, retry: 0 });
    const error = (await client.topics.list().catch((e: unknown) => e)) as InvalidRequestError;
    await demo.clearFaults();
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.fieldErrors).toEqual([]);
  });

  it('is exported from the root, /directory and /open-data', () => {
    expect(directoryEntry.InvalidRequestError).toBe(InvalidRequestError);
    expect(openDataEntry.InvalidRequestError).toBe(InvalidRequestError);
    expect(typeof directoryEntry.checkActorInput).toBe('function');
  });
});
