import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ACTOR_INPUT,
  EVENT_INPUT,
  SUBMITTER,
} from '../../../scripts/test/directory/submission-fixtures.js';
import { createDirectoryApi } from '../src/directory/routes.js';
import { readSubmission } from '../src/directory/submission-input.js';
import { SubmissionBox } from '../src/directory/submissions.js';
import { startDemoServer, type DemoServer } from '../src/node.js';
import { createStore } from '../src/store.js';
import { TEST_NOW } from './helpers.js';

// The details of the demo's `POST /submissions` and its status link over real HTTP on 127.0.0.1:
// each check of the envelope with its exact error, the problem documents word for word, the body
// limit at its exact edge, the content types, the status token's alphabet and the status link
// under a path prefix. `readSubmission` is also read directly where only its value tells.

let server: DemoServer;
let base: string;
/** The directory API once more below `/submissions-demo/`, with a box the tests can look into. */
const box = new SubmissionBox();
let prefixed: string;

beforeAll(async () => {
  const outer = new Hono();
  outer.route(
    '/submissions-demo/directory/v1',
    createDirectoryApi(createStore({ now: () => TEST_NOW }), box),
  );
  server = await startDemoServer({
    port: 0,
    now: () => TEST_NOW,
    mounts: [{ prefix: '/submissions-demo/', fetch: (request) => outer.fetch(request) }],
  });
  base = `${server.url}/directory/v1`;
  prefixed = `${server.url}/submissions-demo/directory/v1`;
});
afterAll(() => server?.close());

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

/** POSTs `body` (a value is sent as JSON; a string or bytes as they are). */
async function post(body: unknown, contentType = 'application/json', at = base): Promise<Answer> {
  return answer(
    await fetch(`${at}/submissions`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body:
        typeof body === 'string' || body instanceof Uint8Array
          ? (body as BodyInit)
          : JSON.stringify(body),
    }),
  );
}

const envelope = (extra: object = {}) => ({
  kind: 'actor',
  action: 'create',
  data: ACTOR_INPUT,
  submitter: SUBMITTER,
  consent: true,
  ...extra,
});

/** The entry a status link shows (its token is the link's last segment). */
const statusOf = async (statusUrl: string) => answer(await fetch(statusUrl));

const errorsOf = async (body: unknown) => {
  const response = await post(body);
  expect(response.status).toBe(400);
  return response.body.errors;
};

