import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { submissionsTarget } from '../../../packages/directory-server/test/support/submissions.js';
import {
  checkActorInput,
  checkEventInput,
  checkSubmitter,
  type FieldError,
} from '../../../packages/sdk/src/index.js';
import {
  ACTOR_CASES,
  EVENT_CASES,
  SUBMITTER_CASES,
  type CorpusCase,
} from './input-rules-corpus.js';
import { ACTOR_INPUT } from './submission-fixtures.js';
import { call } from './submissions-http.js';

// One corpus through the real directory server (SQLite, 127.0.0.1) — `POST /submissions` and an
// editor's `PUT /actors|events/{id}` — and through the SDK's check functions: both must refuse
// the same fields for the same reasons, so a form's own checks and the server never disagree.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

let target: Awaited<ReturnType<typeof submissionsTarget>>;
let base: string;
let topics: string[];
let actors: string[];

beforeAll(async () => {
  target = await submissionsTarget({ engine: 'sqlite' });
  base = `${target.url}/directory/v1`;
  topics = ((await call(base, 'GET', '/topics')).body.items as { id: string }[]).map((t) => t.id);
  const page = await call(base, 'GET', '/actors?limit=100');
  actors = (page.body.items as { id: string }[]).map((a) => a.id);
});
afterAll(() => target?.close());

type Pair = string;
const pairs = (errors: { name: string; code?: string }[], prefix = ''): Pair[] =>
  errors
    .filter((e) => e.name.startsWith(prefix))
    .map((e) => `${e.name.slice(prefix.length)}:${e.code ?? '(no code)'}`)
    .sort();
const unique = (list: Pair[]) => [...new Set(list)].sort();

function check(kind: CorpusCase['kind'], data: unknown, id?: string): FieldError[] {
  const options = { topics, actors, ...(id !== undefined && { id }) };
  return kind === 'actor' ? checkActorInput(data, options) : checkEventInput(data, options);
}

async function submit(kind: CorpusCase['kind'], data: unknown, submitter: unknown) {
  const answer = await call(base, 'POST', '/submissions', {
    body: { kind, action: 'create', data, submitter, consent: true },
  });
  expect([202, 400]).toContain(answer.status);
  return (answer.status === 400 ? answer.body.errors : []) as FieldError[];
}

let written = 0;
async function put(kind: CorpusCase['kind'], data: unknown) {
  const id = `agreement-${kind}-${++written}`;
  const answer = await call(base, 'PUT', `/${kind === 'actor' ? 'actors' : 'events'}/${id}`, {
    body: data,
    headers: { ...target.editor, 'if-none-match': '*' },
  });
  expect([200, 201, 400]).toContain(answer.status);
  return { id, errors: (answer.status === 400 ? answer.body.errors : []) as FieldError[] };
}

async function disagreements(cases: CorpusCase[]) {
  const found: object[] = [];
  for (const { label, kind, data } of cases) {
    // A submission names a `data` that is no object `data`; a PUT names its body `(body)`.
    const answer = await submit(kind, data, ACTOR_SUBMITTER);
    const submitted = pairs(
      answer.map((e) => (e.name === 'data' ? { ...e, name: 'data.(body)' } : e)),
      'data.',
    );
    const client = pairs(check(kind, data));
    if (unique(submitted).join() !== unique(client).join())
      found.push({ label, route: 'POST /submissions', server: submitted, sdk: client });
    const { id, errors } = await put(kind, data);
    const written = pairs(errors);
    const clientForId = pairs(check(kind, data, id));
    if (unique(written).join() !== unique(clientForId).join())
      found.push({ label, route: `PUT /${kind}s/{id}`, server: written, sdk: clientForId });
  }
  return found;
}

const ACTOR_SUBMITTER = { name: 'Erika Mustermann', email: 'erika@beispiel.example' };

describe('the SDK check functions agree with the directory server', () => {
  it('on every actor of the corpus', async () => {
    expect(await disagreements(ACTOR_CASES)).toEqual([]);
  });

  it('on every event of the corpus', async () => {
    expect(await disagreements(EVENT_CASES)).toEqual([]);
  });

  it('on every submitter of the corpus', async () => {
    const found: object[] = [];
    for (const { label, submitter } of SUBMITTER_CASES) {
      const server = pairs(await submit('actor', ACTOR_INPUT, submitter), 'submitter.');
      const client = pairs(checkSubmitter(submitter));
      if (unique(server).join() !== unique(client).join()) found.push({ label, server, client });
    }
    expect(found).toEqual([]);
  });

  it('and the corpus is not trivial: most cases are refused, each code occurs', async () => {
    const all = [...ACTOR_CASES, ...EVENT_CASES].map((c) => check(c.kind, c.data));
    const refused = all.filter((errors) => errors.length > 0).length;
    expect(refused).toBeGreaterThan(all.length / 2);
    const codes = new Set(all.flat().map((e) => e.code));
    for (const code of [
      'required',
      'too_long',
      'too_many',
      'pattern',
      'not_http_url',
      'invalid_email',
      'not_in_saxony',
      'not_saxon_kreis',
      'unknown_topic',
      'unknown_actor',
      'not_allowed',
      'end_before_start',
      'invalid_date',
      'invalid',
    ])
      expect(codes, code).toContain(code);
  });
});
