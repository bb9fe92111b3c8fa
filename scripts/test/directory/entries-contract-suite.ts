import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiBackend, type Backend } from './openapi.js';

/** A directory server with write routes, reached over real HTTP, and tokens of three accounts. */
export interface WriteTarget {
  /** The server's root, e.g. `http://127.0.0.1:4711` (the API is under `/directory/v1`). */
  url: string;
  tokens: { editor: string; secondEditor: string; admin: string };
  close(): Promise<void>;
}

/** The operations of issue 22c (direct entry writes): what this suite must cover. */
export const ENTRY_WRITE_OPERATIONS = [
  'putActor',
  'patchActor',
  'deleteActor',
  'publishActor',
  'unpublishActor',
  'getModerationActor',
  'putEvent',
  'patchEvent',
  'deleteEvent',
  'publishEvent',
  'unpublishEvent',
  'getModerationEvent',
  'getModerationTopic',
  'listUnpublished',
  'putTopic',
  'deleteTopic',
] as const;

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

/** One HTTP call to the API under `/directory/v1`. */
export function caller(target: WriteTarget) {
  return async function call(
    method: string,
    path: string,
    options: {
      token?: string;
      json?: unknown;
      body?: string;
      contentType?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const body = options.json === undefined ? options.body : JSON.stringify(options.json);
    if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
    const response = await fetch(`${target.url}/directory/v1${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: response.status, headers: response.headers, body: parsed };
  };
}

/** A valid ActorInput (Leipzig, in Saxony) with the given name. */
export const actorInput = (name: string) => ({
  name,
  category: 'company',
  topics: ['robotics'],
  offers: ['software'],
  address: { street: 'Augustusplatz 1', postalCode: '04109', city: 'Leipzig', ags: '14713' },
  location: { lat: 51.34, lon: 12.38, precision: 'address' },
  website: 'https://example.org/',
});

export const eventInput = (title: string) => ({
  title,
  start: '2026-12-03T18:00:00+01:00',
  end: '2026-12-03T20:00:00+01:00',
  allDay: false,
  status: 'scheduled',
  attendanceMode: 'offline',
  location: { name: 'Kupfersaal', city: 'Leipzig' },
  organizers: [{ id: 'tu-dresden' }, { name: 'Verein Beispiel e. V.' }],
  topics: ['robotics'],
});

/**
 * Every operation of the direct entry writes, each answer validated against saxon-directory.yaml:
 * success, validation errors, missing and stale preconditions, wrong media type, too large body,
 * 404, 409, 401 and 403.
 */
export function describeEntryWriteContract(name: string, start: () => Promise<WriteTarget>) {
  describe(`${name}: contract of the direct entry writes`, () => {
    let api: Backend;
    let target: WriteTarget;
    let call: ReturnType<typeof caller>;
    const seen = new Set<string>();

    async function conforms(
      method: string,
      path: string,
      expected: number,
      options: Parameters<ReturnType<typeof caller>>[2] = {},
    ): Promise<Answer> {
      const operation = api.matchOperation({
        method: method.toLowerCase(),
        path: `/directory/v1${path.split('?')[0]}`,
        query: '',
        headers: {},
      });
      expect(operation, `no operation for ${method} ${path}`).toBeDefined();
      const answer = await call(method, path, options);
      expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).toBe(expected);
      const declared = operation!.responses?.[String(expected)];
      expect(declared, `${operation!.operationId} does not document ${expected}`).toBeDefined();
      if (answer.body !== undefined) {
        const result = api.validateResponse(answer.body, operation!, expected);
        expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)).toEqual([]);
      }
      if (expected === 200 && answer.headers.get('etag')) {
        expect(answer.headers.get('etag')).toMatch(/^"r\d+"$/);
      }
      expect(answer.headers.get('cache-control')).toBe('no-store');
      seen.add(operation!.operationId!);
      return answer;
    }

    beforeAll(async () => {
      [api, target] = await Promise.all([
        openApiBackend('saxon-directory.yaml', '/directory/v1'),
        start(),
      ]);
      call = caller(target);
    });
    afterAll(async () => {
      await target?.close();
    });

    it('actors: read for editing, create, replace, patch, unpublish, publish, delete', async () => {
      const editor = target.tokens.editor;
      const read = await conforms('GET', '/moderation/actors/tu-dresden', 200, { token: editor });
      const etag = read.headers.get('etag')!;
      expect(read.body.published).toBe(true);
      // The public read carries the same entry ETag, and revalidates with it.
      const publicRead = await call('GET', '/actors/tu-dresden');
      expect(publicRead.headers.get('etag')).toBe(etag);
      expect(
        (await call('GET', '/actors/tu-dresden', { headers: { 'if-none-match': etag } })).status,
      ).toBe(304);
      await conforms('PUT', '/actors/tu-dresden', 428, { token: editor, json: actorInput('X') });
      await conforms('PUT', '/actors/tu-dresden', 412, {
        token: editor,
        json: actorInput('X'),
        headers: { 'if-match': '"r999999"' },
      });
      const invalid = await conforms('PUT', '/actors/tu-dresden', 400, {
        token: editor,
        json: {
          ...actorInput('X'),
          website: 'javascript:alert(1)',
          location: { lat: 48.1, lon: 11.5, precision: 'city' },
        },
        headers: { 'if-match': etag },
      });
      expect(invalid.body.errors.map((e: { name: string }) => e.name).sort()).toEqual([
        'location.lat',
        'website',
      ]);
      await conforms('PUT', '/actors/tu-dresden', 415, {
        token: editor,
        body: 'name=X',
        contentType: 'application/x-www-form-urlencoded',
        headers: { 'if-match': etag },
      });
      await conforms('PUT', '/actors/tu-dresden', 413, {
        token: editor,
        json: { ...actorInput('X'), description: 'x'.repeat(70_000) },
        headers: { 'if-match': etag },
      });
      const replaced = await conforms('PUT', '/actors/tu-dresden', 200, {
        token: editor,
        json: { ...actorInput('Technische Universität Dresden'), category: 'research' },
        headers: { 'if-match': etag },
      });
      expect(replaced.headers.get('etag')).not.toBe(etag);
      expect(replaced.body.id).toBe('tu-dresden');
      // Cached public answers are gone with the write: the new ETag and body at once.
      const fresh = await call('GET', '/actors/tu-dresden', { headers: { 'if-none-match': etag } });
      expect(fresh.status).toBe(200);
      expect(fresh.headers.get('etag')).toBe(replaced.headers.get('etag'));
      expect(fresh.body.address.city).toBe('Leipzig');

      await conforms('PUT', '/actors/tu-dresden', 412, {
        token: editor,
        json: actorInput('X'),
        headers: { 'if-none-match': '*' },
      });
      const created = await conforms('PUT', '/actors/neu-gmbh', 200, {
        token: editor,
        json: actorInput('Neu GmbH'),
        headers: { 'if-none-match': '*' },
      });
      const patched = await conforms('PATCH', '/actors/neu-gmbh', 200, {
        token: editor,
        json: { subtype: 'Startup', website: null },
        contentType: 'application/merge-patch+json',
        headers: { 'if-match': created.headers.get('etag')! },
      });
      expect(patched.body.subtype).toBe('Startup');
      expect(patched.body).not.toHaveProperty('website');
      expect(patched.body.name).toBe('Neu GmbH');
      await conforms('PATCH', '/actors/neu-gmbh', 412, {
        token: editor,
        json: { subtype: 'Konzern' },
        contentType: 'application/merge-patch+json',
        headers: { 'if-match': created.headers.get('etag')! },
      });
      await conforms('PATCH', '/actors/no-such-actor', 404, {
        token: editor,
        json: { subtype: 'Konzern' },
        contentType: 'application/merge-patch+json',
        headers: { 'if-match': '"r1"' },
      });
      const hidden = await conforms('POST', '/actors/neu-gmbh/unpublish', 200, {
        token: editor,
        headers: { 'if-match': patched.headers.get('etag')! },
      });
      expect(hidden.body.published).toBe(false);
      const list = await conforms('GET', '/moderation/unpublished', 200, { token: editor });
      expect(list.body.items).toEqual([{ kind: 'actor', id: 'neu-gmbh', name: 'Neu GmbH' }]);
      const shown = await conforms('POST', '/actors/neu-gmbh/publish', 200, {
        token: editor,
        headers: { 'if-match': hidden.headers.get('etag')! },
      });
      expect(shown.body.published).toBe(true);
      await conforms('DELETE', '/actors/neu-gmbh', 428, { token: editor });
      await conforms('DELETE', '/actors/neu-gmbh', 204, {
        token: editor,
        headers: { 'if-match': shown.headers.get('etag')! },
      });
      await conforms('GET', '/moderation/actors/neu-gmbh', 404, { token: editor });
      await conforms('PUT', '/actors/neu-gmbh', 401, { json: actorInput('X') });
    });

    it('events: the same operations, organizers resolved by the server', async () => {
      const editor = target.tokens.editor;
      const invalid = await conforms('PUT', '/events/neu-treffen', 400, {
        token: editor,
        json: {
          ...eventInput('Treffen'),
          organizers: [{ id: 'no-such-actor' }],
          onlineUrl: 'ftp://x',
        },
        headers: { 'if-none-match': '*' },
      });
      expect(invalid.body.errors.map((e: { name: string }) => e.name).sort()).toEqual([
        'onlineUrl',
        'organizers',
      ]);
      const created = await conforms('PUT', '/events/neu-treffen', 200, {
        token: editor,
        json: eventInput('KI-Treffen Leipzig'),
        headers: { 'if-none-match': '*' },
      });
      expect(created.body.organizerIds).toEqual(['tu-dresden']);
      // The actor's website, as the actors' test above wrote it (contract 1.3: `url`).
      expect(created.body.organizers).toEqual([
        { id: 'tu-dresden', name: 'Technische Universität Dresden', url: 'https://example.org/' },
        { name: 'Verein Beispiel e. V.' },
      ]);
      expect(created.body.timeZone).toBe('Europe/Berlin');
      // Derived by the server from the town, not written (EventInput has no `ags`).
      expect(created.body.location).toEqual({
        name: 'Kupfersaal',
        city: 'Leipzig',
        ags: '14713000',
      });
      const read = await conforms('GET', '/moderation/events/neu-treffen', 200, { token: editor });
      expect(read.headers.get('etag')).toBe(created.headers.get('etag'));
      const replaced = await conforms('PUT', '/events/neu-treffen', 200, {
        token: editor,
        json: { ...eventInput('KI-Treffen Leipzig'), status: 'postponed' },
        headers: { 'if-match': read.headers.get('etag')! },
      });
      const patched = await conforms('PATCH', '/events/neu-treffen', 200, {
        token: editor,
        json: { organizers: [{ name: 'Nur extern' }] },
        contentType: 'application/merge-patch+json',
        headers: { 'if-match': replaced.headers.get('etag')! },
      });
      expect(patched.body.organizerIds).toEqual([]);
      expect(patched.body.status).toBe('postponed');
      const hidden = await conforms('POST', '/events/neu-treffen/unpublish', 200, {
        token: editor,
        headers: { 'if-match': patched.headers.get('etag')! },
      });
      const shown = await conforms('POST', '/events/neu-treffen/publish', 200, {
        token: editor,
        headers: { 'if-match': hidden.headers.get('etag')! },
      });
      await conforms('POST', '/events/neu-treffen/publish', 412, {
        token: editor,
        headers: { 'if-match': hidden.headers.get('etag')! },
      });
      await conforms('DELETE', '/events/neu-treffen', 204, {
        token: editor,
        headers: { 'if-match': shown.headers.get('etag')! },
      });
      await conforms('DELETE', '/events/neu-treffen', 404, {
        token: editor,
        headers: { 'if-match': shown.headers.get('etag')! },
      });
    });

    it('topics: admins create, relabel and delete unused ones; a used topic is 409', async () => {
      const { admin, editor } = target.tokens;
      const robotics = await conforms('GET', '/moderation/topics/robotics', 200, { token: editor });
      await conforms('PUT', '/topics/quantum-ml', 403, {
        token: editor,
        json: { label: { de: 'Quanten-ML', en: 'Quantum ML' } },
        headers: { 'if-none-match': '*' },
      });
      await conforms('PUT', '/topics/quantum-ml', 400, {
        token: admin,
        json: { label: { de: '', en: 'Quantum ML' }, extra: 1 },
        headers: { 'if-none-match': '*' },
      });
      const created = await conforms('PUT', '/topics/quantum-ml', 200, {
        token: admin,
        json: { label: { de: 'Quanten-ML', en: 'Quantum ML' } },
        headers: { 'if-none-match': '*' },
      });
      const relabelled = await conforms('PUT', '/topics/quantum-ml', 200, {
        token: admin,
        json: { label: { de: 'Quanten-Maschinenlernen', en: 'Quantum ML' } },
        headers: { 'if-match': created.headers.get('etag')! },
      });
      expect(relabelled.body).toEqual({
        id: 'quantum-ml',
        label: { de: 'Quanten-Maschinenlernen', en: 'Quantum ML' },
      });
      await conforms('DELETE', '/topics/robotics', 409, {
        token: admin,
        headers: { 'if-match': robotics.headers.get('etag')! },
      });
      await conforms('DELETE', '/topics/quantum-ml', 412, {
        token: admin,
        headers: { 'if-match': created.headers.get('etag')! },
      });
      await conforms('DELETE', '/topics/quantum-ml', 204, {
        token: admin,
        headers: { 'if-match': relabelled.headers.get('etag')! },
      });
      const topics = await call('GET', '/topics');
      expect(topics.body.items.map((t: { id: string }) => t.id)).not.toContain('quantum-ml');
    });

    it('covers every operation of the direct entry writes', () => {
      expect([...seen].sort()).toEqual([...ENTRY_WRITE_OPERATIONS].sort());
    });
  });
}
