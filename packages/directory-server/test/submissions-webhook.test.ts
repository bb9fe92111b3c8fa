import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newActor, SUBMITTER } from '../../../scripts/test/directory/submission-fixtures.js';
import { call } from '../../../scripts/test/directory/submissions-http.js';
import type { LogEntry } from '../src/http/log.js';
import { submissionsTarget } from './support/submissions.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const SECRET = 'webhook-test-secret-0123456789';
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!().catch(() => {});
});

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A webhook receiver on 127.0.0.1 that answers `status` (or never, when `hang`). */
async function receiver(status = 204, hang = false) {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      if (!hang) response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
}

async function start(url: string, log: LogEntry[] = [], timeoutMs?: number) {
  const target = await submissionsTarget(
    { engine: 'sqlite' },
    {
      submissionWebhook: { url, secret: SECRET, ...(timeoutMs && { timeoutMs }) },
      logger: (entry) => log.push(entry),
    },
  );
  closers.push(() => target.close());
  return target;
}

describe('webhook on new submissions', () => {
  it('POSTs an HMAC-SHA-256-signed notice without personal data', async () => {
    const hook = await receiver();
    const target = await start(hook.url);
    const receipt = await call(target.url, 'POST', '/directory/v1/submissions', {
      body: newActor(undefined, { signals: { website: 'spam' } }),
    });
    expect(receipt.status).toBe(202);
    await vi.waitFor(() => expect(hook.received).toHaveLength(1), { timeout: 10_000 });
    const [notice] = hook.received;
    const expected = `sha256=${createHmac('sha256', SECRET).update(notice!.body).digest('hex')}`;
    expect(notice!.headers['x-saxon-signature']).toBe(expected);
    expect(notice!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(notice!.body)).toEqual({
      event: 'submission.created',
      id: receipt.body.id,
      kind: 'actor',
      action: 'create',
      heldBack: true,
      submittedAt: expect.any(String),
    });
    expect(notice!.body).not.toContain(SUBMITTER.email);
    expect(notice!.body).not.toContain(SUBMITTER.name);
  });

  it('never blocks or fails a submission: a failing, unreachable or hanging endpoint is logged', async () => {
    const failing = await receiver(500);
    const log: LogEntry[] = [];
    const target = await start(failing.url, log);
    expect(
      (await call(target.url, 'POST', '/directory/v1/submissions', { body: newActor() })).status,
    ).toBe(202);
    await vi.waitFor(
      () => expect(log.some((e) => e.msg === 'webhook failed' && e.status === 500)).toBe(true),
      {
        timeout: 10_000,
      },
    );

    const hanging = await receiver(204, true);
    const slowLog: LogEntry[] = [];
    const slow = await start(hanging.url, slowLog, 300);
    const answer = await call(slow.url, 'POST', '/directory/v1/submissions', { body: newActor() });
    expect(answer.status).toBe(202);
    await vi.waitFor(() => expect(slowLog.some((e) => e.msg === 'webhook failed')).toBe(true), {
      timeout: 10_000,
    });

    const unreachableLog: LogEntry[] = [];
    const nowhere = await start('http://127.0.0.1:9/hook', unreachableLog);
    expect(
      (await call(nowhere.url, 'POST', '/directory/v1/submissions', { body: newActor() })).status,
    ).toBe(202);
    await vi.waitFor(
      () => expect(unreachableLog.some((e) => e.msg === 'webhook failed')).toBe(true),
      {
        timeout: 10_000,
      },
    );
  });
});

describe('status links behind a reverse proxy', () => {
  it('point at the configured public URL, not at the address the server listens on', async () => {
    const target = await submissionsTarget(
      { engine: 'sqlite' },
      { openData: { publicUrl: 'https://verzeichnis.example/ki' } },
    );
    closers.push(() => target.close());
    const receipt = await call(target.url, 'POST', '/directory/v1/submissions', {
      body: newActor(),
    });
    expect(receipt.body.statusUrl).toMatch(
      /^https:\/\/verzeichnis\.example\/ki\/directory\/v1\/submissions\/status\/[\w-]{43}$/,
    );
    expect(receipt.headers.get('location')).toBe(receipt.body.statusUrl);
    // The same link works here once the proxy's prefix is taken off.
    const path = new URL(receipt.body.statusUrl).pathname.replace(/^\/ki/, '');
    expect((await call(target.url, 'GET', path)).body.status).toBe('pending');
  });
});
