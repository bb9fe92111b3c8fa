import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDirectoryAdminClient } from '../../../packages/sdk/src/directory/admin.js';
import type { ActorInput } from '../../../packages/sdk/src/directory/admin-entries.js';
import { ConflictError, ForbiddenError } from '../../../packages/sdk/src/http/errors.js';
import { actorInput, caller, eventInput, type WriteTarget } from './entries-contract-suite.js';

/** Every public read that could show an actor or an event, as path → body text. */
async function publicReads(target: WriteTarget): Promise<Record<string, string>> {
  const paths = [
    '/directory/v1/actors?limit=500',
    '/directory/v1/actors?q=Sichtbarkeit&limit=500',
    '/directory/v1/actors?topic=robotics&limit=500',
    '/directory/v1/actors.geojson',
    '/directory/v1/events?from=2020-01-01&limit=200',
    '/directory/v1/events?q=Sichtbarkeit&from=2020-01-01',
    '/directory/v1/events.ics?from=2020-01-01',
    '/directory/v1/topics',
    '/export/actors.csv',
    '/export/directory.json',
  ];
  const texts: Record<string, string> = {};
  for (const path of paths) {
    const response = await fetch(`${target.url}${path}`);
    expect(response.status, path).toBe(200);
    texts[path] = await response.text();
  }
  return texts;
}

/**
 * The write side's guarantees over real HTTP with the SDK's admin client: no lost update, and an
 * unpublished entry is gone from every public read until it is published again.
 */
