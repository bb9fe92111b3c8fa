import { createServer } from 'node:net';
import type { FaultRule } from '@saxon-ai/demo-api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createDirectoryClient,
  createOpenDataClient,
  NetworkError,
  PortalError,
  RateLimitError,
  ResponseParseError,
  ResponseValidationError,
  SaxonError,
  ServerError,
  TimeoutError,
  type CallOptions,
  type DirectoryClientOptions,
  type OpenDataClientOptions,
  type ValidationIssue,
} from '../src/index.js';
import { buildFromResponse } from '../src/http/validation.js';
import { startTestServer } from './demo-server.js';

/**
 * Issue 13, "Hardening": every public method of every client against every kind of broken answer
 * and every transport fault the demo API can inject. Each call must end in a specific `SaxonError`
 * subclass with a German message naming the URL — never a raw `TypeError`, `SyntaxError` or
 * `ZodError`, and never a hang.
 */

let demo: Awaited<ReturnType<typeof startTestServer>>;
/** Ids of records that exist, so that every call below would succeed without the fault. */
const ids = { actor: '', event: '', ckan: '', entrystore: '', entrystoreEntry: '' };

beforeAll(async () => {
  demo = await startTestServer();
  const directory = createDirectoryClient({ baseUrl: demo.directoryUrl });
  ids.actor = (await directory.actors.list({ limit: 1 })).items[0]!.id;
  ids.event = (await directory.events.list({ limit: 1 })).items[0]!.id;
  ids.ckan = (await createOpenDataClient(ckanOptions()).search({ limit: 1 })).items[0]!.id;
  const [hit] = (await createOpenDataClient(entryStoreOptions()).search({ limit: 1 })).items;
  ids.entrystore = hit!.id;
  const entry = /\/store\/(\d+)\/resource\/(\d+)$/.exec(hit!.uri!)!;
  ids.entrystoreEntry = `${entry[1]}/${entry[2]}`;
});
afterAll(() => demo.close());
afterEach(async () => {
  await demo.clearFaults();
});

type Kind = 'directory' | 'ckan' | 'entrystore';
/** Client options; `origin` replaces the demo API's origin (for an unreachable port). */
type Options = Partial<DirectoryClientOptions & OpenDataClientOptions> & { origin?: string };

const FAST_RETRY = { limit: 2, backoffLimit: 20 };

function ckanOptions({ origin = demo.url, ...options }: Options = {}): OpenDataClientOptions {
  return { retry: FAST_RETRY, ...options, type: 'ckan', baseUrl: `${origin}/ckan`, id: 'demo' };
}

function entryStoreOptions({ origin = demo.url, ...options }: Options = {}): OpenDataClientOptions {
  return {
    retry: FAST_RETRY,
    ...options,
    type: 'entrystore',
    baseUrl: `${origin}/entrystore/store`,
    id: 'sachsen',
  };
}

function directory({ origin = demo.url, ...options }: Options = {}) {
  return createDirectoryClient({
    retry: FAST_RETRY,
    ...options,
    baseUrl: `${origin}/directory/v1`,
  });
}

/** The first item of an iteration: enough to make it fetch its first page. */
async function first<T>(iteration: AsyncGenerator<T, void, undefined>): Promise<T | undefined> {
  for await (const item of iteration) return item;
  return undefined;
}

interface Method {
  name: string;
  kind: Kind;
  /** Path prefix (on the demo API) of every request the method may send. */
  mount: string;
  /** Path prefix of the request the method sends first. */
  endpoint: () => string;
  call: (options: Options, call?: CallOptions) => Promise<unknown>;
}

const ckan = (options: Options) => createOpenDataClient(ckanOptions(options));
const entrystore = (options: Options) => createOpenDataClient(entryStoreOptions(options));

/**
 * Every public method that talks to a server. `events.icalUrl` and `events.eventIcalUrl` only build
 * URLs (a calendar app fetches them), so they have no answer to break; `portal` is a plain property.
 */
