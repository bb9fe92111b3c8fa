import { mkdtempSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SUITE_NOW } from '../../../scripts/test/directory/target.js';
import type { LogEntry } from '../src/http/log.js';
import { startDirectoryServer } from '../src/server.js';
import { LATEST_VERSION } from '../src/storage/migrations.js';
import type { DirectoryStorage } from '../src/storage/types.js';
import { closeAfterEach } from './support/close-after-each.js';
import { startTestServer } from './support/server.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const closeLater = closeAfterEach();

async function start(options: Parameters<typeof startTestServer>[1] = {}) {
  const server = await startTestServer({ engine: 'sqlite' }, options);
  closeLater(server);
  return server;
}

describe('health and readiness', () => {
  it('answers /healthz and /readyz with engine and schema version', async () => {
    const server = await start();
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      engine: 'sqlite',
      schemaVersion: LATEST_VERSION,
    });
    expect(ready.headers.get('cache-control')).toBe('no-store');
  });

  it('is not ready while a migration is missing, and says how to fix it', async () => {
    const server = await start();
    const db = new DatabaseSync(join(server.dir!, 'directory.db'));
    db.exec('DELETE FROM schema_migrations');
    db.close();
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('content-type')).toBe('application/problem+json');
    expect((await ready.json()).detail).toMatch(/saxon-directory migrate/);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('is not ready when the database is gone, while the process stays up', async () => {
    const server = await start();
    await server.storage.close();
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('seed', () => {
  it('--seed demo fills an empty database once and never overwrites data on restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saxon-seed-'));
    const file = join(dir, 'directory.db');
    const options = { port: 0, file, seed: 'demo' as const, now: () => SUITE_NOW };
    try {
      const first = await startDirectoryServer({ ...options, logger: () => {} });
      await first.storage.write({
        actors: [
          {
            id: 'tu-dresden',
            name: 'TU Dresden (umbenannt)',
            category: 'research',
            topics: [],
            offers: [],
            address: { city: 'Dresden' },
            location: { lat: 51.03, lon: 13.73, precision: 'campus' },
            updatedAt: '2026-11-21T10:00:00+01:00',
          },
        ],
      });
      await first.close();
      const entries: LogEntry[] = [];
      const again = await startDirectoryServer({ ...options, logger: (e) => entries.push(e) });
      try {
        const actor = await (await fetch(`${again.url}/directory/v1/actors/tu-dresden`)).json();
        expect(actor.name).toBe('TU Dresden (umbenannt)');
        const list = await (await fetch(`${again.url}/directory/v1/actors?limit=1`)).json();
        expect(list.total).toBe(50);
        expect(entries.map((e) => e.msg)).not.toContain('seeded');
      } finally {
        await again.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('structured request log', () => {
  it('logs method, path, status and duration as JSON — never the query string', async () => {
    const entries: LogEntry[] = [];
    const server = await start({ logger: (entry) => entries.push(entry) });
    await fetch(`${server.url}/directory/v1/actors?q=erika.mustermann%40example.org&city=Dresden`);
    await fetch(`${server.url}/directory/v1/actors/nobody`);
    const requests = entries.filter((e) => e.msg === 'request');
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({
      level: 'info',
      method: 'GET',
      path: '/directory/v1/actors',
      status: 200,
    });
    expect(typeof requests[0]!.durationMs).toBe('number');
    expect(requests[1]).toMatchObject({ path: '/directory/v1/actors/nobody', status: 404 });
    const text = JSON.stringify(entries);
    expect(text).not.toMatch(/mustermann|example\.org|Dresden|127\.0\.0\.1:\d+\/directory/);
  });
});

describe('caching', () => {
  it('serves repeated reads from memory and drops them when the data changes', async () => {
    const server = await start();
    const url = `${server.url}/directory/v1/actors?q=Kartoffelroboter`;
    const first = await fetch(url);
    expect((await first.json()).total).toBe(0);
    expect(first.headers.get('server-timing')).toMatch(/^db;desc="sqlite";dur=/);
    const again = await fetch(url);
    expect(again.headers.get('server-timing')).toBe('cache;desc="hit"');
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
    await server.storage.write({
      actors: [
        {
          id: 'kartoffelroboter',
          name: 'Kartoffelroboter GmbH',
          category: 'company',
          topics: ['robotics'],
          offers: ['hardware'],
          address: { city: 'Bautzen' },
          location: { lat: 51.18, lon: 14.42, precision: 'city' },
          updatedAt: '2026-11-20T10:00:00+01:00',
        },
      ],
    });
    const after = await fetch(url);
    expect(after.headers.get('server-timing')).toMatch(/^db;/);
    expect((await after.json()).total).toBe(1);
    expect(after.headers.get('etag')).not.toBe(first.headers.get('etag'));
    // A client holding the old ETag gets the new answer, not a 304.
    const revalidated = await fetch(url, {
      headers: { 'if-none-match': first.headers.get('etag')! },
    });
    expect(revalidated.status).toBe(200);
  });

  it('answers HEAD like GET without a body', async () => {
    const server = await start();
    const head = await fetch(`${server.url}/directory/v1/actors?limit=1`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBeTruthy();
    expect(await head.text()).toBe('');
  });
});

describe('CORS', () => {
  it('allows only the configured origins when --cors-origin is given', async () => {
    const server = await start({ corsOrigin: ['https://www.musterstadt.example'] });
    const allowed = await fetch(`${server.url}/directory/v1/topics`, {
      headers: { origin: 'https://www.musterstadt.example' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(
      'https://www.musterstadt.example',
    );
    expect(allowed.headers.get('access-control-expose-headers')).toMatch(/ETag/);
    const other = await fetch(`${server.url}/directory/v1/topics`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}/directory/v1/actors`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://www.musterstadt.example',
        'access-control-request-method': 'GET',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/GET/);
  });
});

describe('errors', () => {
  it('answers unknown paths and unexpected failures with RFC 9457 problems', async () => {
    const entries: LogEntry[] = [];
    const server = await start({ logger: (entry) => entries.push(entry) });
    const missing = await fetch(`${server.url}/nowhere`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    await server.storage.close();
    const broken = await fetch(`${server.url}/directory/v1/actors`);
    expect(broken.status).toBe(500);
    expect(broken.headers.get('content-type')).toBe('application/problem+json');
    expect(broken.headers.get('cache-control')).toBe('no-store');
    expect(entries.some((e) => e.level === 'error' && e.msg === 'unhandled error')).toBe(true);
  });
});

describe('graceful shutdown', () => {
  it('lets an in-flight request finish, then closes the database', async () => {
    let release!: () => void;
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const server = await start();
    // Hold one database read open: the request is in flight while we shut down.
    const storage = server.storage as DirectoryStorage;
    const listActors = storage.listActors.bind(storage);
    storage.listActors = async (query) => {
      entered();
      await gate;
      return listActors(query);
    };
    const request = fetch(`${server.url}/directory/v1/actors?limit=2`);
    await inside;
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(false);
    release();
    const response = await request;
    expect(response.status).toBe(200);
    expect((await response.json()).items).toHaveLength(2);
    await closing;
    await expect(storage.ping()).rejects.toThrow();
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
