import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { audit, type AuditInput } from '../src/storage/audit.js';
import { openStorage } from '../src/storage/open.js';
import type { DirectoryStorage } from '../src/storage/types.js';
import { usePostgresCluster } from './support/postgres-cluster.js';

// Real databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const cluster = usePostgresCluster();

const entry = (overrides: Partial<AuditInput> = {}): AuditInput => ({
  editor: 'Erika Editor',
  role: 'editor',
  action: 'update',
  kind: 'actor',
  entityId: 'tu-dresden',
  before: { name: 'TU Dresden', website: null, tags: ['a', 'ü'] },
  after: { name: 'Technische Universität Dresden', nested: { deep: [1, 2.5, true] } },
  at: new Date('2026-11-22T09:00:00.123Z'),
  ...overrides,
});

const engines: [string, () => Promise<{ storage: DirectoryStorage; done: () => void }>][] = [
  [
    'SQLite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'saxon-audit-'));
      const storage = openStorage({ file: join(dir, 'audit.db') });
      return { storage, done: () => rmSync(dir, { recursive: true, force: true }) };
    },
  ],
  [
    'PostgreSQL',
    async () => ({
      storage: openStorage({ databaseUrl: await cluster().createDatabase() }),
      done: () => {},
    }),
  ],
];

describe.each(engines)('audit log on %s', (_name, open) => {
  let storage: DirectoryStorage;
  let done: () => void;
  beforeAll(async () => {
    ({ storage, done } = await open());
    await storage.migrate();
  });
  afterAll(async () => {
    await storage?.close();
    done?.();
  });

  it('records an entry in the caller transaction and gives it back unchanged', async () => {
    const id = await storage.sql.transaction((tx) => audit.record(tx, entry({ note: 'Name' })));
    const page = await storage.listAudit({ entityId: 'tu-dresden', limit: 20, offset: 0 });
    expect(page.items).toEqual([
      {
        id,
        at: '2026-11-22T09:00:00.123Z',
        editor: 'Erika Editor',
        role: 'editor',
        action: 'update',
        kind: 'actor',
        entityId: 'tu-dresden',
        before: { name: 'TU Dresden', website: null, tags: ['a', 'ü'] },
        after: { name: 'Technische Universität Dresden', nested: { deep: [1, 2.5, true] } },
        note: 'Name',
      },
    ]);
  });

  it('keeps nothing of a transaction that fails: the change and its record go together', async () => {
    await expect(
      storage.sql.transaction(async (tx) => {
        await audit.record(tx, entry({ entityId: 'rolled-back' }));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await storage.listAudit({ entityId: 'rolled-back', limit: 20, offset: 0 })).total).toBe(
      0,
    );
  });

  it('filters by kinds, entity and editor, newest first, with total and paging', async () => {
    await storage.sql.transaction(async (tx) => {
      await audit.record(
        tx,
        entry({ kind: 'topic', entityId: 'robotics', editor: 'Anton Admin', role: 'admin' }),
      );
      await audit.record(
        tx,
        entry({
          kind: 'submission',
          entityId: 's1',
          action: 'withdraw',
          editor: 'submitter',
          role: 'submitter',
          before: undefined,
          after: undefined,
        }),
      );
    });
    const all = await storage.listAudit({ limit: 20, offset: 0 });
    expect(all.items.map((e) => e.entityId)).toEqual(['s1', 'robotics', 'tu-dresden']);
    expect(all.items[0]).not.toHaveProperty('before');
    expect(all.items[0]).not.toHaveProperty('note');
    const kinds = await storage.listAudit({ kind: ['topic', 'submission'], limit: 20, offset: 0 });
    expect(kinds.items.map((e) => e.entityId)).toEqual(['s1', 'robotics']);
    expect((await storage.listAudit({ editor: 'Anton Admin', limit: 20, offset: 0 })).total).toBe(
      1,
    );
    const page = await storage.listAudit({ limit: 1, offset: 2 });
    expect(page).toMatchObject({ total: 3, limit: 1, offset: 2 });
    expect(page.items.map((e) => e.entityId)).toEqual(['tu-dresden']);
  });
});
