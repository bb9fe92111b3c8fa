import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConflictError,
  createDirectoryClient,
  ForbiddenError,
  HttpError,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ResponseParseError,
  SaxonError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  type Language,
} from '../src/index.js';
import { message } from '../src/http/messages.js';

// What each HTTP failure becomes (src/http/error-mapping.ts, errors.ts, messages.ts): the class,
// `code`, `status`, `url`, `body`, `cause` and the exact text a user reads, in German and English.
// A tiny server on 127.0.0.1 answers with whatever the test sets; retries are off.
interface Answer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Never answer (for the timeout). */
  stall?: boolean;
}
let answer: Answer = { status: 200, body: '[]' };
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (answer.stall) return; // the client's timeout ends the request
    response.writeHead(answer.status, answer.headers ?? {});
    response.end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/directory/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The error of `topics.list()` (a read) against the current answer. */
async function readError(language: Language, next: Answer): Promise<SaxonError> {
  answer = next;
  const client = createDirectoryClient({ baseUrl: base, retry: 0, language });
  const error: unknown = await client.topics.list().then(
    () => 'resolved',
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SaxonError);
  return error as SaxonError;
}

const json = { 'content-type': 'application/json' };
/** The URL `topics.list()` requests: the directory client asks for labels in its language. */
const topicsUrl = (language: Language, root = base) => `${root}/topics?lang=${language}`;

