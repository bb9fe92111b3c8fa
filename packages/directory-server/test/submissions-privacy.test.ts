import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  ACTOR_INPUT,
  newActor,
  SUBMITTER,
} from '../../../scripts/test/directory/submission-fixtures.js';
import { call } from '../../../scripts/test/directory/submissions-http.js';
import { SUITE_NOW } from '../../../scripts/test/directory/target.js';
import { runCli } from '../src/commands.js';
import { silentLogger } from '../src/http/log.js';
import { openStorage } from '../src/storage/open.js';
import { purgeSubmitterEmails } from '../src/submissions/purge.js';
import { closeAfterEach } from './support/close-after-each.js';
import { mintToken } from './support/accounts.js';
import { submissionsTarget } from './support/submissions.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const DAY = 24 * 60 * 60 * 1000;
const closeLater = closeAfterEach();

/** A server whose clock the test moves. */
async function startWithClock(options: Parameters<typeof submissionsTarget>[1] = {}) {
  let now = SUITE_NOW.getTime();
  const target = await submissionsTarget(
    { engine: 'sqlite' },
    { now: () => new Date(now), ...options },
  );
  closeLater(target);
  return { target, advance: (ms: number) => (now += ms), clock: () => new Date(now) };
}

async function submitAndReject(url: string, editor: Record<string, string>, name: string) {
  const receipt = (
    await call(url, 'POST', '/directory/v1/submissions', {
      body: newActor({ ...ACTOR_INPUT, name }),
    })
  ).body;
  const rejected = await call(
    url,
    'POST',
    `/directory/v1/moderation/submissions/${receipt.id}/reject`,
    {
      headers: editor,
      body: { reason: 'Test' },
    },
  );
  expect(rejected.status).toBe(200);
  return receipt as { id: string; statusUrl: string };
}

describe('submitter e-mails (DSGVO)', () => {
  it('are deleted once the retention period after the decision has passed; the decision stays', async () => {
    const { target, advance, clock } = await startWithClock({ emailRetentionDays: 30 });
    const storage = target.server.storage;
    const old = await submitAndReject(target.url, target.editor, 'Alt GmbH');
    advance(10 * DAY);
    const recent = await submitAndReject(target.url, target.editor, 'Neu GmbH');
    const open = (await call(target.url, 'POST', '/directory/v1/submissions', { body: newActor() }))
      .body;
    const purge = () =>
      purgeSubmitterEmails(storage, { retentionDays: 30, now: clock, log: silentLogger });

    advance(19 * DAY); // 29 days after the first decision: nothing yet
    expect(await purge()).toBe(0);
    expect((await storage.submissions.byId(old.id))?.submitterEmail).toBe(SUBMITTER.email);

    advance(1 * DAY); // 30 days: the first one goes
    expect(await purge()).toBe(1);
    const purged = await storage.submissions.byId(old.id);
    expect(purged).toMatchObject({
      status: 'rejected',
      reason: 'Test',
      submitterName: SUBMITTER.name,
    });
    expect(purged?.submitterEmail).toBeUndefined();
    expect((await storage.submissions.byId(recent.id))?.submitterEmail).toBe(SUBMITTER.email);

    advance(365 * DAY); // an undecided submission keeps its e-mail however old
    expect(await purge()).toBe(1);
    expect((await storage.submissions.byId(open.id))?.submitterEmail).toBe(SUBMITTER.email);

    // The token minted at the start has expired by now: a fresh editor looks.
    const editor = {
      authorization: `Bearer ${await mintToken(storage, 'Spät', 'editor', clock())}`,
    };
    const list = await call(
      target.url,
      'GET',
      '/directory/v1/moderation/submissions?status=rejected',
      {
        headers: editor,
      },
    );
    expect(list.body.items.map((s: { submitter: object }) => s.submitter)).toEqual([
      { name: SUBMITTER.name },
      { name: SUBMITTER.name },
    ]);
    expect(list.text).not.toContain('@');

    // The audit remains: the decision by its editor, the purge by `system`, never an address.
    const trail = await call(
      target.url,
      'GET',
      `/directory/v1/moderation/audit?kind=submission&entityId=${old.id}`,
      {
        headers: editor,
      },
    );
    expect(trail.status).toBe(200);
    expect(
      trail.body.items.map((e: { action: string; editor: string }) => [e.action, e.editor]).sort(),
    ).toEqual([
      ['purge', 'system'],
      ['reject', 'Erika Editor'],
    ]);
    expect(trail.text).not.toContain(SUBMITTER.email);
  });

  it('are purged by the server on its own schedule', async () => {
    const { target, advance } = await startWithClock({
      emailRetentionDays: 7,
      purgeIntervalMs: 50,
    });
    const receipt = await submitAndReject(target.url, target.editor, 'Geplant GmbH');
    advance(8 * DAY);
    await vi.waitFor(
      async () =>
        expect(
          (await target.server.storage.submissions.byId(receipt.id))?.submitterEmail,
        ).toBeUndefined(),
      { timeout: 10_000, interval: 50 },
    );
  });

  it('are purged by `saxon-directory purge --email-retention-days`', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saxon-purge-'));
    closeLater({ close: async () => rmSync(dir, { recursive: true, force: true }) });
    const file = join(dir, 'directory.db');
    const storage = openStorage({ file });
    await storage.migrate();
    await storage.submissions.insert(
      {
        id: '11111111-1111-4111-8111-111111111111',
        kind: 'actor',
        action: 'remove',
        targetId: 'tu-dresden',
        submitterName: 'A',
        submitterEmail: 'a@beispiel.example',
        status: 'pending',
        heldBack: false,
        submittedMs: Date.now() - 3 * DAY,
      },
      'hash-1',
    );
    await storage.decideSubmission('11111111-1111-4111-8111-111111111111', {
      status: 'rejected',
      decidedMs: Date.now() - 2 * DAY,
      reason: 'x',
    });
    await storage.close();
    const env = { SAXON_DIRECTORY_DB: file };
    expect(await runCli(['purge', '--email-retention-days', '3'], env, silentLogger)).toBe(0);
    const kept = openStorage({ file });
    expect(
      (await kept.submissions.byId('11111111-1111-4111-8111-111111111111'))?.submitterEmail,
    ).toBe('a@beispiel.example');
    await kept.close();
    expect(await runCli(['purge', '--email-retention-days', '1'], env, silentLogger)).toBe(0);
    const after = openStorage({ file });
    expect(
      (await after.submissions.byId('11111111-1111-4111-8111-111111111111'))?.submitterEmail,
    ).toBeUndefined();
    await after.close();
    expect(await runCli(['purge', '--email-retention-days', 'soon'], env, silentLogger)).toBe(2);
  });
});

