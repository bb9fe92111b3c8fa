import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApiBackend, type Backend } from '../../../scripts/test/directory/openapi.js';
import {
  ACTOR_INPUT,
  EVENT_INPUT,
  SUBMITTER,
} from '../../../scripts/test/directory/submission-fixtures.js';
import { call, expectCallConforms } from '../../../scripts/test/directory/submissions-http.js';
import {
  checkActorInput,
  ConflictError,
  createDirectoryClient,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ServerError,
  type SubmissionInput,
} from '../../sdk/src/index.js';
import { startDemoServer, type DemoServer } from '../src/node.js';
import { TEST_NOW } from './helpers.js';

// The demo API's public submissions over real HTTP on 127.0.0.1, with the SDK as the client.
vi.setConfig({ testTimeout: 60_000 });

let server: DemoServer;
let api: Backend;
let base: string;

beforeAll(async () => {
  server = await startDemoServer({ port: 0, control: true, now: () => TEST_NOW });
  base = `${server.url}/directory/v1`;
  api = await openApiBackend('saxon-directory.yaml', '/directory/v1');
});
afterAll(() => server?.close());
afterEach(async () => {
  await fetch(`${server.url}/__control/reset`, { method: 'POST' });
});

const client = () => createDirectoryClient({ baseUrl: base, retry: 0 });
const actorSubmission = (data: object = ACTOR_INPUT): SubmissionInput =>
  ({ kind: 'actor', action: 'create', data, submitter: SUBMITTER, consent: true }) as never;
const conforms = (method: string, path: string, status: number, body?: unknown) =>
  expectCallConforms(api, server.url, method, path, status, body === undefined ? {} : { body });
const statusPath = (url: string) => new URL(url).pathname;
const count = async () =>
  ((await (await fetch(`${server.url}/__control/submissions`)).json()) as { count: number }).count;

