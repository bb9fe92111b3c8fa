// The fast check (src/http/fast-check.ts) stands in for zod on answers that match: it must give
// zod's output exactly, and give up wherever zod refuses, so a malformed answer still gets zod's
// typed issues with their paths.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { ZodMiniType } from 'zod/mini';
import {
  actorFeatureCollectionSchema,
  actorPageSchema,
  actorSchema,
  eventPageSchema,
  topicListSchema,
} from '../src/directory/schemas.js';
import { fastCheck, MISMATCH } from '../src/http/fast-check.js';
import { validate } from '../src/http/validation.js';
import { ResponseValidationError } from '../src/index.js';
import { ckanPackageSchema, ckanSearchResultSchema } from '../src/open-data/ckan/schemas.js';
import { rdfGraphSchema } from '../src/open-data/entrystore/schemas.js';
import { startTestServer } from './demo-server.js';

/** zod's output, or `MISMATCH` where zod refuses. */
function byZod(schema: ZodMiniType, data: unknown): unknown {
  const result = schema.safeParse(data);
  return result.success ? result.data : MISMATCH;
}

/** The fast check took the answer (no fallback) and gave exactly zod's output. */
function expectSameAsZod(schema: ZodMiniType, data: unknown) {
  const expected = byZod(schema, data);
  expect(expected).not.toBe(MISMATCH);
  const fast = fastCheck(schema, data);
  expect(fast).not.toBe(MISMATCH);
  expect(fast).toStrictEqual(expected);
}

const fixtures = new URL('./fixtures/compat/', import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8'));
/** CKAN fixtures are answers with or without the action envelope. */
const ckanResult = (json: unknown) =>
  (json as { result?: unknown }).result ?? (json as Record<string, unknown>);

describe('fast check on recorded portal answers', () => {
  const names = readdirSync(fixtures).filter((name) => name.endsWith('.json'));

  it.each(names.filter((name) => name.includes('package_search')))(
    '%s: the search page as zod gives it',
    (name) => expectSameAsZod(ckanSearchResultSchema, ckanResult(read(name))),
  );

  it.each(names.filter((name) => name.includes('package_show')))(
    '%s: the dataset as zod gives it',
    (name) => expectSameAsZod(ckanPackageSchema, ckanResult(read(name))),
  );

  it.each(names.filter((name) => name.startsWith('dataportal-se-')))(
    '%s: the RDF graph as zod gives it',
    (name) => expectSameAsZod(rdfGraphSchema, read(name)),
  );
});

describe('fast check on the demo API’s directory answers', () => {
  let demo: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    demo = await startTestServer();
  });
  afterAll(() => demo.close());
  const get = async (path: string) => (await fetch(`${demo.directoryUrl}${path}`)).json();

  it('actors, one actor, the map data and topics as zod gives them', async () => {
    const page = (await get('/actors?limit=100')) as { items: { id: string }[] };
    expect(page.items.length).toBeGreaterThan(10);
    expectSameAsZod(actorPageSchema, page);
    expectSameAsZod(actorSchema, await get(`/actors/${page.items[0]!.id}`));
    expectSameAsZod(actorFeatureCollectionSchema, await get('/actors.geojson'));
    expectSameAsZod(topicListSchema, await get('/topics'));
  });

  it('events, timed and all-day, as zod gives them', async () => {
    const page = (await get('/events?from=2000-01-01&limit=100')) as {
      items: { allDay: boolean }[];
    };
    expect(page.items.some((event) => event.allDay)).toBe(true);
    expect(page.items.some((event) => !event.allDay)).toBe(true);
    expectSameAsZod(eventPageSchema, page);
  });

  it('reads null in optional fields as absent, as zod’s transform does', async () => {
    const page = (await get('/actors?limit=20')) as { items: Record<string, unknown>[] };
    for (const actor of page.items) {
      actor.website = null;
      actor.subtype = null;
    }
    expectSameAsZod(actorPageSchema, page);
    const fast = fastCheck(actorPageSchema, page) as { items: Record<string, unknown>[] };
    expect(fast.items.every((actor) => actor.website === undefined)).toBe(true);
  });
});

/**
 * Inputs on which zod and the fast check must agree: same output, or both refuse. Only where the
 * case says so may the fast check give up on an input zod takes (zod then parses it).
 */
