import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CrashTarget } from './crash-suite.js';

/** The built CLI, as an operator runs it (`pnpm build` first; `pnpm test` does). */
const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
const WORKERS = 8;
/** The server is killed once this many writes were answered 200. */
const KILL_AFTER_ACKS = 60;

function cliEnv(target: CrashTarget): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, PORT: _port, ...env } = process.env;
  return { ...env, ...target.env };
}

function startServe(target: CrashTarget, ...extra: string[]) {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...extra, ...target.args], {
    env: cliEnv(target),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise<{ child: ChildProcess; url: string }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve exited early (${code})`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'listening') resolve({ child, url: entry.url! });
    });
  });
}

/** What the server confirmed with a 200: the entry and the subtype it then had. */
interface Acknowledged {
  id: string;
  subtype: string;
  etag: string;
}

const actor = (id: string, subtype: string) => ({
  name: `Dauerhaft ${id}`,
  category: 'company',
  subtype,
  topics: ['robotics'],
  offers: [],
  address: { city: 'Chemnitz', ags: '14511' },
  location: { lat: 50.83, lon: 12.92, precision: 'city' },
});

/**
 * SIGKILL of the server process in the middle of a stream of editor writes (creates, merge
 * patches, unpublish): after a restart, every write that was answered `200` is there, with its
 * audit record, and nothing half-written is.
 */
export function describeWriteDurability(name: string, target: () => Promise<CrashTarget>) {
  describe(
    `durability: SIGKILL during a stream of entry writes (${name})`,
    { timeout: 300_000 },
    () => {
      let crashTarget: CrashTarget;
      let token: string;
      const acknowledged = new Map<string, Acknowledged>();
      const unpublished = new Set<string>();
      let failed = 0;
      let confirmedWrites = 0;

      beforeAll(async () => {
        if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm build\` first`);
        crashTarget = await target();
        execFileSync(process.execPath, [CLI, 'migrate', ...crashTarget.args], {
          env: cliEnv(crashTarget),
        });
        const output = execFileSync(
          process.execPath,
          [CLI, 'user', 'add', '--role', 'editor', 'dauer', ...crashTarget.args],
          { env: cliEnv(crashTarget), encoding: 'utf8' },
        );
        token = output.trim().split('\n').at(-1)!.trim();
        const server = await startServe(crashTarget, '--seed', 'demo');
        const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
        let killed = false;
        let next = 0;

        async function worker() {
          while (!killed) {
            const n = next++;
            const id = `dauer-${n}`;
            try {
              const created = await fetch(`${server.url}/directory/v1/actors/${id}`, {
                method: 'PUT',
                headers: { ...headers, 'if-none-match': '*' },
                body: JSON.stringify(actor(id, 'angelegt')),
              });
              if (created.status !== 200) throw new Error(`PUT ${created.status}`);
              let etag = created.headers.get('etag')!;
              acknowledged.set(id, { id, subtype: 'angelegt', etag });
              confirmedWrites++;
              const patched = await fetch(`${server.url}/directory/v1/actors/${id}`, {
                method: 'PATCH',
                headers: {
                  ...headers,
                  'content-type': 'application/merge-patch+json',
                  'if-match': etag,
                },
                body: JSON.stringify({ subtype: 'geändert' }),
              });
              if (patched.status !== 200) throw new Error(`PATCH ${patched.status}`);
              etag = patched.headers.get('etag')!;
              acknowledged.set(id, { id, subtype: 'geändert', etag });
              confirmedWrites++;
              if (n % 3 === 0) {
                const hidden = await fetch(`${server.url}/directory/v1/actors/${id}/unpublish`, {
                  method: 'POST',
                  headers: { authorization: headers.authorization, 'if-match': etag },
                });
                if (hidden.status !== 200) throw new Error(`unpublish ${hidden.status}`);
                unpublished.add(id);
                acknowledged.set(id, {
                  id,
                  subtype: 'geändert',
                  etag: hidden.headers.get('etag')!,
                });
                confirmedWrites++;
              }
              if (!killed && acknowledged.size >= KILL_AFTER_ACKS) {
                killed = true;
                server.child.kill('SIGKILL');
              }
            } catch {
              // The connection died with the server: this write was never confirmed.
              failed++;
              if (killed) return;
            }
          }
        }
        await Promise.all(Array.from({ length: WORKERS }, worker));
        if (server.child.exitCode === null && server.child.signalCode === null)
          await new Promise((resolve) => server.child.once('exit', resolve));
      }, 300_000);

      it('killed the server while writes were in flight', () => {
        console.info(
          `${name}: ${confirmedWrites} writes confirmed (${acknowledged.size} entries), ${failed} cut off by the kill`,
        );
        expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
        expect(failed).toBeGreaterThan(0);
      });

      it('restarted, every write answered 200 is there with its audit record; nothing is half-written', async () => {
        await crashTarget.checkConsistency();
        const server = await startServe(crashTarget);
        const auth = { authorization: `Bearer ${token}` };
        try {
          for (const write of acknowledged.values()) {
            const response = await fetch(
              `${server.url}/directory/v1/moderation/actors/${write.id}`,
              {
                headers: auth,
              },
            );
            expect(response.status, write.id).toBe(200);
            const { entry, published } = await response.json();
            // The confirmed state, or a later one that committed just before the kill.
            expect(
              Number(response.headers.get('etag')!.slice(2, -1)),
              write.id,
            ).toBeGreaterThanOrEqual(Number(write.etag.slice(2, -1)));
            expect(entry.name).toBe(`Dauerhaft ${write.id}`);
            if (write.subtype === 'geändert') expect(entry.subtype, write.id).toBe('geändert');
            if (unpublished.has(write.id)) expect(published, write.id).toBe(false);
            const audit = await (
              await fetch(
                `${server.url}/directory/v1/moderation/audit?kind=actor&entityId=${write.id}`,
                { headers: auth },
              )
            ).json();
            const actions = audit.items.map((item: { action: string }) => item.action).reverse();
            const expected = ['create', 'update', 'unpublish'].slice(
              0,
              (write.subtype === 'geändert' ? 2 : 1) + (unpublished.has(write.id) ? 1 : 0),
            );
            expect(actions.slice(0, expected.length), write.id).toEqual(expected);
          }
          // Writes that were never confirmed are whole or absent: the public list and the editor's
          // view agree on every `dauer-` actor.
          const list = await (
            await fetch(`${server.url}/directory/v1/actors?q=Dauerhaft&limit=500`)
          ).json();
          for (const item of list.items as { id: string; name: string; subtype: string }[]) {
            expect(item.name).toBe(`Dauerhaft ${item.id}`);
            expect(['angelegt', 'geändert']).toContain(item.subtype);
          }
          expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
        } finally {
          server.child.kill('SIGTERM');
          await new Promise((resolve) => server.child.once('exit', resolve));
        }
        await crashTarget.checkConsistency();
      });
    },
  );
}
