import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { submissionsTarget } from '../../../packages/directory-server/test/support/submissions.js';
import {
  ConflictError,
  createDirectoryAdminClient,
  createDirectoryClient,
  HttpError,
  NotFoundError,
  RateLimitError,
  UnauthorizedError,
  type SubmissionInput,
} from '../../../packages/sdk/src/index.js';
import { ACTOR_INPUT, EVENT_INPUT, SUBMITTER } from './submission-fixtures.js';

// The SDK against the real directory server on 127.0.0.1 (temp SQLite file); generous time on a
// loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let target: Awaited<ReturnType<typeof submissionsTarget>>;
let baseUrl: string;
let token: string;

beforeAll(async () => {
  target = await submissionsTarget({ engine: 'sqlite' });
  baseUrl = `${target.url}/directory/v1`;
  token = target.editor.authorization!.replace('Bearer ', '');
});
afterAll(() => target?.close());

const publicClient = () => createDirectoryClient({ baseUrl, retry: 0 });
const admin = () => createDirectoryAdminClient({ baseUrl, token, retry: 0 });

const actor = (name: string): SubmissionInput => ({
  kind: 'actor',
  action: 'create',
  data: { ...ACTOR_INPUT, name } as SubmissionInput['data'],
  submitter: SUBMITTER,
  consent: true,
});

describe('createDirectoryClient().submissions', () => {
  it('creates, follows and withdraws a submission through its status link', async () => {
    const client = publicClient();
    const receipt = await client.submissions.create(actor('SDK Zurückziehen GmbH'));
    expect(receipt).toEqual({
      id: expect.any(String),
      status: 'pending',
      statusUrl: expect.stringMatching(/\/submissions\/status\//),
    });
    const status = await client.submissions.status(receipt.statusUrl);
    expect(status).toMatchObject({
      id: receipt.id,
      kind: 'actor',
      action: 'create',
      status: 'pending',
    });
    expect(JSON.stringify(status)).not.toContain(SUBMITTER.email);
    const withdrawn = await client.submissions.withdraw(receipt.statusUrl);
    expect(withdrawn.status).toBe('withdrawn');
    const again = await client.submissions.withdraw(receipt.statusUrl).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ConflictError);
    expect((again as ConflictError).status).toBe(409);
  });

  it('rejects with typed errors: 400 naming the fields, 404 for an unknown link, TypeError for a non-link', async () => {
    const client = publicClient();
    const bad = await client.submissions
      .create({
        ...actor('X'),
        data: { ...ACTOR_INPUT, website: 'javascript:alert(1)' },
      } as SubmissionInput)
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(HttpError);
    expect((bad as HttpError).status).toBe(400);
    expect(JSON.parse((bad as HttpError).body!).errors).toEqual([
      expect.objectContaining({ name: 'data.website' }),
    ]);
    const unknown = await client.submissions
      .status(`${baseUrl}/submissions/status/${'A'.repeat(43)}`)
      .catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(NotFoundError);
    await expect(client.submissions.status('javascript:alert(1)')).rejects.toBeInstanceOf(
      TypeError,
    );
    await expect(client.submissions.status(`${baseUrl}/actors`)).rejects.toBeInstanceOf(TypeError);
  });

  it('never retries a refused POST blindly: a 429 comes back as RateLimitError once retries are spent', async () => {
    const limited = await submissionsTarget(
      { engine: 'sqlite' },
      { submissionRateLimit: { windows: [{ limit: 1, windowMs: 60_000 }] } },
    );
    try {
      const client = createDirectoryClient({ baseUrl: `${limited.url}/directory/v1`, retry: 0 });
      await client.submissions.create(actor('Einmal GmbH'));
      const second = await client.submissions
        .create(actor('Zweimal GmbH'))
        .catch((e: unknown) => e);
      expect(second).toBeInstanceOf(RateLimitError);
      const stored = await limited.server.storage.submissions.list({
        states: ['pending'],
        limit: 10,
        offset: 0,
      });
      expect(stored.total).toBe(1);
    } finally {
      await limited.close();
    }
  });
});

describe('createDirectoryAdminClient().submissions', () => {
  it('lists, shows with a diff, approves with edits; the status link then says approved', async () => {
    const client = publicClient();
    const receipt = await client.submissions.create({
      kind: 'event',
      action: 'create',
      data: EVENT_INPUT as SubmissionInput['data'],
      submitter: SUBMITTER,
      consent: true,
      message: 'Bitte aufnehmen.',
    });
    const page = await admin().submissions.list({ status: 'pending', kind: 'event' });
    const listed = page.items.find((s) => s.id === receipt.id);
    expect(listed).toMatchObject({
      status: 'pending',
      submitter: SUBMITTER,
      message: 'Bitte aufnehmen.',
      heldBack: false,
    });
    const detail = await admin().submissions.get(receipt.id);
    expect(detail.diff).toEqual(
      expect.arrayContaining([{ field: 'title', after: EVENT_INPUT.title }]),
    );
    const result = await admin().submissions.approve(receipt.id, {
      edits: { title: 'KI-Stammtisch Dresden' },
      note: 'Titel präzisiert',
    });
    expect(result.submission.status).toBe('approved');
    expect(result.entry).toMatchObject({ title: 'KI-Stammtisch Dresden' });
    const event = await client.events.get(result.submission.entryId!);
    expect(event.title).toBe('KI-Stammtisch Dresden');
    expect((await client.submissions.status(receipt.statusUrl)).status).toBe('approved');
    const twice = await admin()
      .submissions.approve(receipt.id)
      .catch((e: unknown) => e);
    expect(twice).toBeInstanceOf(ConflictError);
  });

  it('approving an update with a stale etag is a ConflictError with status 412', async () => {
    const client = publicClient();
    const live = await client.actors.get('tu-dresden');
    const { id: _id, updatedAt: _u, ...input } = live;
    const receipt = await client.submissions.create({
      kind: 'actor',
      action: 'update',
      targetId: 'tu-dresden',
      data: { ...input, subtype: 'Universität (SDK)' } as SubmissionInput['data'],
      submitter: SUBMITTER,
      consent: true,
    });
    const detail = await admin().submissions.get(receipt.id);
    expect(detail.live).toEqual(live);
    const stale = await admin()
      .submissions.approve(receipt.id, { etag: '"stale"' })
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).status).toBe(412);
    const done = await admin().submissions.approve(receipt.id, { etag: detail.liveEtag! });
    expect(done.entry).toMatchObject({ id: 'tu-dresden', subtype: 'Universität (SDK)' });
  });

  it('rejects with a reason the submitter reads; a wrong token is an UnauthorizedError', async () => {
    const client = publicClient();
    const receipt = await client.submissions.create(actor('SDK Abgelehnt GmbH'));
    const rejected = await admin().submissions.reject(receipt.id, 'Doppelter Eintrag.');
    expect(rejected).toMatchObject({ status: 'rejected', reason: 'Doppelter Eintrag.' });
    expect(await client.submissions.status(receipt.statusUrl)).toMatchObject({
      status: 'rejected',
      reason: 'Doppelter Eintrag.',
    });
    const intruder = createDirectoryAdminClient({
      baseUrl,
      token: `sxd_${'Q'.repeat(43)}`,
      retry: 0,
    });
    await expect(intruder.submissions.list()).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(
      admin().submissions.get('00000000-0000-4000-8000-000000000000'),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