describe('demo API: POST /directory/v1/submissions', () => {
  it('takes an actor and an event, answers 202 with a private status link, no-store', async () => {
    const { response } = await conforms(
      'POST',
      '/directory/v1/submissions',
      202,
      actorSubmission(),
    );
    expect(response.body.statusUrl).toMatch(
      new RegExp(`^${base}/submissions/status/[A-Za-z0-9_-]{43}$`),
    );
    expect(response.headers.get('location')).toBe(response.body.statusUrl);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const status = await conforms('GET', statusPath(response.body.statusUrl), 200);
    expect(status.response.body).toEqual({
      id: response.body.id,
      kind: 'actor',
      action: 'create',
      status: 'pending',
      submittedAt: TEST_NOW.toISOString(),
    });
    expect(status.response.headers.get('cache-control')).toBe('no-store');
    const event = await client().submissions.create({
      kind: 'event',
      action: 'update',
      targetId: (await client().events.list({ limit: 1 })).items[0]!.id,
      data: EVENT_INPUT,
      submitter: SUBMITTER,
      consent: true,
    } as SubmissionInput);
    expect(await client().submissions.status(event.statusUrl)).toMatchObject({
      kind: 'event',
      action: 'update',
      status: 'pending',
    });
    expect(await count()).toBe(2);
  });

  it('withdraws a pending submission once; the status stays withdrawn (no console in the demo)', async () => {
    const receipt = await client().submissions.create(actorSubmission());
    const withdrawn = await conforms('DELETE', statusPath(receipt.statusUrl), 200);
    expect(withdrawn.response.body).toMatchObject({
      status: 'withdrawn',
      decidedAt: TEST_NOW.toISOString(),
    });
    await conforms('DELETE', statusPath(receipt.statusUrl), 409);
    const again = await client()
      .submissions.withdraw(receipt.statusUrl)
      .catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ConflictError);
    expect((await client().submissions.status(receipt.statusUrl)).status).toBe('withdrawn');
  });

  it('answers 404 for an unknown status link', async () => {
    await conforms('GET', `/directory/v1/submissions/status/${'A'.repeat(43)}`, 404);
    const error = await client()
      .submissions.status(`${base}/submissions/status/${'B'.repeat(43)}`)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('refuses a bad entry with 400 naming each field with the same codes as the SDK rules', async () => {
    const data = {
      ...ACTOR_INPUT,
      name: '<b>x</b>\u0000',
      address: { postalCode: '1069', city: 'Dresden', ags: '09162' },
      location: { lat: 50.1, lon: 13, precision: 'city' },
      topics: ['quantencomputing'],
      website: 'javascript:alert(1)',
    };
    const { response } = await conforms(
      'POST',
      '/directory/v1/submissions',
      400,
      actorSubmission(data),
    );
    const expected = checkActorInput(data, { topics: ['machine-learning'] }).map(
      (e) => `data.${e.name}:${e.code}`,
    );
    expect(expected).toHaveLength(6);
    const named = (response.body.errors as { name: string; code: string }[]).map(
      (e) => `${e.name}:${e.code}`,
    );
    expect(named.sort()).toEqual(expected.sort());
    const error = await client()
      .submissions.create({
        ...actorSubmission(data),
        consent: false,
        submitter: { name: ' ', email: 'x@' },
      } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    const names = (error as InvalidRequestError).fieldErrors.map((e) => `${e.name}:${e.code}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'consent:required',
        'submitter.name:required',
        'submitter.email:invalid_email',
        'data.website:not_http_url',
      ]),
    );
    expect(await count()).toBe(0);
  });

  it('checks the envelope: unknown properties, a missing target, an unknown target', async () => {
    const extra = await call(base, 'POST', '/submissions', {
      body: { ...actorSubmission(), extra: 1 },
    });
    expect(extra.body.errors).toEqual([
      { name: 'extra', reason: 'is not a property of this object', code: 'not_allowed' },
    ]);
    const noTarget = await call(base, 'POST', '/submissions', {
      body: { ...actorSubmission(), action: 'update' },
    });
    expect(noTarget.body.errors).toEqual([
      { name: 'targetId', reason: 'is required for update', code: 'required' },
    ]);
    const unknownTarget = await call(base, 'POST', '/submissions', {
      body: { ...actorSubmission(), action: 'remove', targetId: 'gibt-es-nicht' },
    });
    expect(unknownTarget.body.errors).toEqual([
      { name: 'targetId', reason: 'no actor with this id', code: 'invalid' },
    ]);
  });

  it('answers 413 to a body over 64 KiB, 415 to anything but JSON, 400 to broken JSON', async () => {
    const huge = { ...actorSubmission(), message: 'x'.repeat(70 * 1024) };
    expect((await call(base, 'POST', '/submissions', { body: huge })).status).toBe(413);
    const text = await call(base, 'POST', '/submissions', {
      body: 'name=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(text.status).toBe(415);
    const broken = await call(base, 'POST', '/submissions', { body: '{"kind": "actor",' });
    expect(broken.status).toBe(400);
    expect(broken.body.errors).toEqual([
      { name: 'body', reason: 'is not valid JSON', code: 'invalid' },
    ]);
  });
});

describe('demo API submissions: fault injection and reset', () => {
  const fault = (rule: object) =>
    fetch(`${server.url}/__control/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ path: '/directory/v1/submissions', ...rule }]),
    });

  it('429 with Retry-After becomes a RateLimitError; nothing is stored', async () => {
    await fault({ status: 429, retryAfter: 30, times: 1 });
    const error = await client()
      .submissions.create(actorSubmission())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(30);
    expect(await count()).toBe(0);
    await client().submissions.create(actorSubmission());
    expect(await count()).toBe(1);
  });

  it('5xx becomes a ServerError, a dropped connection a NetworkError (offline)', async () => {
    await fault({ status: 500, times: 1 });
    expect(
      await client()
        .submissions.create(actorSubmission())
        .catch((e: unknown) => e),
    ).toBeInstanceOf(ServerError);
    await fault({ drop: true, times: 1 });
    expect(
      await client()
        .submissions.create(actorSubmission())
        .catch((e: unknown) => e),
    ).toBeInstanceOf(NetworkError);
    expect(await count()).toBe(0);
  });

  it('a slow answer still arrives; the status link is faulted like any route', async () => {
    const receipt = await client().submissions.create(actorSubmission());
    await fault({ latencyMs: 300, times: 1 });
    expect((await client().submissions.status(receipt.statusUrl)).status).toBe('pending');
    await fault({ status: 503, times: 1 });
    expect(
      await client()
        .submissions.status(receipt.statusUrl)
        .catch((e: unknown) => e),
    ).toBeInstanceOf(ServerError);
  });

  it('the control reset empties the submissions: old status links are unknown', async () => {
    const receipt = await client().submissions.create(actorSubmission());
    expect(await count()).toBe(1);
    expect((await fetch(`${server.url}/__control/reset`, { method: 'POST' })).status).toBe(204);
    expect(await count()).toBe(0);
    expect(
      await client()
        .submissions.status(receipt.statusUrl)
        .catch((e: unknown) => e),
    ).toBeInstanceOf(NotFoundError);
    await client().submissions.create(actorSubmission());
    expect((await fetch(`${server.url}/__control/submissions`, { method: 'DELETE' })).status).toBe(
      204,
    );
    expect(await count()).toBe(0);
  });

  it('allows a cross-origin POST (CORS preflight) for pages on another origin', async () => {
    const preflight = await fetch(`${base}/submissions`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://musterstadt.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
  });
});
