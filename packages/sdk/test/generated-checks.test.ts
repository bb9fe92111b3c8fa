// Issue 27: the read path checks answers with checks generated from the zod schemas
// (src/generated/checks/, scripts/generate-checks.mjs) and loads zod only when one gives up. A
// generated check must give zod's output exactly, and must never take what zod refuses — on
// recorded real answers, on the demo API's answers, and on those answers mutated at random (a
// field removed, nulled, given a value of another type, an extra key added).
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZodMiniType } from 'zod/mini';
import * as directory from '../src/generated/checks/directory.js';
import * as directoryActors from '../src/generated/checks/directory-actors.js';
import * as ckan from '../src/generated/checks/ckan.js';
import * as entrystore from '../src/generated/checks/entrystore.js';
import { MISMATCH, type AnswerCheck } from '../src/http/answer-check.js';
import { createEntryStoreClient } from '../src/open-data/entrystore/client.js';
import { startTestServer } from './demo-server.js';

type Sample = { name: string; check: AnswerCheck<unknown>; data: unknown };

const fixtures = new URL('./fixtures/compat/', import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8'));
/** CKAN fixtures are answers with or without the action envelope. */
const ckanResult = (json: unknown) =>
  (json as { result?: unknown }).result ?? (json as Record<string, unknown>);

/** Recorded answers of real portals (provenance: test/fixtures/compat/README.md). */
function recordedSamples(): Sample[] {
  const names = readdirSync(fixtures).filter((name) => name.endsWith('.json'));
  return [
    ...names
      .filter((name) => name.includes('package_search'))
      .map((name) => ({
        name,
        check: ckan.checkCkanSearchResult,
        data: ckanResult(read(name)),
      })),
    ...names
      .filter((name) => name.includes('package_show'))
      .map((name) => ({ name, check: ckan.checkCkanPackage, data: ckanResult(read(name)) })),
    ...names
      .filter((name) => name.startsWith('dataportal-se-'))
      .map((name) => ({ name, check: entrystore.checkRdfGraph, data: read(name) })),
  ];
}

/** zod's output, or MISMATCH where zod refuses. */
async function byZod(check: AnswerCheck<unknown>, data: unknown): Promise<unknown> {
  const schema: ZodMiniType = await check.schema();
  const result = schema.safeParse(data);
  return result.success ? result.data : MISMATCH;
}

/** Paths of every value inside `data` (keys of objects, indexes of arrays), the root first. */
function pathsOf(data: unknown, path: (string | number)[] = [], found: (string | number)[][] = []) {
  found.push(path);
  if (Array.isArray(data)) data.forEach((item, i) => pathsOf(item, [...path, i], found));
  else if (typeof data === 'object' && data !== null)
    for (const key of Object.keys(data))
      pathsOf(data[key as keyof typeof data], [...path, key], found);
  return found;
}

const REPLACEMENTS: unknown[] = [
  null,
  undefined,
  0,
  -1.5,
  Number.NaN,
  '',
  'x',
  true,
  [],
  {},
  ['x'],
];
type Mutation = { at: number; kind: 'remove' | 'replace' | 'extra'; value: number };

/** A copy of `data` with each mutation applied at a path picked from `paths` by index. */
function mutate(data: unknown, paths: (string | number)[][], mutations: Mutation[]): unknown {
  const copy = structuredClone(data);
  for (const { at, kind, value } of mutations) {
    const path = paths[at % paths.length]!;
    const replacement = REPLACEMENTS[value % REPLACEMENTS.length];
    if (path.length === 0) {
      if (kind === 'replace') return replacement;
      continue;
    }
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) {
      if (typeof parent !== 'object' || parent === null) break;
      parent = (parent as Record<string | number, unknown>)[key];
    }
    if (typeof parent !== 'object' || parent === null) continue;
    const target = parent as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    if (kind === 'remove') {
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete target[key];
    } else if (kind === 'replace') target[key] = replacement;
    else {
      const inner = target[key];
      if (typeof inner === 'object' && inner !== null && !Array.isArray(inner))
        (inner as Record<string, unknown>)[`extra${value}`] = replacement;
    }
  }
  return copy;
}

const mutationArbitrary = fc.array(
  fc.record({
    at: fc.nat(),
    kind: fc.constantFrom<Mutation['kind']>('remove', 'replace', 'extra'),
    value: fc.nat(),
  }),
  { minLength: 1, maxLength: 3 },
);

/** Counts of a property run: how often zod refused, and how often the check gave up on a take. */
interface Tally {
  refused: number;
  gaveUp: number;
}

/** The check and zod agree on `data`: same output, or both refuse; the check may give up. */
async function agree(sample: Sample, data: unknown, tally: Tally) {
  const expected = await byZod(sample.check, data);
  const checked = sample.check.check(data);
  if (expected === MISMATCH) {
    tally.refused++;
    expect(checked, `${sample.name}: the check took what zod refuses`).toBe(MISMATCH);
  } else if (checked === MISMATCH) tally.gaveUp++;
  else expect(checked).toStrictEqual(expected);
}