describe('demo API submissions: the envelope', () => {
  it('names every missing envelope property and stops there (the data is not checked yet)', async () => {
    const response = await post({ data: { name: 1 } });
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body).toEqual({
      type: 'https://saxon-ai.dev/problems/invalid-parameter',
      title: 'Ungültige Parameter',
      status: 400,
      detail:
        'kind: is required; action: is required; submitter: is required; consent: is required',
      instance: '/directory/v1/submissions',
      errors: [
        { name: 'kind', reason: 'is required', code: 'required' },
        { name: 'action', reason: 'is required', code: 'required' },
        { name: 'submitter', reason: 'is required', code: 'required' },
        { name: 'consent', reason: 'is required', code: 'required' },
      ],
    });
  });

  it('takes only the kinds and actions the contract names', async () => {
    expect(await errorsOf(envelope({ kind: 'vortrag', action: 'ändern' }))).toEqual([
      { name: 'kind', reason: 'must be one of actor, event', code: 'invalid' },
      { name: 'action', reason: 'must be one of create, update, remove', code: 'invalid' },
    ]);
  });

  it('refuses a body that is not a JSON object', async () => {
    for (const body of ['[1, 2]', 'null', '"Hallo"']) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(response.body.detail).toBe('body: must be a JSON object');
      expect(response.body.errors).toEqual([
        { name: 'body', reason: 'must be a JSON object', code: 'invalid' },
      ]);
    }
  });

  it('refuses data that is not an object before anything else is checked, also for a removal', async () => {
    expect(await errorsOf(envelope({ data: 'Beispiel KI GmbH', consent: false }))).toEqual([
      { name: 'data', reason: 'must be an object', code: 'invalid' },
    ]);
    expect(
      await errorsOf(envelope({ action: 'remove', targetId: 'tu-dresden', data: [ACTOR_INPUT] })),
    ).toEqual([{ name: 'data', reason: 'must be an object', code: 'invalid' }]);
  });

  it('checks the submitter’s structure first: a missing name and e-mail stop the check', async () => {
    expect(await errorsOf(envelope({ submitter: {}, consent: false }))).toEqual([
      { name: 'submitter.name', reason: 'is required', code: 'required' },
      { name: 'submitter.email', reason: 'is required', code: 'required' },
    ]);
  });

  it('wants consent and data for a creation, in the contract’s words', async () => {
    const { data: _data, ...withoutData } = envelope({ consent: false });
    expect(await errorsOf(withoutData)).toEqual([
      {
        name: 'consent',
        reason: 'must be true: the submitter agrees to the processing of their data',
        code: 'required',
      },
      { name: 'data', reason: 'is required for create', code: 'required' },
    ]);
    const { data: _none, ...update } = envelope({ action: 'update', targetId: 'tu-dresden' });
    expect(await errorsOf(update)).toEqual([
      { name: 'data', reason: 'is required for update', code: 'required' },
    ]);
  });

  it('checks the message as text: line breaks are fine, control characters and length are not', async () => {
    const accepted = await post(envelope({ message: 'Guten Tag,\nbitte aufnehmen.\r\nDanke' }));
    expect(accepted.status).toBe(202);
    expect(await errorsOf(envelope({ message: 'Guten Tag\u0007' }))).toEqual([
      { name: 'message', reason: 'contains control characters or line breaks', code: 'invalid' },
    ]);
    // U+0958 is one UTF-16 unit (the structure's limit counts those) but two characters after
    // NFC, so 2,000 of them pass the structure and fail the text rule, with its limit.
    expect(await errorsOf(envelope({ message: '\u0958'.repeat(2000) }))).toEqual([
      {
        name: 'message',
        reason: 'is 4000 characters long, at most 2000',
        code: 'too_long',
        limit: 2000,
      },
    ]);
  });

  it('takes the form’s bot signals (honeypot, fill time) and checks their types', async () => {
    const accepted = await post(envelope({ signals: { website: '', fillMs: 5400 } }));
    expect(accepted.status).toBe(202);
    expect(await errorsOf(envelope({ signals: { website: 'x', fillMs: 'schnell' } }))).toEqual([
      { name: 'signals.fillMs', reason: 'must be a number', code: 'invalid' },
    ]);
  });

  it('a removal needs no data, and data sent with it is ignored', async () => {
    const removal = await post(
      envelope({ action: 'remove', targetId: 'tu-dresden', data: undefined }),
    );
    expect(removal.status).toBe(202);
    expect((await statusOf(removal.body.statusUrl)).body).toEqual({
      id: removal.body.id,
      kind: 'actor',
      action: 'remove',
      targetId: 'tu-dresden',
      status: 'pending',
      submittedAt: TEST_NOW.toISOString(),
    });
    const withData = await post(
      envelope({ action: 'remove', targetId: 'tu-dresden', data: { name: 5, extra: true } }),
    );
    expect(withData.status).toBe(202);
  });

  it('an update names an existing actor as its target; its name need not make an id', async () => {
    const update = await post(
      envelope({ action: 'update', targetId: 'tu-dresden', data: { ...ACTOR_INPUT, name: '***' } }),
    );
    expect(update.status).toBe(202);
    expect((await statusOf(update.body.statusUrl)).body).toMatchObject({
      kind: 'actor',
      action: 'update',
      targetId: 'tu-dresden',
    });
    // The same name for a new entry gives no id.
    expect(await errorsOf(envelope({ data: { ...ACTOR_INPUT, name: '***' } }))).toEqual([
      {
        name: 'data.name',
        reason: 'must contain a letter or digit (a-z, 0-9): the id is made from it',
        code: 'pattern',
      },
    ]);
  });
});