describe("a submitter's e-mail reaches only editors", () => {
  it('is in no public answer, no export and no log line', async () => {
    const lines: string[] = [];
    const { target } = await startWithClock({
      logger: (entry) => lines.push(JSON.stringify(entry)),
    });
    const receipt = (
      await call(target.url, 'POST', '/directory/v1/submissions', { body: newActor() })
    ).body;
    const token = new URL(receipt.statusUrl).pathname.split('/').pop()!;
    const detailPath = `/directory/v1/moderation/submissions/${receipt.id}`;
    const approved = await call(target.url, 'POST', `${detailPath}/approve`, {
      headers: target.editor,
    });
    expect(approved.status).toBe(200);
    expect(approved.text).toContain(SUBMITTER.email); // editors see it…
    const entryId = approved.body.entry.id as string;
    const publicPaths = [
      '/directory/v1/actors?limit=500',
      `/directory/v1/actors/${entryId}`,
      `/directory/v1/actors?q=${encodeURIComponent(SUBMITTER.email)}`,
      '/directory/v1/actors.geojson',
      '/directory/v1/events?from=2020-01-01&limit=200',
      '/directory/v1/events.ics?from=2020-01-01',
      '/directory/v1/topics',
      new URL(receipt.statusUrl).pathname,
      '/export/directory.json',
      '/export/actors.csv',
      '/dcat',
    ];
    for (const path of publicPaths) {
      const response = await call(target.url, 'GET', path);
      expect(response.text, path).not.toContain(SUBMITTER.email);
    }
    // …and nobody without an editor's token.
    const callers: Record<string, string>[] = [{}, { authorization: 'Bearer wrong' }];
    for (const headers of callers) {
      const moderation = await call(target.url, 'GET', detailPath, { headers });
      expect(moderation.status).toBe(401);
      expect(moderation.text).not.toContain(SUBMITTER.email);
    }
    const dir = mkdtempSync(join(tmpdir(), 'saxon-export-'));
    try {
      const out = join(dir, 'export.json');
      const file = target.server.dir ? join(target.server.dir, 'directory.db') : '';
      expect(
        await runCli(['export', '--out', out], { SAXON_DIRECTORY_DB: file }, silentLogger),
      ).toBe(0);
      const exported = readFileSync(out, 'utf8');
      expect(exported).toContain(entryId);
      expect(exported).not.toContain(SUBMITTER.email);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(lines.join('\n')).not.toContain(SUBMITTER.email);
    expect(lines.join('\n')).not.toContain(token);
  });
});
