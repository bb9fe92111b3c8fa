import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mintToken } from '../../../packages/directory-server/test/support/accounts.js';
import { startTestServer } from '../../../packages/directory-server/test/support/server.js';
import { audit, type AuditInput } from '../../../packages/directory-server/src/storage/audit.js';
import {
  createDirectoryAdminClient,
  ForbiddenError,
  ResponseValidationError,
  SaxonError,
  UnauthorizedError,
  type DirectoryAdminClientOptions,
} from '../../../packages/sdk/src/index.js';
import * as directoryEntry from '../../../packages/sdk/src/directory/index.js';
import { expectConforms, openApiBackend } from './openapi.js';
import { targetOver } from './target.js';

// A real directory server on 127.0.0.1 over a temp SQLite file; generous time on a loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let server: Awaited<ReturnType<typeof startTestServer>>;
let editorToken: string;
let baseUrl: string;

const change = (entry: Partial<AuditInput> & Pick<AuditInput, 'entityId'>): AuditInput => ({
  editor: 'Erika Editor',
  role: 'editor',
  action: 'update',
  kind: 'actor',
  at: new Date('2026-11-22T09:00:00Z'),
  ...entry,
});

beforeAll(async () => {
  server = await startTestServer({ engine: 'sqlite' });
  baseUrl = `${server.url}/directory/v1`;
  editorToken = await mintToken(server.storage, 'Erika Editor', 'editor');
  await server.storage.sql.transaction(async (tx) => {
    await audit.record(
      tx,
      change({
        entityId: 'tu-dresden',
        before: { website: 'http://tu-dresden.de' },
        after: { website: 'https://tu-dresden.de' },
        note: 'https',
      }),
    );
    await audit.record(
      tx,
      change({ entityId: 'robotics', kind: 'topic', editor: 'Anton Admin', role: 'admin' }),
    );
    await audit.record(
      tx,
      change({ entityId: 'tu-dresden', action: 'unpublish', editor: 'Anton Admin', role: 'admin' }),
    );
  });
});
afterAll(() => server?.close());

const admin = (options: Partial<DirectoryAdminClientOptions> = {}) =>
  createDirectoryAdminClient({ baseUrl, token: editorToken, retry: 0, ...options });

describe('createDirectoryAdminClient: audit', () => {
  it('is exported from @saxon-ai/sdk and @saxon-ai/sdk/directory with the new errors', () => {
    expect(directoryEntry.createDirectoryAdminClient).toBe(createDirectoryAdminClient);
    expect(directoryEntry.UnauthorizedError).toBe(UnauthorizedError);
    expect(directoryEntry.ForbiddenError).toBe(ForbiddenError);
    expect(directoryEntry.ConflictError).toBeDefined();
  });

  it('lists the audit log newest first, filtered by kind, entity and editor, with paging', async () => {
    const all = await admin().audit.list();
    expect(all.total).toBe(3);
    expect(all.items.map((e) => [e.kind, e.entityId, e.action])).toEqual([
      ['actor', 'tu-dresden', 'unpublish'],
      ['topic', 'robotics', 'update'],
      ['actor', 'tu-dresden', 'update'],
    ]);
    expect(all.items[2]).toEqual({
      id: all.items[2]!.id,
      at: '2026-11-22T09:00:00.000Z',
      editor: 'Erika Editor',
      role: 'editor',
      action: 'update',
      kind: 'actor',
      entityId: 'tu-dresden',
      before: { website: 'http://tu-dresden.de' },
      after: { website: 'https://tu-dresden.de' },
      note: 'https',
    });
    const actor = await admin().audit.list({ kind: 'actor', entityId: 'tu-dresden' });
    expect(actor.total).toBe(2);
    const byAnton = await admin().audit.list({ editor: 'Anton Admin', kind: ['topic', 'event'] });
    expect(byAnton.items.map((e) => e.entityId)).toEqual(['robotics']);
    const page = await admin().audit.list({ limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page.items.map((e) => e.entityId)).toEqual(['robotics']);
  });

  it('answers conform to the contract, on the filters the SDK sends', async () => {
    const api = await openApiBackend('saxon-directory.yaml', '/directory/v1');
    const target = targetOver(
      (url, init) => fetch(url, { ...init, headers: { authorization: `Bearer ${editorToken}` } }),
      server.url,
    );
    const get = (path: string) => target.get(path);
    await expectConforms(api, get, '/directory/v1/moderation/audit', 200);
    await expectConforms(
      api,
      get,
      '/directory/v1/moderation/audit?kind=actor&kind=topic&entityId=tu-dresden&editor=Erika%20Editor&limit=200&offset=0',
      200,
    );
    await expectConforms(api, get, '/directory/v1/moderation/audit?kind=person', 400);
    await expectConforms(api, get, '/directory/v1/moderation/audit?limit=201', 400);
  });

  it('a wrong token is an UnauthorizedError that never contains the token', async () => {
    const secret = `sxd_${'s3cr3t'.repeat(7)}x`;
    const seen: unknown[] = [];
    const client = admin({
      token: secret,
      hooks: {
        onRequest: (info) => seen.push(info),
        onResponse: (info) => seen.push(info),
        onError: (error) => seen.push(error),
      },
    });
    const error = await client.audit.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toBeInstanceOf(SaxonError);
    expect(error).toMatchObject({ code: 'unauthorized', status: 401 });
    expect((error as Error).message).toMatch(/Anmeldung erforderlich/);
    for (const text of [
      (error as Error).message,
      (error as Error).stack ?? '',
      JSON.stringify(error),
      inspect(error, { depth: Infinity, showHidden: true }),
      inspect(seen, { depth: Infinity, showHidden: true }),
    ]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain('s3cr3t');
    }
  });

  it('checks answers against the contract like the read client', async () => {
    const error = await createDirectoryAdminClient({
      baseUrl: `${server.url}/directory/v1/topics?`,
      token: editorToken,
      retry: 0,
    })
      .audit.list()
      .catch((e: unknown) => e);
    // `/topics?/moderation/audit` reaches the topic list: not an audit page.
    expect(error).toBeInstanceOf(ResponseValidationError);
  });
});