const cases: [string, ZodMiniType, unknown[], mayGiveUp?: boolean][] = [
  [
    'object: unknown keys left out, absent optional keys left out, present undefined kept',
    z.object({ a: z.string(), b: z.optional(z.number()) }),
    [{ a: 'x' }, { a: 'x', b: 1, c: true }, { a: 'x', b: undefined }, { b: 1 }, { a: 1 }, null, []],
  ],
  [
    'loose object: unknown keys pass through',
    z.looseObject({ a: z.string(), b: z.optional(z.nullable(z.string())) }),
    [{ a: 'x', extra: { deep: [1] } }, { a: 'x', b: null }, { a: 'x', b: 3 }, { b: 'y' }],
  ],
  [
    'loose object read key by key: required keys missing, optional ones undefined, changed fields',
    z.looseObject({
      a: z.string(),
      b: z.optional(z.number()),
      c: z.optional(
        z.pipe(
          z.nullable(z.string()),
          z.transform((value) => value ?? 'none'),
        ),
      ),
    }),
    [
      { z: 1, a: 'x' },
      { b: 1, z: 2 },
      { a: 'x', b: undefined },
      { c: null, a: 'x', d: [1] },
      { a: 'x', c: 'y', b: 'no' },
      { a: undefined },
      JSON.parse('{"a":"x","__proto__":{"polluted":true}}'),
    ],
    true,
  ],
  [
    'optional and nullable wrappers: null, absent, present undefined, an inner default',
    z.object({
      n: z.nullable(z.string()),
      o: z.optional(z._default(z.string(), 'd')),
      u: z.optional(z.unknown()),
    }),
    [
      { n: null },
      { n: 'x', o: undefined, u: null },
      { n: undefined },
      { n: 'x', o: 'y', u: { any: 1 } },
      { o: 'y' },
    ],
    true,
  ],
  [
    'numbers: finite only',
    z.object({ n: z.number() }),
    [{ n: 0 }, { n: -1.5 }, { n: Number.NaN }, { n: Number.POSITIVE_INFINITY }, { n: '1' }],
  ],
  [
    'regex checks on strings',
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    ['2026-12-05', '2026-12-5', '', 20261205],
  ],
  [
    'enum, literal and discriminated union',
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('a'), level: z.enum(['low', 'high']) }),
      z.object({ kind: z.literal('b'), count: z.number() }),
    ]),
    [
      { kind: 'a', level: 'low' },
      { kind: 'b', count: 2 },
      { kind: 'a', count: 2 },
      { kind: 'c', level: 'low' },
      { kind: 'a', level: 'mid' },
    ],
  ],
  [
    'union of a string and a record (language maps)',
    z.union([z.string(), z.record(z.string(), z.nullable(z.string()))]),
    ['Titel', { de: 'Titel', en: null }, { de: 1 }, ['x'], null],
  ],
  [
    'a predicate (z.custom): the value itself when it holds',
    z.object({ size: z.custom<number | string>((v) => typeof v === 'number' || v === '1') }),
    [{ size: 1 }, { size: '1' }, { size: '2' }, { size: null }, {}],
  ],
  [
    'arrays and tuples',
    z.object({ list: z.array(z.string()), point: z.tuple([z.number(), z.number()]) }),
    [
      { list: [], point: [13.7, 51] },
      { list: ['a', 'b'], point: [1, 2] },
      { list: ['a', 2], point: [1, 2] },
      { list: [], point: [1] },
      { list: [], point: [1, 2, 3] },
    ],
  ],
  [
    'a transform behind a pipe',
    z.optional(
      z.pipe(
        z.nullable(z.string()),
        z.transform((value) => value ?? undefined),
      ),
    ),
    [undefined, null, 'x', 1],
  ],
  [
    'kinds and checks left to zod (lengths, defaults)',
    z.object({ list: z.array(z.string()).check(z.minLength(1)), level: z._default(z.number(), 3) }),
    [{ list: ['a'] }, { list: [] }, { list: ['a'], level: 5 }],
    true,
  ],
];

describe('fast check against zod, case by case', () => {
  it.each(cases)('%s', (_name, schema, inputs, mayGiveUp = false) => {
    for (const input of inputs) {
      const expected = byZod(schema, input);
      const fast = fastCheck(schema, input);
      if (expected === MISMATCH) expect(fast, JSON.stringify(input)).toBe(MISMATCH);
      else if (!(mayGiveUp && fast === MISMATCH))
        expect(fast, JSON.stringify(input)).toStrictEqual(expected);
    }
  });
});

describe('a malformed answer after the fast check', () => {
  it('is still a ResponseValidationError with the path zod names', () => {
    const page = ckanResult(read('stadt-zuerich-package_search-verkehr.json')) as {
      results: Record<string, unknown>[];
    };
    page.results[1]!.name = 42;
    let error: unknown;
    try {
      validate(ckanSearchResultSchema, page, {
        mode: 'error',
        url: 'test://search',
        language: 'de',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues).toContainEqual(
      expect.objectContaining({ path: ['results', 1, 'name'] }),
    );
  });
});