/** Unchanged, the answer takes the generated path (no zod); mutated, check and zod agree. */
async function propertyOf(sample: Sample, runs: number) {
  const expected = await byZod(sample.check, sample.data);
  expect(expected, `${sample.name}: zod takes the answer`).not.toBe(MISMATCH);
  expect(sample.check.check(sample.data)).toStrictEqual(expected);
  const paths = pathsOf(sample.data);
  const tally: Tally = { refused: 0, gaveUp: 0 };
  await fc.assert(
    fc.asyncProperty(mutationArbitrary, (mutations) =>
      agree(sample, mutate(sample.data, paths, mutations), tally),
    ),
    { numRuns: runs, seed: 27 },
  );
  return tally;
}

describe('generated checks on recorded portal answers', () => {
  it.each(recordedSamples().map((sample) => [sample.name, sample] as const))(
    '%s: zod’s output unchanged, and zod’s verdict on mutated copies',
    async (_name, sample) => {
      const tally = await propertyOf(sample, 30);
      // The mutations reach the schema: some copies are refused (else the test proves little).
      expect(tally.refused).toBeGreaterThan(0);
    },
  );
});

describe('generated checks on the demo API’s answers', () => {
  let demo: Awaited<ReturnType<typeof startTestServer>>;
  const samples: Sample[] = [];
  beforeAll(async () => {
    demo = await startTestServer();
    const get = async (path: string) => (await fetch(`${demo.url}${path}`)).json();
    const dir = (path: string) => get(`/directory/v1${path}`);
    const actors = (await dir('/actors?limit=15')) as { items: { id: string }[] };
    const events = (await dir('/events?from=2000-01-01&limit=40')) as {
      items: { id: string; allDay: boolean }[];
    };
    samples.push(
      { name: 'actors page', check: directoryActors.checkActorPage, data: actors },
      {
        name: 'actor',
        check: directoryActors.checkActor,
        data: await dir(`/actors/${actors.items[0]!.id}`),
      },
      {
        name: 'actors geojson',
        check: directoryActors.checkActorFeatureCollection,
        data: await dir('/actors.geojson'),
      },
      { name: 'topics', check: directory.checkTopicList, data: await dir('/topics') },
      { name: 'events page', check: directory.checkEventPage, data: events },
      {
        name: 'all-day event',
        check: directory.checkEvent,
        data: events.items.find((event) => event.allDay),
      },
      {
        name: 'timed event',
        check: directory.checkEvent,
        data: events.items.find((event) => !event.allDay),
      },
      {
        name: 'CKAN search',
        check: ckan.checkCkanSearchResult,
        data: ckanResult(
          await get('/ckan/api/3/action/package_search?rows=20&facet.field=["tags","res_format"]'),
        ),
      },
    );
    // EntryStore: the search as the adapter asks for it (recorded through its fetch), and one
    // of its hits as an entry.
    const searches: unknown[] = [];
    const client = createEntryStoreClient({
      type: 'entrystore',
      baseUrl: `${demo.url}/entrystore/store`,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (String(input).includes('/search?')) searches.push(await response.clone().json());
        return response;
      },
    });
    await client.search({ limit: 10 });
    const search = searches[0] as { resource: { children: Record<string, string>[] } };
    const hit = search.resource.children[0]!;
    const entry = await get(
      `/entrystore/store/${hit.contextId}/entry/${hit.entryId}?format=application/json&includeAll=true`,
    );
    samples.push(
      { name: 'EntryStore search', check: entrystore.checkSearchResponse, data: search },
      { name: 'EntryStore entry', check: entrystore.checkEntry, data: entry },
    );
  });
  afterAll(() => demo.close());

  it('covers every answer the read path checks, timed and all-day events among them', () => {
    expect(samples.map((sample) => sample.data === undefined)).not.toContain(true);
  });

  it('gives zod’s output on every answer, and zod’s verdict on mutated copies', async () => {
    const refused: Record<string, number> = {};
    for (const sample of samples) refused[sample.name] = (await propertyOf(sample, 25)).refused;
    for (const sample of samples) expect(refused[sample.name], sample.name).toBeGreaterThan(0);
  });
});

describe('what only the generated checks decide', () => {
  it('reads null in an optional directory field as absent, as zod’s transform does', async () => {
    const actor = {
      id: 'a',
      name: 'A',
      category: 'research',
      topics: [],
      offers: [],
      address: { city: 'Dresden', street: null },
      location: { lat: 51, lon: 13.7, precision: 'city' },
      website: null,
      updatedAt: '2026-12-05',
    };
    const checked = directoryActors.checkActor.check(actor) as Record<string, unknown>;
    expect(checked).toStrictEqual(await byZod(directoryActors.checkActor, actor));
    expect(checked.website).toBeUndefined();
    expect('website' in checked).toBe(true);
  });

  it('refuses an event whose start does not fit its allDay kind, as zod does', async () => {
    const event = {
      id: 'e',
      title: 'E',
      timeZone: 'Europe/Berlin',
      status: 'scheduled',
      attendanceMode: 'offline',
      organizerIds: [],
      organizers: [],
      topics: [],
      updatedAt: '2026-12-05',
      allDay: true,
      start: '2026-12-05T10:00:00+01:00',
    };
    expect(await byZod(directory.checkEvent, event)).toBe(MISMATCH);
    expect(directory.checkEvent.check(event)).toBe(MISMATCH);
    expect(directory.checkEvent.check({ ...event, start: '2026-12-05' })).not.toBe(MISMATCH);
  });
});