const METHODS: Method[] = [
  {
    name: 'directory actors.list',
    kind: 'directory',
    mount: '/directory/v1/',
    endpoint: () => '/directory/v1/actors?',
    call: (o, c) => directory(o).actors.list({}, c),
  },
  {
    name: 'directory actors.get',
    kind: 'directory',
    mount: '/directory/v1/',
    endpoint: () => `/directory/v1/actors/${ids.actor}`,
    call: (o, c) => directory(o).actors.get(ids.actor, c),
  },
  {
    name: 'directory actors.geojson',
    kind: 'directory',
    mount: '/directory/v1/',
    endpoint: () => '/directory/v1/actors.geojson',
    call: (o, c) => directory(o).actors.geojson({}, c),
  },
  {
    name: 'directory actors.all',
    kind: 'directory',
    mount: '/directory/v1/',
    endpoint: () => '/directory/v1/actors?',
    call: (o, c) => first(directory(o).actors.all({}, c)),
  },
  {
    name: 'directory events.list',
    kind: 'directory',
    mount: '/directory/v1/',
    endpoint: () => '/directory/v1/events?',
    call: (o, c) => directory(o).events.list({}, c),
  },
  {
    name: 'directory events.get',
    kind: 'directory',
    mount: '/directory/v1/',
    endpoint: () => `/directory/v1/events/${ids.event}`,
    call: (o, c) => directory(o).events.get(ids.event, c),
  },
  {
    name: 'directory events.all',
    kind: 'directory',
    mount: '/directory/v1/',
    endpoint: () => '/directory/v1/events?',
    call: (o, c) => first(directory(o).events.all({}, c)),
  },
  {
    name: 'directory topics.list',
    kind: 'directory',
    mount: '/directory/v1/',
    endpoint: () => '/directory/v1/topics',
    call: (o, c) => directory(o).topics.list(c),
  },
  {
    name: 'CKAN search',
    kind: 'ckan',
    mount: '/ckan/api/3/action/',
    endpoint: () => '/ckan/api/3/action/package_search?',
    call: (o, c) => ckan(o).search({}, c),
  },
  {
    name: 'CKAN dataset',
    kind: 'ckan',
    mount: '/ckan/api/3/action/',
    endpoint: () => '/ckan/api/3/action/package_show?',
    call: (o, c) => ckan(o).dataset(ids.ckan, c),
  },
  {
    name: 'CKAN searchAll',
    kind: 'ckan',
    mount: '/ckan/api/3/action/',
    endpoint: () => '/ckan/api/3/action/package_search?',
    call: (o, c) => first(ckan(o).searchAll({}, c)),
  },
  {
    name: 'EntryStore search',
    kind: 'entrystore',
    mount: '/entrystore/store/',
    endpoint: () => '/entrystore/store/search?',
    call: (o, c) => entrystore(o).search({}, c),
  },
  {
    name: 'EntryStore dataset by identifier',
    kind: 'entrystore',
    mount: '/entrystore/store/',
    endpoint: () => '/entrystore/store/search?',
    call: (o, c) => entrystore(o).dataset(ids.entrystore, c),
  },
  {
    name: 'EntryStore dataset by context/entry',
    kind: 'entrystore',
    mount: '/entrystore/store/',
    endpoint: () => `/entrystore/store/${ids.entrystoreEntry.replace('/', '/entry/')}?`,
    call: (o, c) => entrystore(o).dataset(ids.entrystoreEntry, c),
  },
  {
    name: 'EntryStore searchAll',
    kind: 'entrystore',
    mount: '/entrystore/store/',
    endpoint: () => '/entrystore/store/search?',
    call: (o, c) => first(entrystore(o).searchAll({}, c)),
  },
];

/** Where the URL of each client's errors starts. */
const BASE: Record<Kind, (origin: string) => string> = {
  directory: (origin) => `${origin}/directory/v1/`,
  ckan: (origin) => `${origin}/ckan/api/3/action/`,
  entrystore: (origin) => `${origin}/entrystore/store/`,
};

/** The rejection of a call; fails the test when the call succeeds. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)?.slice(0, 200)}`);
    },
    (error: unknown) => error,
  );
}

/** What every SDK failure must look like: its own class, a SaxonError, the URL in the message. */
function expectTyped<E extends SaxonError>(
  error: unknown,
  type: abstract new (...args: never[]) => E,
  method: Method,
  origin = demo.url,
): E {
  expect(error, method.name).toBeInstanceOf(type);
  expect(error).toBeInstanceOf(SaxonError);
  expect(error).not.toBeInstanceOf(TypeError);
  expect(error).not.toBeInstanceOf(SyntaxError);
  const typed = error as E;
  expect(typed.name).toBe(type.name);
  expect(typed.name).not.toBe('ZodError');
  expect(typed.url?.startsWith(BASE[method.kind](origin)), `url ${typed.url}`).toBe(true);
  expect(typed.message).toContain(typed.url);
  return typed;
}

