import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiBackend, type Backend } from './openapi.js';
import { ACTOR_INPUT, EVENT_INPUT, newActor, SUBMITTER } from './submission-fixtures.js';
import {
  call,
  expectCallConforms,
  type CallInit,
  type SubmissionsTarget,
} from './submissions-http.js';

/** The operations this suite must reach (issue 22a's part of the contract). */
const SUBMISSION_OPERATIONS = [
  'approveSubmission',
  'createSubmission',
  'getSubmission',
  'getSubmissionStatus',
  'listSubmissions',
  'rejectSubmission',
  'withdrawSubmission',
];

const statusPath = (statusUrl: string) => new URL(statusUrl).pathname;

/** Contract and behaviour of submissions and their moderation against one server. */
export function describeSubmissions(name: string, start: () => Promise<SubmissionsTarget>) {
  describe(`${name}: submissions and moderation (saxon-directory.yaml v1.1)`, () => {
    let api: Backend;
    let target: SubmissionsTarget;
    const seen = new Set<string>();
    const conforms = async (method: string, path: string, status: number, init: CallInit = {}) => {
      const result = await expectCallConforms(api, target.url, method, path, status, init);
      seen.add(result.operationId);
      return result.response;
    };
    const asEditor = (init: CallInit = {}): CallInit => ({
      ...init,
      headers: { ...target.editor, ...init.headers },
    });
    const submit = async (body: object) => {
      const response = await conforms('POST', '/directory/v1/submissions', 202, { body });
      return response.body as { id: string; status: string; statusUrl: string };
    };

    beforeAll(async () => {
      [api, target] = await Promise.all([
        openApiBackend('saxon-directory.yaml', '/directory/v1'),
        start(),
      ]);
    });
    afterAll(async () => {
      await target?.close();
    });

    it('accepts a new actor with 202, a private status link and no caching', async () => {
      const response = await conforms('POST', '/directory/v1/submissions', 202, {
        body: newActor(),
      });
      expect(response.body.status).toBe('pending');
      expect(response.body.statusUrl).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/directory\/v1\/submissions\/status\/[A-Za-z0-9_-]{43}$/,
      );
      expect(response.headers.get('location')).toBe(response.body.statusUrl);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const status = await conforms('GET', statusPath(response.body.statusUrl), 200);
      expect(status.body).toMatchObject({ id: response.body.id, kind: 'actor', status: 'pending' });
      expect(status.text).not.toContain(SUBMITTER.email);
      expect(status.headers.get('cache-control')).toBe('no-store');
    });

    it('rejects bad submissions with 400 naming each field', async () => {
      const bad = await conforms('POST', '/directory/v1/submissions', 400, {
        body: newActor(
          { ...ACTOR_INPUT, website: 'javascript:alert(1)', extra: 1 },
          { consent: false },
        ),
      });
      const names = (bad.body.errors as { name: string }[]).map((e) => e.name);
      expect(names).toEqual(expect.arrayContaining(['data.extra']));
      const semantic = await conforms('POST', '/directory/v1/submissions', 400, {
        body: newActor({ ...ACTOR_INPUT, website: 'javascript:alert(1)' }, { consent: false }),
      });
      expect((semantic.body.errors as { name: string }[]).map((e) => e.name)).toEqual(
        expect.arrayContaining(['consent', 'data.website']),
      );
      const tooLong = await conforms('POST', '/directory/v1/submissions', 400, {
        body: newActor({ ...ACTOR_INPUT, name: 'x'.repeat(201) }),
      });
      expect(tooLong.body.errors).toEqual([
        {
          name: 'data.name',
          reason: 'must be at most 200 characters',
          code: 'too_long',
          limit: 200,
        },
      ]);
      const noTarget = await conforms('POST', '/directory/v1/submissions', 400, {
        body: { ...newActor(), action: 'update', targetId: 'no-such-actor' },
      });
      expect(noTarget.body.errors).toEqual([
        { name: 'targetId', reason: 'no actor with this id', code: 'invalid' },
      ]);
      const badEmail = await conforms('POST', '/directory/v1/submissions', 400, {
        body: newActor(ACTOR_INPUT, { submitter: { name: 'X', email: 'not-an-address' } }),
      });
      expect(badEmail.body.errors[0]).toMatchObject({
        name: 'submitter.email',
        code: 'invalid_email',
      });
    });

    it('answers 415 to a body that is not JSON and 413 to one over 64 KiB', async () => {
      await conforms('POST', '/directory/v1/submissions', 415, {
        body: 'kind=actor',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      await conforms('POST', '/directory/v1/submissions', 413, {
        body: JSON.stringify(newActor({ ...ACTOR_INPUT, description: 'x'.repeat(70_000) })),
      });
    });

    it('answers 404 for an unknown status link', async () => {
      await conforms('GET', `/directory/v1/submissions/status/${'A'.repeat(43)}`, 404);
    });

    it('keeps moderation closed without a token', async () => {
      await conforms('GET', '/directory/v1/moderation/submissions', 401);
    });

    it('lists pending submissions for editors, with the e-mail; held ones only under held', async () => {
      const normal = await submit(newActor({ ...ACTOR_INPUT, name: 'Listen GmbH' }));
      const honeypot = await submit(
        newActor(
          { ...ACTOR_INPUT, name: 'Honigtopf GmbH' },
          { signals: { website: 'x', fillMs: 9000 } },
        ),
      );
      const fast = await submit(
        newActor({ ...ACTOR_INPUT, name: 'Eilig GmbH' }, { signals: { fillMs: 400 } }),
      );
      const slow = await submit(
        newActor(
          { ...ACTOR_INPUT, name: 'Bedacht GmbH' },
          { signals: { website: '', fillMs: 25_000 } },
        ),
      );
      const pending = await conforms(
        'GET',
        '/directory/v1/moderation/submissions?limit=200',
        200,
        asEditor(),
      );
      const pendingIds = pending.body.items.map((s: { id: string }) => s.id);
      expect(pendingIds).toEqual(expect.arrayContaining([normal.id, slow.id]));
      expect(pendingIds).not.toContain(honeypot.id);
      const item = pending.body.items.find((s: { id: string }) => s.id === normal.id);
      expect(item).toMatchObject({ status: 'pending', heldBack: false, submitter: SUBMITTER });
      const held = await conforms(
        'GET',
        '/directory/v1/moderation/submissions?status=held&kind=actor',
        200,
        asEditor(),
      );
      expect(
        held.body.items.map((s: { id: string; heldReason: string }) => [s.id, s.heldReason]),
      ).toEqual([
        [honeypot.id, 'honeypot'],
        [fast.id, 'fill-time'],
      ]);
      // The submitter is not told: a held submission looks pending.
      const status = await conforms('GET', statusPath(honeypot.statusUrl), 200);
      expect(status.body.status).toBe('pending');
      await conforms(
        'GET',
        '/directory/v1/moderation/submissions?status=sleeping',
        400,
        asEditor(),
      );
    });

    it('shows an update as a diff against the live entry, refuses a stale If-Match, approves with edits', async () => {
      const live = (await call(target.url, 'GET', '/directory/v1/actors/tu-dresden')).body;
      const { id: _id, updatedAt: _u, ...input } = live;
      const receipt = await submit({
        kind: 'actor',
        action: 'update',
        targetId: 'tu-dresden',
        data: { ...input, subtype: 'Exzellenzuniversität', website: 'https://tu-dresden.de/neu' },
        submitter: SUBMITTER,
        consent: true,
      });
      const detail = await conforms(
        'GET',
        `/directory/v1/moderation/submissions/${receipt.id}`,
        200,
        asEditor(),
      );
      expect(detail.body.live).toEqual(live);
      expect(detail.body.diff).toEqual(
        expect.arrayContaining([
          { field: 'subtype', before: live.subtype, after: 'Exzellenzuniversität' },
          { field: 'website', before: live.website, after: 'https://tu-dresden.de/neu' },
        ]),
      );
      expect(detail.body.diff).toHaveLength(2);
      await conforms('POST', `/directory/v1/moderation/submissions/${receipt.id}/approve`, 412, {
        ...asEditor({ headers: { 'if-match': '"stale"' } }),
        body: {},
      });
      const approved = await conforms(
        'POST',
        `/directory/v1/moderation/submissions/${receipt.id}/approve`,
        200,
        asEditor({
          headers: { 'if-match': detail.body.liveEtag },
          body: { edits: { website: 'https://tu-dresden.de' }, note: 'Link korrigiert' },
        }),
      );
      expect(approved.body.submission).toMatchObject({ status: 'approved', entryId: 'tu-dresden' });
      expect(approved.body.entry).toMatchObject({
        subtype: 'Exzellenzuniversität',
        website: 'https://tu-dresden.de',
      });
      const public_ = await call(target.url, 'GET', '/directory/v1/actors/tu-dresden');
      expect(public_.body.subtype).toBe('Exzellenzuniversität');
      const status = await conforms('GET', statusPath(receipt.statusUrl), 200);
      expect(status.body).toMatchObject({ status: 'approved', entryId: 'tu-dresden' });
      expect(status.body.decidedAt).toEqual(expect.any(String));
      await conforms(
        'POST',
        `/directory/v1/moderation/submissions/${receipt.id}/approve`,
        409,
        asEditor({ body: {} }),
      );
      await conforms('DELETE', statusPath(receipt.statusUrl), 409);
      // The decision is audited with the editor's account name, before and after.
      const trail = await call(
        target.url,
        'GET',
        `/directory/v1/moderation/audit?kind=actor&entityId=tu-dresden`,
        asEditor(),
      );
      const entry = trail.body.items.find(
        (e: { submissionId?: string }) => e.submissionId === receipt.id,
      );
      expect(entry).toMatchObject({
        action: 'approve',
        editor: target.editorName,
        note: 'Link korrigiert',
        before: live,
        after: { website: 'https://tu-dresden.de', subtype: 'Exzellenzuniversität' },
      });
      expect(trail.text).not.toContain(SUBMITTER.email);
    });

    it('approves a new actor and a new event; they are public afterwards', async () => {
      const actor = await submit(newActor({ ...ACTOR_INPUT, name: 'Neu Sichtbar GmbH' }));
      const done = await conforms(
        'POST',
        `/directory/v1/moderation/submissions/${actor.id}/approve`,
        200,
        asEditor(),
      );
      expect(done.body.entry.id).toBe('neu-sichtbar-gmbh');
      expect((await call(target.url, 'GET', '/directory/v1/actors/neu-sichtbar-gmbh')).status).toBe(
        200,
      );
      // A second entry of the same name gets a free id.
      const twin = await submit(newActor({ ...ACTOR_INPUT, name: 'Neu Sichtbar GmbH' }));
      const second = await conforms(
        'POST',
        `/directory/v1/moderation/submissions/${twin.id}/approve`,
        200,
        asEditor(),
      );
      expect(second.body.entry.id).toBe('neu-sichtbar-gmbh-2');

      const event = await submit({
        kind: 'event',
        action: 'create',
        data: EVENT_INPUT,
        submitter: SUBMITTER,
        consent: true,
      });
      const detail = await conforms(
        'GET',
        `/directory/v1/moderation/submissions/${event.id}`,
        200,
        asEditor(),
      );
      expect(detail.body.live).toBeUndefined();
      expect(detail.body.diff).toEqual(
        expect.arrayContaining([{ field: 'title', after: EVENT_INPUT.title }]),
      );
      const approved = await conforms(
        'POST',
        `/directory/v1/moderation/submissions/${event.id}/approve`,
        200,
        asEditor(),
      );
      const published = await call(
        target.url,
        'GET',
        `/directory/v1/events/${approved.body.entry.id}`,
      );
      expect(published.status).toBe(200);
      expect(published.body.organizers).toEqual([
        {
          id: 'tu-dresden',
          name: expect.stringContaining('Dresden'),
          url: 'https://tu-dresden.de',
        },
        { name: 'Beispielverein e. V.' },
      ]);
      expect(published.body.organizerIds).toEqual(['tu-dresden']);
    });

    it('approves a removal; the entry is gone from the public API', async () => {
      const actor = await submit(newActor({ ...ACTOR_INPUT, name: 'Bald Weg GmbH' }));
      await conforms(
        'POST',
        `/directory/v1/moderation/submissions/${actor.id}/approve`,
        200,
        asEditor(),
      );
      const removal = await submit({
        kind: 'actor',
        action: 'remove',
        targetId: 'bald-weg-gmbh',
        submitter: SUBMITTER,
        consent: true,
      });
      const detail = await conforms(
        'GET',
        `/directory/v1/moderation/submissions/${removal.id}`,
        200,
        asEditor(),
      );
      expect(detail.body.diff).toEqual(
        expect.arrayContaining([{ field: 'name', before: 'Bald Weg GmbH' }]),
      );
      const approved = await conforms(
        'POST',
        `/directory/v1/moderation/submissions/${removal.id}/approve`,
        200,
        asEditor(),
      );
      expect(approved.body.entry).toBeUndefined();
      expect((await call(target.url, 'GET', '/directory/v1/actors/bald-weg-gmbh')).status).toBe(
        404,
      );
    });

    it('refuses edits that break the entry and keeps the submission pending', async () => {
      const receipt = await submit(newActor({ ...ACTOR_INPUT, name: 'Kaputt Editiert GmbH' }));
      const bad = await conforms(
        'POST',
        `/directory/v1/moderation/submissions/${receipt.id}/approve`,
        400,
        asEditor({ body: { edits: { website: 'ftp://x.example' } } }),
      );
      expect(bad.body.errors).toEqual([expect.objectContaining({ name: 'edits.website' })]);
      expect((await conforms('GET', statusPath(receipt.statusUrl), 200)).body.status).toBe(
        'pending',
      );
    });

    it('rejects with a reason the submitter can read; withdraws a pending one once', async () => {
      const receipt = await submit(newActor({ ...ACTOR_INPUT, name: 'Abgelehnt GmbH' }));
      await conforms(
        'POST',
        `/directory/v1/moderation/submissions/${receipt.id}/reject`,
        400,
        asEditor({ body: { reason: '' } }),
      );
      const rejected = await conforms(
        'POST',
        `/directory/v1/moderation/submissions/${receipt.id}/reject`,
        200,
        asEditor({ body: { reason: 'Kein Bezug zu KI in Sachsen.' } }),
      );
      expect(rejected.body).toMatchObject({
        status: 'rejected',
        reason: 'Kein Bezug zu KI in Sachsen.',
      });
      const status = await conforms('GET', statusPath(receipt.statusUrl), 200);
      expect(status.body).toMatchObject({
        status: 'rejected',
        reason: 'Kein Bezug zu KI in Sachsen.',
      });
      await conforms(
        'POST',
        `/directory/v1/moderation/submissions/${receipt.id}/reject`,
        409,
        asEditor({ body: { reason: 'nochmal' } }),
      );

      const other = await submit(newActor({ ...ACTOR_INPUT, name: 'Zurückgezogen GmbH' }));
      const withdrawn = await conforms('DELETE', statusPath(other.statusUrl), 200);
      expect(withdrawn.body.status).toBe('withdrawn');
      await conforms('DELETE', statusPath(other.statusUrl), 409);
      await conforms(
        'POST',
        `/directory/v1/moderation/submissions/${other.id}/approve`,
        409,
        asEditor(),
      );
      await conforms(
        'GET',
        '/directory/v1/moderation/submissions/00000000-0000-4000-8000-000000000000',
        404,
        asEditor(),
      );
    });

    it('reached every submissions and moderation-of-submissions operation', () => {
      expect([...seen].sort()).toEqual(SUBMISSION_OPERATIONS);
      const inSpec = api
        .getOperations()
        .map((op) => op.operationId!)
        .filter((id) => /Submission/.test(id));
      expect(inSpec.sort()).toEqual(SUBMISSION_OPERATIONS);
    });
  });
}