describe('demo API submissions: body size and content type', () => {
  /** A valid submission, padded with JSON white space to exactly `bytes` bytes. */
  const padded = (bytes: number) => {
    const json = JSON.stringify(envelope());
    return `${json}${' '.repeat(bytes - new TextEncoder().encode(json).length)}`;
  };
  const tooLarge = {
    type: 'about:blank',
    title: 'Anfrage zu groß',
    status: 413,
    detail: 'the body must be at most 65536 bytes',
    instance: '/directory/v1/submissions',
  };

  it('takes a body of exactly 64 KiB', async () => {
    const response = await post(padded(64 * 1024));
    expect(response.status).toBe(202);
  });

  it('refuses by the declared length: a BOM the text reader drops still counts', async () => {
    const text = new TextEncoder().encode(padded(64 * 1024));
    const body = new Uint8Array(text.length + 3);
    body.set([0xef, 0xbb, 0xbf]);
    body.set(text, 3);
    const response = await post(body);
    expect(response.status).toBe(413);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body).toEqual(tooLarge);
  });

  it('refuses by the bytes read when no length is declared (a streamed body)', async () => {
    const bytes = new TextEncoder().encode(padded(64 * 1024 + 1));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 30_000));
        controller.enqueue(bytes.slice(30_000));
        controller.close();
      },
    });
    const response = await answer(
      await fetch(`${base}/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(response.body).toEqual(tooLarge);
  });

  it('takes application/json with parameters, white space before them too', async () => {
    expect((await post(envelope(), 'application/json; charset=utf-8')).status).toBe(202);
    expect((await post(envelope(), 'application/json ; charset=utf-8')).status).toBe(202);
    expect((await post(envelope(), 'APPLICATION/JSON')).status).toBe(202);
  });

  it('answers 415 to other types, also when they merely mention application/json', async () => {
    for (const type of [
      'text/plain; profile=application/json',
      'application/json-patch+json',
      'application/jsonx',
    ]) {
      const response = await post(JSON.stringify(envelope()), type);
      expect(response.status).toBe(415);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.body).toEqual({
        type: 'about:blank',
        title: 'Falscher Inhaltstyp',
        status: 415,
        detail: 'send the body as application/json',
        instance: '/directory/v1/submissions',
      });
    }
  });
});

describe('demo API submissions: status links', () => {
  it('makes the token base64url: `+` and `/` of base64 become `-` and `_`, no padding', async () => {
    // 0xfb 0xff 0xbf is `+/+/` in base64.
    const spy = vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T>(array: T): T => {
      const bytes = array as unknown as Uint8Array;
      bytes.forEach((_, i) => (bytes[i] = [0xfb, 0xff, 0xbf][i % 3]!));
      return array;
    });
    try {
      const response = await post(envelope());
      expect(response.status).toBe(202);
      const token = `${'-_'.repeat(21)}8`;
      expect(response.body.statusUrl).toBe(`${base}/submissions/status/${token}`);
      expect(response.headers.get('location')).toBe(`${base}/submissions/status/${token}`);
    } finally {
      spy.mockRestore();
    }
  });

  it('answers an unknown token with 404, word for word', async () => {
    for (const method of ['GET', 'DELETE']) {
      const response = await answer(
        await fetch(`${base}/submissions/status/${'C'.repeat(43)}`, { method }),
      );
      expect(response.status).toBe(404);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.body).toEqual({
        type: 'https://saxon-ai.dev/problems/not-found',
        title: 'Nicht gefunden',
        status: 404,
        detail: 'no submission has this status link',
        instance: '/directory/v1/submissions/status/…',
      });
    }
  });

  it('answers a second withdrawal with 409, word for word', async () => {
    const receipt = await post(envelope());
    expect((await fetch(receipt.body.statusUrl, { method: 'DELETE' })).status).toBe(200);
    const again = await answer(await fetch(receipt.body.statusUrl, { method: 'DELETE' }));
    expect(again.status).toBe(409);
    expect(again.headers.get('cache-control')).toBe('no-store');
    expect(again.body).toEqual({
      type: 'https://saxon-ai.dev/problems/already-decided',
      title: 'Bereits entschieden',
      status: 409,
      detail: 'the submission is no longer pending',
      instance: '/directory/v1/submissions/status/…',
    });
  });

  it('builds the status link on the request’s own path, below a prefix that says “submissions”', async () => {
    const receipt = await post(envelope({ message: 'Hallo' }), 'application/json', prefixed);
    expect(receipt.status).toBe(202);
    const token = receipt.body.statusUrl.slice(`${prefixed}/submissions/status/`.length);
    expect(receipt.body.statusUrl).toBe(`${prefixed}/submissions/status/${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // A creation has no target: the stored submission carries no `targetId` key at all.
    expect(box.get(token)).toStrictEqual({
      id: receipt.body.id,
      kind: 'actor',
      action: 'create',
      status: 'pending',
      submittedAt: TEST_NOW.toISOString(),
    });
  });
});

describe('readSubmission: the value it hands on', () => {
  const ids = {
    topics: ['machine-learning', 'robotics'],
    actors: ['tu-dresden'],
    exists: (kind: string, id: string) => kind === 'actor' && id === 'tu-dresden',
  };

  it('a creation: kind, action and data, no targetId key', () => {
    expect(readSubmission(envelope(), ids)).toStrictEqual({
      ok: true,
      value: { kind: 'actor', action: 'create', data: ACTOR_INPUT },
    });
    expect(
      readSubmission(
        { kind: 'event', action: 'create', data: EVENT_INPUT, submitter: SUBMITTER, consent: true },
        ids,
      ),
    ).toStrictEqual({ ok: true, value: { kind: 'event', action: 'create', data: EVENT_INPUT } });
  });

  it('a removal: the target, and no data even when some was sent', () => {
    const value = { kind: 'actor', action: 'remove', targetId: 'tu-dresden' };
    expect(
      readSubmission(envelope({ action: 'remove', targetId: 'tu-dresden' }), ids),
    ).toStrictEqual({ ok: true, value });
    const { data: _data, ...withoutData } = envelope({ action: 'remove', targetId: 'tu-dresden' });
    expect(readSubmission(withoutData, ids)).toStrictEqual({ ok: true, value });
  });

  it('an error without a limit has no limit key', () => {
    expect(readSubmission(envelope({ message: 'Hallo\u0000' }), ids)).toStrictEqual({
      ok: false,
      errors: [
        { name: 'message', reason: 'contains control characters or line breaks', code: 'invalid' },
      ],
    });
  });
});