export function describeEntryWriteBehaviour(name: string, start: () => Promise<WriteTarget>) {
  describe(`${name}: direct entry writes`, () => {
    let target: WriteTarget;
    beforeAll(async () => {
      target = await start();
    });
    afterAll(async () => {
      await target?.close();
    });

    const admin = (token: string) =>
      createDirectoryAdminClient({ baseUrl: `${target.url}/directory/v1`, token, retry: 0 });

    it('lost update: two editors edit the same actor; the second gets 412 and nothing is overwritten', async () => {
      const anna = admin(target.tokens.editor);
      const bert = admin(target.tokens.secondEditor);
      // Both open the same actor at the same revision.
      const [annaView, bertView] = await Promise.all([
        anna.actors.get('scads-ai'),
        bert.actors.get('scads-ai'),
      ]);
      expect(annaView.etag).toBe(bertView.etag);
      const { id: _id, updatedAt: _updatedAt, ...input } = annaView.data.entry;

      const saved = await anna.actors.update(
        'scads-ai',
        { ...input, subtype: 'Geändert von Anna' },
        { etag: annaView.etag },
      );
      expect(saved.data.subtype).toBe('Geändert von Anna');
      expect(saved.etag).not.toBe(annaView.etag);

      const second = bert.actors.update(
        'scads-ai',
        { ...input, subtype: 'Geändert von Bert' },
        { etag: bertView.etag },
      );
      await expect(second).rejects.toBeInstanceOf(ConflictError);
      await expect(second).rejects.toMatchObject({ status: 412 });
      // A merge patch on the stale revision is refused the same way.
      await expect(
        bert.actors.patch('scads-ai', { subtype: 'Bert per PATCH' }, { etag: bertView.etag }),
      ).rejects.toMatchObject({ status: 412 });
      await expect(bert.actors.remove('scads-ai', { etag: bertView.etag })).rejects.toBeInstanceOf(
        ConflictError,
      );

      // Anna's change is what everyone reads, and the audit holds exactly her one update.
      const now = await bert.actors.get('scads-ai');
      expect(now.etag).toBe(saved.etag);
      expect(now.data.entry.subtype).toBe('Geändert von Anna');
      const publicActor = await (await fetch(`${target.url}/directory/v1/actors/scads-ai`)).json();
      expect(publicActor.subtype).toBe('Geändert von Anna');
      const audit = await anna.audit.list({ kind: 'actor', entityId: 'scads-ai' });
      expect(audit.items.map((entry) => [entry.action, entry.editor])).toEqual([
        ['update', 'anna'],
      ]);

      // Bert reloads and retries on the current revision: now it works.
      const retried = await bert.actors.update(
        'scads-ai',
        { ...input, subtype: 'Geändert von Bert' },
        { etag: now.etag },
      );
      expect(retried.data.subtype).toBe('Geändert von Bert');
    });

    it('lost update under a race: of many writers on one revision exactly one wins', async () => {
      const writers = [target.tokens.editor, target.tokens.secondEditor, target.tokens.admin];
      const view = await admin(writers[0]!).actors.get('tu-dresden');
      const { id: _id, updatedAt: _updatedAt, ...input } = view.data.entry;
      const results = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) =>
          admin(writers[i % 3]!).actors.update(
            'tu-dresden',
            { ...input, subtype: `Schreiber ${i}` },
            { etag: view.etag },
          ),
        ),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(1);
      for (const failure of lost) expect(failure.reason).toBeInstanceOf(ConflictError);
      const winner = (won[0] as PromiseFulfilledResult<{ data: { subtype?: string } }>).value;
      const stored = await admin(writers[0]!).actors.get('tu-dresden');
      expect(stored.data.entry.subtype).toBe(winner.data.subtype);
    });

    it('an editor may not manage topics (403 → ForbiddenError)', async () => {
      await expect(
        admin(target.tokens.editor).topics.put('neues-thema', { de: 'Neu', en: 'New' }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      const created = await admin(target.tokens.admin).topics.put('neues-thema', {
        de: 'Neu',
        en: 'New',
      });
      await admin(target.tokens.admin).topics.remove('neues-thema', { etag: created.etag });
    });

    it('a relabelled topic finds its actors by the new label, and their ETags stay', async () => {
      const chris = admin(target.tokens.admin);
      const search = async (q: string) =>
        (await (await fetch(`${target.url}/directory/v1/actors?q=${q}&limit=500`)).json()) as {
          total: number;
          items: { id: string }[];
        };
      expect((await search('Quantenrobotik')).total).toBe(0);
      const before = await chris.actors.get('wandelbots');
      expect(before.data.entry.topics).toContain('robotics');
      const topic = await chris.topics.get('robotics');
      await chris.topics.put('robotics', { de: 'Quantenrobotik', en: 'Robotics' }, topic);
      const found = await search('Quantenrobotik');
      expect(found.items.map((item) => item.id)).toContain('wandelbots');
      expect((await chris.actors.get('wandelbots')).etag).toBe(before.etag);
    });

    it('unpublish hides an actor and its event from every public read; publish brings them back', async () => {
      const editor = admin(target.tokens.editor);
      const call = caller(target);
      const actor = await editor.actors.create(
        'sichtbarkeit-gmbh',
        actorInput('Sichtbarkeit GmbH') as ActorInput,
      );
      const event = await editor.events.create('sichtbarkeit-tag', {
        ...eventInput('Sichtbarkeitstag'),
        organizers: [{ id: 'sichtbarkeit-gmbh' }],
      } as never);
      const before = await publicReads(target);
      for (const [path, text] of Object.entries(before)) {
        if (path.includes('topics')) continue;
        expect(text, path).toMatch(/sichtbarkeit-gmbh|sichtbarkeit-tag|Sichtbarkeit/);
      }
      const topicsBefore = JSON.parse(before['/directory/v1/topics']!).items;

      const hiddenActor = await editor.actors.unpublish('sichtbarkeit-gmbh', { etag: actor.etag });
      const hiddenEvent = await editor.events.unpublish('sichtbarkeit-tag', { etag: event.etag });
      expect(hiddenActor.data.published).toBe(false);

      const after = await publicReads(target);
      for (const [path, text] of Object.entries(after)) {
        expect(text, path).not.toMatch(/sichtbarkeit-gmbh|sichtbarkeit-tag|Sichtbarkeit/i);
      }
      const count = (items: { id: string; actorCount: number; eventCount: number }[]) =>
        items.find((topic) => topic.id === 'robotics')!;
      const topicsAfter = JSON.parse(after['/directory/v1/topics']!).items;
      expect(count(topicsAfter).actorCount).toBe(count(topicsBefore).actorCount - 1);
      expect(count(topicsAfter).eventCount).toBe(count(topicsBefore).eventCount - 1);
      const actorsBefore = JSON.parse(before['/directory/v1/actors?limit=500']!);
      const actorsAfter = JSON.parse(after['/directory/v1/actors?limit=500']!);
      expect(actorsAfter.total).toBe(actorsBefore.total - 1);
      const company = (page: { facets: { category: { value: string; count: number }[] } }) =>
        page.facets.category.find((facet) => facet.value === 'company')!.count;
      expect(company(actorsAfter)).toBe(company(actorsBefore) - 1);
      for (const path of [
        '/actors/sichtbarkeit-gmbh',
        '/events/sichtbarkeit-tag',
        '/events/sichtbarkeit-tag.ics',
      ]) {
        expect((await call('GET', path)).status, path).toBe(404);
      }
      // Editors still see both, and the moderation list names them.
      expect((await editor.actors.get('sichtbarkeit-gmbh')).data.published).toBe(false);
      expect(await editor.unpublished.list()).toEqual([
        { kind: 'actor', id: 'sichtbarkeit-gmbh', name: 'Sichtbarkeit GmbH' },
        { kind: 'event', id: 'sichtbarkeit-tag', name: 'Sichtbarkeitstag' },
      ]);

      await editor.actors.publish('sichtbarkeit-gmbh', { etag: hiddenActor.etag });
      await editor.events.publish('sichtbarkeit-tag', { etag: hiddenEvent.etag });
      expect(await publicReads(target)).toEqual(before);
    });
  });
}
