import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_INPUT, SUBMITTER } from './submission-fixtures.js';
import { call, type CallInit, type SubmissionsTarget } from './submissions-http.js';

const PROBE = 'freigabe-probe';
const PROBE_INPUT = { ...ACTOR_INPUT, name: 'Freigabe Probe GmbH' };

/**
 * Approving a submission writes through the editors' entry writes (issue 22a × 22c): the detail's
 * `liveEtag` is the entry's ETag `"r<revision>"`, a stale one is refused with 412 and leaves the
 * submission open, an approval moves the revision and is audited exactly once, and an unpublished
 * entry stays unpublished.
 */
export function describeApprovalThroughEntries(
  name: string,
  start: () => Promise<SubmissionsTarget>,
) {
  describe(`${name}: approval through the entry writes`, () => {
    let target: SubmissionsTarget;
    const asEditor = (init: CallInit = {}): CallInit => ({
      ...init,
      headers: { ...target.editor, ...init.headers },
    });
    const moderationEntry = () =>
      call(target.url, 'GET', `/directory/v1/moderation/actors/${PROBE}`, asEditor());
    const submit = async (action: 'update' | 'remove', data?: object) => {
      const response = await call(target.url, 'POST', '/directory/v1/submissions', {
        body: {
          kind: 'actor',
          action,
          targetId: PROBE,
          ...(data && { data }),
          submitter: SUBMITTER,
          consent: true,
        },
      });
      expect(response.status).toBe(202);
      return (response.body as { id: string }).id;
    };
    const detail = (id: string) =>
      call(target.url, 'GET', `/directory/v1/moderation/submissions/${id}`, asEditor());
    const approve = (id: string, etag: string) =>
      call(
        target.url,
        'POST',
        `/directory/v1/moderation/submissions/${id}/approve`,
        asEditor({ headers: { 'if-match': etag }, body: {} }),
      );
    const approvals = async (submissionId: string) => {
      const trail = await call(
        target.url,
        'GET',
        `/directory/v1/moderation/audit?kind=actor&entityId=${PROBE}&limit=200`,
        asEditor(),
      );
      expect(trail.status).toBe(200);
      return (trail.body.items as { submissionId?: string; action: string }[]).filter(
        (entry) => entry.submissionId === submissionId,
      );
    };
    const revisionOf = (etag: string | null) => Number(/^"r(\d+)"$/.exec(etag ?? '')?.[1]);

    beforeAll(async () => {
      target = await start();
      const created = await call(
        target.url,
        'PUT',
        `/directory/v1/actors/${PROBE}`,
        asEditor({ headers: { 'if-none-match': '*' }, body: PROBE_INPUT }),
      );
      expect(created.status).toBe(200);
    });
    afterAll(async () => {
      await target?.close();
    });

    it('liveEtag is the entry ETag; a stale one is 412 and the approval keeps an unpublished entry unpublished', async () => {
      const id = await submit('update', { ...PROBE_INPUT, subtype: 'Mittelstand' });
      const first = await detail(id);
      const before = await moderationEntry();
      expect(first.body.liveEtag).toMatch(/^"r\d+"$/);
      expect(first.body.liveEtag).toBe(before.headers.get('etag'));

      // Another editor unpublishes the entry meanwhile: the editor's liveEtag is stale now.
      const hidden = await call(
        target.url,
        'POST',
        `/directory/v1/actors/${PROBE}/unpublish`,
        asEditor({ headers: { 'if-match': before.headers.get('etag')! } }),
      );
      expect(hidden.status).toBe(200);
      const stale = await approve(id, first.body.liveEtag);
      expect(stale.status).toBe(412);
      expect((await detail(id)).body.status).toBe('pending');
      expect(await approvals(id)).toHaveLength(0);

      const again = await detail(id);
      const current = await moderationEntry();
      expect(again.body.liveEtag).toBe(current.headers.get('etag'));
      expect(again.body.live).toEqual(current.body.entry);
      const approved = await approve(id, again.body.liveEtag);
      expect(approved.status).toBe(200);
      expect(approved.body.submission).toMatchObject({ status: 'approved', entryId: PROBE });

      const after = await moderationEntry();
      expect(after.body).toMatchObject({ published: false, entry: { subtype: 'Mittelstand' } });
      expect(revisionOf(after.headers.get('etag'))).toBeGreaterThan(
        revisionOf(current.headers.get('etag')),
      );
      expect((await call(target.url, 'GET', `/directory/v1/actors/${PROBE}`)).status).toBe(404);
      const audited = await approvals(id);
      expect(audited).toHaveLength(1);
      expect(audited[0]).toMatchObject({ action: 'approve', editor: target.editorName });
    });

    it('an approved removal deletes the entry through its revision, audited once', async () => {
      const published = await call(
        target.url,
        'POST',
        `/directory/v1/actors/${PROBE}/publish`,
        asEditor({ headers: { 'if-match': (await moderationEntry()).headers.get('etag')! } }),
      );
      expect(published.status).toBe(200);
      const id = await submit('remove');
      const seen = await detail(id);
      expect(seen.body.liveEtag).toBe((await moderationEntry()).headers.get('etag'));
      const approved = await approve(id, seen.body.liveEtag);
      expect(approved.status).toBe(200);
      expect(approved.body.entry).toBeUndefined();
      expect((await moderationEntry()).status).toBe(404);
      const audited = await approvals(id);
      expect(audited).toHaveLength(1);
      expect(audited[0]).toMatchObject({ action: 'approve' });
    });
  });
}