describe('HTTP error statuses of a read', () => {
  const cases: {
    status: number;
    type: typeof HttpError;
    code: string;
    de: (url: string) => string;
    en: (url: string) => string;
  }[] = [
    {
      status: 400,
      type: InvalidRequestError,
      code: 'invalid_request',
      de: (u) => `Der Server antwortete mit HTTP 400 (${u}).`,
      en: (u) => `The server answered with HTTP 400 (${u}).`,
    },
    {
      status: 401,
      type: UnauthorizedError,
      code: 'unauthorized',
      de: (u) =>
        `Anmeldung erforderlich: Das Zugangstoken fehlt, ist ungültig, abgelaufen oder widerrufen (${u}).`,
      en: (u) =>
        `Authentication required: the access token is missing, invalid, expired or revoked (${u}).`,
    },
    {
      status: 403,
      type: ForbiddenError,
      code: 'forbidden',
      de: (u) => `Keine Berechtigung für diese Aktion (${u}).`,
      en: (u) => `Not allowed to do this (${u}).`,
    },
    {
      status: 404,
      type: NotFoundError,
      code: 'not_found',
      de: (u) => `Nicht gefunden (${u}).`,
      en: (u) => `Not found (${u}).`,
    },
    {
      status: 409,
      type: ConflictError,
      code: 'conflict',
      de: (u) => `Konflikt: Der Zustand erlaubt diese Aktion nicht (mehr) (${u}).`,
      en: (u) => `Conflict: the current state does not allow this (${u}).`,
    },
    {
      status: 412,
      type: ConflictError,
      code: 'conflict',
      de: (u) =>
        `Der Eintrag wurde inzwischen geändert. Bitte neu laden und erneut entscheiden (${u}).`,
      en: (u) => `The entry has changed in the meantime. Reload it and decide again (${u}).`,
    },
    {
      status: 418,
      type: HttpError,
      code: 'http_error',
      de: (u) => `Der Server antwortete mit HTTP 418 (${u}).`,
      en: (u) => `The server answered with HTTP 418 (${u}).`,
    },
    {
      status: 501,
      type: ServerError,
      code: 'server_error',
      de: (u) => `Serverfehler HTTP 501 (${u}). Bitte später erneut versuchen.`,
      en: (u) => `Server error HTTP 501 (${u}). Please try again later.`,
    },
  ];

  for (const { status, type, code, de, en } of cases) {
    it(`${status} is a ${type.name} with code ${code} and its text in German and English`, async () => {
      for (const [language, text] of [
        ['de', de],
        ['en', en],
      ] as const) {
        const error = await readError(language, { status, body: 'kaputt' });
        expect(error).toBeInstanceOf(type);
        // A 418 is no special case: exactly an HttpError, not one of the subclasses.
        if (type === HttpError) expect(error.constructor).toBe(HttpError);
        expect(error).toMatchObject({ code, status, url: topicsUrl(language), body: 'kaputt' });
        expect(error.message).toBe(text(topicsUrl(language)));
        // A read keeps what failed underneath, for diagnosis.
        expect((error.cause as Error).message).toBe(`HTTP ${status}`);
      }
    });
  }

  it('a 429 carries the Retry-After seconds, and says when to try again', async () => {
    const later = await readError('en', { status: 429, headers: { 'retry-after': '7' } });
    expect(later).toBeInstanceOf(RateLimitError);
    expect(later).toMatchObject({ code: 'rate_limited', status: 429, retryAfter: 7 });
    expect(later.message).toBe(`Too many requests (${topicsUrl('en')}). Try again in 7 s.`);
    const laterDe = await readError('de', { status: 429, headers: { 'retry-after': '7' } });
    expect(laterDe.message).toBe(
      `Zu viele Anfragen (${topicsUrl('de')}). Erneut versuchen in 7 s.`,
    );

    const unknown = await readError('en', { status: 429 });
    expect((unknown as RateLimitError).retryAfter).toBeUndefined();
    expect(unknown.message).toBe(`Too many requests (${topicsUrl('en')}). Please try again later.`);
    const unknownDe = await readError('de', { status: 429 });
    expect(unknownDe.message).toBe(
      `Zu viele Anfragen (${topicsUrl('de')}). Bitte später erneut versuchen.`,
    );
  });

  it('keeps a JSON error body as JSON text, no body as undefined, and cuts a long one at 2048', async () => {
    const problem = await readError('de', {
      status: 404,
      headers: json,
      body: '{"title":"weg"}',
    });
    expect(problem.body).toBe('{"title":"weg"}');
    const empty = await readError('de', { status: 404 });
    expect(empty.body).toBeUndefined();
    const long = await readError('de', { status: 404, body: 'x'.repeat(3000) });
    expect(long.body).toBe('x'.repeat(2048));
  });

  it('lists the named field errors of a 400 problem and leaves out entries without a name', async () => {
    const error = (await readError('en', {
      status: 400,
      headers: { 'content-type': 'application/problem+json' },
      body: JSON.stringify({
        title: 'Invalid request',
        detail: 'name: required',
        errors: [
          null,
          { reason: 'no name' },
          { name: 'name', reason: 'required', code: 'required' },
        ],
      }),
    })) as InvalidRequestError;
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.fieldErrors).toEqual([{ name: 'name', reason: 'required', code: 'required' }]);
    expect(error.problemTitle).toBe('Invalid request');
    expect(error.problemDetail).toBe('name: required');
  });
});