interface Broken {
  name: string;
  rule: Omit<FaultRule, 'path'>;
  options?: Options;
  only?: Kind;
  expect(error: unknown, method: Method): void;
}

const BROKEN: Broken[] = [
  {
    name: 'truncated JSON (the real answer cut in half)',
    rule: { body: 'truncated' },
    expect(error, method) {
      const e = expectTyped(error, ResponseParseError, method);
      expect(e.code).toBe('invalid_json');
      expect(e.status).toBe(200);
      expect(e.message).toMatch(/^Die Antwort ist kein gültiges JSON \(application\/(geo\+)?json/);
      expect(e.cause).toBeInstanceOf(SyntaxError);
    },
  },
  {
    name: 'malformed JSON',
    rule: { body: 'malformed-json' },
    expect(error, method) {
      const e = expectTyped(error, ResponseParseError, method);
      expect(e.code).toBe('invalid_json');
      expect(e.body).toMatch(/^\{"total": 3/);
    },
  },
  {
    name: 'an HTML page with status 200',
    rule: { body: 'html', status: 200 },
    expect(error, method) {
      const e = expectTyped(error, ResponseParseError, method);
      expect(e.code).toBe('invalid_json');
      expect(e.status).toBe(200);
      expect(e.message).toMatch(/^Die Antwort ist kein gültiges JSON \(text\/html/);
      expect(e.body).toMatch(/<h1>200 OK<\/h1>/);
    },
  },
  {
    name: 'wrong types in the envelope',
    rule: { body: 'wrong-types' },
    expect(error, method) {
      const e = expectTyped(error, ResponseValidationError, method);
      expect(e).not.toBeInstanceOf(ResponseParseError);
      expect(e.code).toBe('invalid_response');
      expect(e.issues.length).toBeGreaterThan(0);
      expect(e.message).toMatch(/^Die Antwort entspricht nicht dem erwarteten Format: \d+ Abw/);
    },
  },
  {
    name: 'required fields missing',
    rule: { body: 'missing-fields' },
    expect(error, method) {
      const e = expectTyped(error, ResponseValidationError, method);
      expect(e).not.toBeInstanceOf(ResponseParseError);
      expect(e.code).toBe('invalid_response');
      expect(e.issues.length).toBeGreaterThan(0);
      expect(e.message).toMatch(/^Die Antwort entspricht nicht dem erwarteten Format/);
    },
  },
  {
    name: "CKAN's success:false with status 200",
    rule: { body: 'ckan-failure' },
    only: 'ckan',
    expect(error, method) {
      const e = expectTyped(error, PortalError, method);
      expect(e.code).toBe('portal_error');
      expect(e.portalType).toBe('Search Query Error');
      expect(e.message).toMatch(/^Das Portal meldet einen Fehler: Search Query Error – .* \(http/);
    },
  },
  {
    name: 'an empty body',
    rule: { body: 'empty' },
    expect(error, method) {
      const e = expectTyped(error, ResponseParseError, method);
      expect(e.code).toBe('invalid_json');
      expect(e.body).toBe('');
    },
  },
  {
    name: 'a huge body over maxResponseBytes',
    rule: { body: 'huge', hugeBytes: 3 * 1024 * 1024 },
    options: { maxResponseBytes: 1024 * 1024 },
    expect(error, method) {
      const e = expectTyped(error, ResponseParseError, method);
      expect(e.code).toBe('response_too_large');
      expect(e.message).toMatch(/^Die Antwort ist größer als 1048576 Bytes/);
    },
  },
  {
    name: 'headers, then a stall',
    rule: { stall: 'after-headers' },
    options: { timeout: 200 },
    expect(error, method) {
      const e = expectTyped(error, TimeoutError, method);
      expect(e.code).toBe('timeout');
      expect(e.timeout).toBe(200);
      expect(e.message).toMatch(/^Zeitüberschreitung nach 200 ms/);
    },
  },
  {
    name: 'a stall before the headers',
    rule: { stall: 'before-headers' },
    options: { timeout: 200, retry: 0 },
    expect(error, method) {
      const e = expectTyped(error, TimeoutError, method);
      expect(e.timeout).toBe(200);
      expect(e.message).toMatch(/^Zeitüberschreitung nach 200 ms/);
    },
  },
];

describe('without faults', () => {
  it.each(METHODS)('$name succeeds (the faults below are what breaks it)', async (method) => {
    await demo.clearRequests();
    expect(await method.call({})).toBeTruthy();
    expect(await demo.requests(method.endpoint())).not.toHaveLength(0);
  });
});

describe.each(BROKEN)('broken answer: $name', (broken) => {
  const methods = METHODS.filter((method) => !broken.only || method.kind === broken.only);
  it.each(methods)('→ typed error from $name', async (method) => {
    await demo.setFaults([{ ...broken.rule, path: method.mount }]);
    await demo.clearRequests();
    const error = await rejection(method.call(broken.options ?? {}));
    broken.expect(error, method);
    expect(await demo.requests(method.endpoint())).not.toHaveLength(0);
  });
});

/**
 * `warn` (and `off`) hand the unchecked answer on where the SDK can still build its result from it:
 * the directory's single-answer methods return it as it came, and the CKAN adapter maps whatever
 * fields a package has. Where the SDK cannot — the iterators need a page's `items` and `total`,
 * `topics.list` needs `items`, the adapters' mapping cannot read the answer — the method rejects
 * with a `ResponseValidationError` naming the URL, never with a `TypeError` (`ValidationMode`).
 */
describe('validation mode warn (the default is error, above)', () => {
  const single = METHODS.filter(
    (method) => method.kind === 'directory' && !method.name.endsWith('.all'),
  );
  it.each(single)('$name reports the issues and passes the answer on', async (method) => {
    await demo.setFaults([{ body: 'wrong-types', path: method.mount }]);
    const warnings: { text: string; issues: ValidationIssue[] }[] = [];
    const result = await method.call({
      validate: 'warn',
      onValidationWarning: (text, issues) => warnings.push({ text, issues }),
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.text).toMatch(
      /^Die Antwort entspricht nicht dem erwarteten Format: \d+ Abweichung\(en\) \(http:\/\/127\.0\.0\.1:\d+\/directory\/v1\//,
    );
    expect(warnings[0]!.issues.length).toBeGreaterThan(0);
    // Unchecked: the wrong types arrive as the server sent them.
    expect(JSON.stringify(result)).toContain('"id":42');
  });
});

type UncheckedBody = 'wrong-types' | 'missing-fields';

/** A result the mode passes on: what the method resolves with for that answer. */
interface Passed {
  outcome: 'result';
  value: unknown;
}

/**
 * A `ResponseValidationError`: `paths` lists the issues of a shape the SDK checks in every mode (a
 * page's `items` and `total`, the topics' `items`); `unusable` a mapping that failed on the answer.
 */
type Refused = { outcome: 'error'; paths: (string | number)[][] } | { outcome: 'unusable' };

type Outcome = Passed | Refused;

/** The demo API's broken directory answers, as the directory's single-answer methods pass them on. */
const DIRECTORY_AS_SENT: Record<UncheckedBody, unknown> = {
  'wrong-types': { total: 'viele', limit: '20', offset: 0, items: [{ id: 42, name: null }] },
  'missing-fields': { limit: 20, offset: 0 },
};

/** What each method does with each broken answer in `warn` and `off` mode. */
const UNCHECKED: Record<string, (body: UncheckedBody) => Outcome> = {
  'directory actors.list': (body) => ({ outcome: 'result', value: DIRECTORY_AS_SENT[body] }),
  'directory actors.get': (body) => ({ outcome: 'result', value: DIRECTORY_AS_SENT[body] }),
  'directory actors.geojson': (body) => ({ outcome: 'result', value: DIRECTORY_AS_SENT[body] }),
  'directory events.list': (body) => ({ outcome: 'result', value: DIRECTORY_AS_SENT[body] }),
  'directory events.get': (body) => ({ outcome: 'result', value: DIRECTORY_AS_SENT[body] }),
  // A `total` that is not a number would page on forever: the iterators refuse it.
  'directory actors.all': (body) => ({
    outcome: 'error',
    paths: body === 'wrong-types' ? [['total']] : [['total'], ['items']],
  }),
  'directory events.all': (body) => ({
    outcome: 'error',
    paths: body === 'wrong-types' ? [['total']] : [['total'], ['items']],
  }),
  'directory topics.list': (body) =>
    body === 'wrong-types'
      ? { outcome: 'result', value: [{ id: 42, name: null }] }
      : { outcome: 'error', paths: [['items']] },
  'CKAN search': () => ({ outcome: 'unusable' }),
  'CKAN searchAll': () => ({ outcome: 'unusable' }),
  // A package's fields are each optional to the mapping: what is there makes the dataset.
  'CKAN dataset': () => ({
    outcome: 'result',
    value: { portal: 'demo', keywords: [], themes: [], distributions: [] },
  }),
  'EntryStore search': () => ({ outcome: 'unusable' }),
  'EntryStore dataset by identifier': () => ({ outcome: 'unusable' }),
  // The entry without metadata is no dataset: the look-up falls back to the identifier search.
  'EntryStore dataset by context/entry': () => ({ outcome: 'unusable' }),
  'EntryStore searchAll': () => ({ outcome: 'unusable' }),
};

const UNCHECKED_CASES = (['warn', 'off'] as const).flatMap((mode) =>
  (['wrong-types', 'missing-fields'] as const).flatMap((body) =>
    METHODS.map((method) => ({ mode, body, method, name: method.name })),
  ),
);

describe('validation modes warn and off: a result or a ResponseValidationError, never a TypeError', () => {
  it('every method has its expected outcome', () => {
    expect(Object.keys(UNCHECKED).sort()).toEqual(METHODS.map((method) => method.name).sort());
  });

  it.each(UNCHECKED_CASES)('$mode, $body → $name', async ({ mode, body, method }) => {
    await demo.setFaults([{ body, path: method.mount }]);
    await demo.clearRequests();
    const warnings: string[] = [];
    const expected = UNCHECKED[method.name]!(body);
    const call = method.call({
      validate: mode,
      onValidationWarning: (text) => warnings.push(text),
    });
    if (expected.outcome === 'result') {
      expect(await call).toEqual(expected.value);
    } else {
      const error = expectTyped(await rejection(call), ResponseValidationError, method);
      expect(error).not.toBeInstanceOf(ResponseParseError);
      expect(error.code).toBe('invalid_response');
      expect(error.body).toBeDefined();
      if (expected.outcome === 'unusable') {
        expect(error.message).toMatch(
          /^Die Antwort entspricht nicht dem erwarteten Format und lässt sich nicht verarbeiten \(http/,
        );
        expect(error.cause).toBeInstanceOf(TypeError);
        expect(error.issues).toEqual([
          { path: [], message: `TypeError: ${(error.cause as TypeError).message}` },
        ]);
      } else {
        expect(error.message).toMatch(
          /^Die Antwort entspricht nicht dem erwarteten Format: \d+ Abweichung\(en\) \(http/,
        );
        expect(error.issues.map((issue) => issue.path)).toEqual(expected.paths);
      }
    }
    // `warn` reports the issues of every answer it passes on; `off` stays silent.
    if (mode === 'warn') expect(warnings.length).toBeGreaterThan(0);
    else expect(warnings).toEqual([]);
    expect(await demo.requests(method.endpoint())).not.toHaveLength(0);
  });

  it('the message follows the language', async () => {
    await demo.setFaults([{ body: 'missing-fields', path: '/ckan/api/3/action/' }]);
    const method = METHODS.find((m) => m.name === 'CKAN search')!;
    const error = expectTyped(
      await rejection(method.call({ validate: 'off', language: 'en' })),
      ResponseValidationError,
      method,
    );
    expect(error.message).toMatch(
      /^The response does not have the expected shape and cannot be processed \(http/,
    );
  });
});

describe('searchAll with a total that is no number (warn and off)', () => {
  /**
   * A CKAN portal whose package_search says `count: "viele"` over one fine package, whatever the
   * offset: without a total to stop at, paging would ask for the next page forever.
   */
  const countless = (validate: 'warn' | 'off') =>
    createOpenDataClient({
      type: 'ckan',
      baseUrl: 'http://ckan.test',
      validate,
      onValidationWarning: () => {},
      fetch: async () =>
        Response.json({
          success: true,
          result: { count: 'viele', results: [{ id: 'a', name: 'a', title: 'A' }] },
        }),
    });

  it.each(['warn', 'off'] as const)(
    '%s: search passes the total on, searchAll refuses to page without an end',
    async (mode) => {
      expect(await countless(mode).search()).toMatchObject({
        total: 'viele',
        items: [{ id: 'a' }],
      });
      const error = await rejection(first(countless(mode).searchAll()));
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect(error).toMatchObject({ code: 'invalid_response', issues: [{ path: ['total'] }] });
      expect((error as ResponseValidationError).message).toMatch(
        /^Die Antwort entspricht nicht dem erwarteten Format: 1 Abweichung\(en\) \(http:\/\/ckan\.test\/api\/3\/action\/package_search\?/,
      );
    },
  );
});

describe('buildFromResponse (the wrapper around every mapping of an answer)', () => {
  const context = { url: 'http://example.test/a', language: 'de' as const };

  it('turns a failure on the answer into a ResponseValidationError with the cause', async () => {
    const cause = new TypeError('x.map is not a function');
    const error = await rejection(
      buildFromResponse({ ...context, data: { x: 1 } }, () => {
        throw cause;
      }),
    );
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({
      code: 'invalid_response',
      url: context.url,
      body: '{"x":1}',
      cause,
      issues: [{ path: [], message: 'TypeError: x.map is not a function' }],
    });
  });

  it('passes SaxonErrors, AbortErrors and the abort reason through untouched', async () => {
    const saxon = new ServerError('boom', { url: context.url, status: 503 });
    await expect(buildFromResponse(context, () => Promise.reject(saxon))).rejects.toBe(saxon);
    const abort = new DOMException('stop', 'AbortError');
    await expect(buildFromResponse(context, () => Promise.reject(abort))).rejects.toBe(abort);
    const reason = new Error('user left the page');
    const signal = AbortSignal.abort(reason);
    await expect(
      buildFromResponse({ ...context, signal }, () => Promise.reject(reason)),
    ).rejects.toBe(reason);
  });
});

/** One method per client for the timing-based fault tests (each costs a real Retry-After wait). */
const ONE_PER_CLIENT = ['directory topics.list', 'CKAN search', 'EntryStore search'].map((name) =>
  METHODS.find((method) => method.name === name)!,
);

/** Path (without query) of a method's first request: what a fault rule for it matches. */
const pathOf = (method: Method) => method.endpoint().replace(/\?$/, '');

/** How many requests the method sends to its mount when nothing goes wrong. */
async function baseline(method: Method): Promise<number> {
  await demo.clearFaults();
  await demo.clearRequests();
  await method.call({});
  const count = (await demo.requests(method.mount)).length;
  await demo.clearRequests();
  return count;
}

describe.each(ONE_PER_CLIENT)('faults with timing: $name', (method) => {
  it('429 with Retry-After in seconds: waits, retries once, succeeds', async () => {
    const normal = await baseline(method);
    await demo.setFaults([{ path: pathOf(method), status: 429, retryAfter: 1, times: 1 }]);
    const retries: number[] = [];
    const started = performance.now();
    await method.call({ hooks: { onRetry: ({ attempt }) => retries.push(attempt) } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(retries).toEqual([1]);
    expect(await demo.requests(method.mount)).toHaveLength(normal + 1);
  });

  it('429 with Retry-After as an HTTP date: waits until then, retries once, succeeds', async () => {
    const normal = await baseline(method);
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
    await demo.setFaults([
      { path: pathOf(method), status: 429, retryAfter: inTwoSeconds, times: 1 },
    ]);
    const started = performance.now();
    await method.call({});
    // The date has whole seconds: the wait is between one and two seconds.
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    expect(await demo.requests(method.mount)).toHaveLength(normal + 1);
  });
});

describe.each(ONE_PER_CLIENT)('faults: $name', (method) => {
  it('429 with a Retry-After beyond the cap: RateLimitError at once, with retryAfter', async () => {
    await demo.setFaults([{ path: pathOf(method), status: 429, retryAfter: 3600 }]);
    await demo.clearRequests();
    const started = performance.now();
    const error = expectTyped(await rejection(method.call({})), RateLimitError, method);
    expect(performance.now() - started).toBeLessThan(900);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: 3600 });
    expect(error.message).toMatch(/^Zu viele Anfragen \(http.*\)\. Erneut versuchen in 3600 s\.$/);
    expect(await demo.requests(method.endpoint())).toHaveLength(1);

    // The same for an HTTP date, and for a cap lowered by the caller.
    const inAnHour = new Date(Date.now() + 3600_000).toUTCString();
    await demo.setFaults([{ path: pathOf(method), status: 429, retryAfter: inAnHour }]);
    const dated = expectTyped(await rejection(method.call({})), RateLimitError, method);
    expect(dated.retryAfter).toBeGreaterThanOrEqual(3598);
    expect(dated.retryAfter).toBeLessThanOrEqual(3600);
    await demo.setFaults([{ path: pathOf(method), status: 429, retryAfter: 2 }]);
    const capped = performance.now();
    const lowered = expectTyped(
      await rejection(method.call({ retry: { ...FAST_RETRY, maxRetryAfter: 1000 } })),
      RateLimitError,
      method,
    );
    expect(performance.now() - capped).toBeLessThan(900);
    expect(lowered.retryAfter).toBe(2);
  });

  it('429 without Retry-After, every time: RateLimitError after the retries', async () => {
    await demo.setFaults([{ path: pathOf(method), status: 429 }]);
    await demo.clearRequests();
    const error = expectTyped(await rejection(method.call({})), RateLimitError, method);
    expect(error.retryAfter).toBeUndefined();
    expect(error.message).toMatch(
      /^Zu viele Anfragen \(http.*\)\. Bitte später erneut versuchen\.$/,
    );
    expect(await demo.requests(method.endpoint())).toHaveLength(3);
  });

  it('a burst of 503s shorter than the retry limit: succeeds', async () => {
    const normal = await baseline(method);
    await demo.setFaults([{ path: pathOf(method), status: 503, times: 2 }]);
    await method.call({});
    expect(await demo.requests(method.mount)).toHaveLength(normal + 2);
  });
});

describe.each(METHODS)('faults: $name', (method) => {
  it('a burst of 503s longer than the retry limit: ServerError after 3 attempts', async () => {
    await demo.setFaults([{ path: method.mount, status: 503, times: 3 }]);
    await demo.clearRequests();
    const error = expectTyped(await rejection(method.call({})), ServerError, method);
    expect(error).toMatchObject({ status: 503, code: 'server_error' });
    expect(error.message).toMatch(/^Serverfehler HTTP 503 \(/);
    expect(await demo.requests(method.endpoint())).toHaveLength(3);
  });

  it('a dropped connection: NetworkError after 3 attempts', async () => {
    await demo.setFaults([{ path: method.mount, drop: true }]);
    await demo.clearRequests();
    const error = expectTyped(await rejection(method.call({})), NetworkError, method);
    expect(error.code).toBe('network_error');
    expect(error.message).toMatch(/^Netzwerkfehler: Der Server ist nicht erreichbar \(/);
    expect(await demo.requests(method.endpoint())).toHaveLength(3);
  });

  it('an unreachable port: NetworkError', async () => {
    const origin = `http://127.0.0.1:${await closedPort()}`;
    const error = expectTyped(
      await rejection(method.call({ origin })),
      NetworkError,
      method,
      origin,
    );
    expect(error.message).toMatch(/^Netzwerkfehler: Der Server ist nicht erreichbar \(/);
  });

  it('an aborted signal: rejects with its reason, sends nothing', async () => {
    await demo.clearRequests();
    const reason = new Error('gone');
    await expect(method.call({}, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    const plain = await rejection(method.call({}, { signal: AbortSignal.abort() }));
    expect(plain).toBeInstanceOf(DOMException);
    expect(plain).toMatchObject({ name: 'AbortError' });
    expect(plain).not.toBeInstanceOf(SaxonError);
    expect(await demo.requests(method.mount)).toHaveLength(0);
  });

  it('an abort while waiting for the answer: rejects with its reason at once', async () => {
    await demo.setFaults([{ path: method.mount, latencyMs: 2000 }]);
    const controller = new AbortController();
    const reason = new Error('user left the page');
    setTimeout(() => controller.abort(reason), 50);
    const started = performance.now();
    await expect(method.call({}, { signal: controller.signal })).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

/** A port nothing listens on: bound once, then closed. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') return reject(new Error('no port'));
      server.close(() => resolve(address.port));
    });
  });
}