describe('failures without an HTTP error status', () => {
  it('an answer that is not JSON is a ResponseParseError with one issue at the root', async () => {
    const html = await readError('en', {
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<h1>Wartung</h1>',
    });
    const url = topicsUrl('en');
    expect(html).toBeInstanceOf(ResponseParseError);
    expect(html).toMatchObject({ code: 'invalid_json', status: 200, body: '<h1>Wartung</h1>' });
    expect(html.message).toBe(`The response is not valid JSON (text/html, ${url}).`);
    expect((html as ResponseParseError).issues).toEqual([{ path: [], message: html.message }]);

    const bare = await readError('en', { status: 200, body: '<h1>Wartung</h1>' });
    expect(bare.message).toBe(`The response is not valid JSON (no content type, ${url}).`);
    const bareDe = await readError('de', { status: 200, body: '<h1>Wartung</h1>' });
    expect(bareDe.message).toBe(
      `Die Antwort ist kein gültiges JSON (ohne Content-Type, ${topicsUrl('de')}).`,
    );
  });

  it('a body over maxResponseBytes is refused with the limit in the text', async () => {
    answer = { status: 200, headers: json, body: JSON.stringify(['x'.repeat(200)]) };
    const client = createDirectoryClient({
      baseUrl: base,
      retry: 0,
      language: 'en',
      maxResponseBytes: 100,
    });
    const error = (await client.topics.list().catch((e: unknown) => e)) as ResponseParseError;
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error.code).toBe('response_too_large');
    expect(error.message).toBe(`The response is larger than 100 bytes (${topicsUrl('en')}).`);
  });

  it('no answer in time is a TimeoutError naming the limit', async () => {
    answer = { status: 200, stall: true };
    for (const [language, text] of [
      ['en', `Timed out after 150 ms (${topicsUrl('en')}).`],
      ['de', `Zeitüberschreitung nach 150 ms (${topicsUrl('de')}).`],
    ] as const) {
      const client = createDirectoryClient({ baseUrl: base, retry: 0, timeout: 150, language });
      const error = (await client.topics.list().catch((e: unknown) => e)) as TimeoutError;
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ code: 'timeout', timeout: 150, message: text });
    }
  });

  it('a refused connection is a NetworkError', async () => {
    // A port that was free a moment ago: nothing listens there now.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const root = `http://127.0.0.1:${port}/directory/v1`;
    for (const [language, text] of [
      ['en', `Network error: the server cannot be reached (${topicsUrl('en', root)}).`],
      ['de', `Netzwerkfehler: Der Server ist nicht erreichbar (${topicsUrl('de', root)}).`],
    ] as const) {
      const url = topicsUrl(language, root);
      const client = createDirectoryClient({
        baseUrl: root,
        retry: 0,
        language,
      });
      const error = (await client.topics.list().catch((e: unknown) => e)) as NetworkError;
      expect(error).toBeInstanceOf(NetworkError);
      expect(error).toMatchObject({ code: 'network_error', url, message: text });
      expect(error.cause).toBeInstanceOf(TypeError);
    }
  });
});

describe('errors of the write transport (submission status links)', () => {
  it('carry no cause at all, so nothing underneath can leak', async () => {
    answer = { status: 404, body: 'nope' };
    const client = createDirectoryClient({ baseUrl: base, retry: 0, language: 'en' });
    const link = `${base}/submissions/status/abc`;
    const error = (await client.submissions.status(link).catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, url: link, body: 'nope' });
    expect(error.message).toBe(`Not found (${link}).`);
    expect(Object.hasOwn(error, 'cause')).toBe(false);
  });
});

describe('texts of failures reported by a portal or a check', () => {
  // Built by the CKAN and EntryStore clients and the answer checks (src/open-data, validation.ts).
  const url = 'https://portal.example/api';
  it("name the portal's error type, its detail and the URL, each only when known", () => {
    const type = 'Validation Error';
    const detail = 'rows: Must be a natural number';
    expect(message('de', 'portal', { type, detail, url })).toBe(
      `Das Portal meldet einen Fehler: Validation Error – rows: Must be a natural number (${url}).`,
    );
    expect(message('en', 'portal', { type, detail, url })).toBe(
      `The portal reports an error: Validation Error – rows: Must be a natural number (${url}).`,
    );
    expect(message('de', 'portal', { type, detail: '', url: undefined })).toBe(
      'Das Portal meldet einen Fehler: Validation Error.',
    );
    expect(message('en', 'portal', { type, detail: undefined, url: '' })).toBe(
      'The portal reports an error: Validation Error.',
    );
  });

  it('count the deviations of an answer that does not have the expected shape', () => {
    expect(message('de', 'validation', { url, count: 3 })).toBe(
      `Die Antwort entspricht nicht dem erwarteten Format: 3 Abweichung(en) (${url}).`,
    );
    expect(message('en', 'validation', { url, count: 3 })).toBe(
      `The response does not have the expected shape: 3 issue(s) (${url}).`,
    );
  });
});
