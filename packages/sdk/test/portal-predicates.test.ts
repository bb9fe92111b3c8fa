// Issue 27: the portal schemas check CKAN's irregular fields and EntryStore's RDF/JSON graphs with
// predicates (`z.custom`) instead of zod's `union`, `record` and `enum`, to keep those kinds' code
// out of the bundle. The predicates must accept exactly what the former zod schemas accepted, and
// the generated checks of the read path must take what they take.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { checkCkanPackage } from '../src/generated/checks/ckan.js';
import { checkRdfGraph } from '../src/generated/checks/entrystore.js';
import { MISMATCH } from '../src/http/answer-check.js';
import { validate } from '../src/http/validation.js';
import { ResponseValidationError } from '../src/index.js';
import { ckanPackageSchema, ckanSearchResultSchema } from '../src/open-data/ckan/schemas.js';
import { entrySchema, rdfGraphSchema } from '../src/open-data/entrystore/schemas.js';

/** The fields as they were written with `union` and `record` before issue 27. */
const looseString = z.optional(z.nullable(z.string()));
const looseText = z.optional(
  z.nullable(z.union([z.string(), z.record(z.string(), z.nullable(z.string()))])),
);
const FORMER = {
  title: looseText,
  keywords: z.optional(z.nullable(z.record(z.string(), z.array(z.string())))),
  publisher: z.optional(
    z.nullable(
      z.union([z.string(), z.looseObject({ name: looseText, url: looseString, uri: looseString })]),
    ),
  ),
  size: z.optional(z.nullable(z.union([z.number(), z.string()]))),
  search_facets: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
};

/** Values real portals send, and values that must fail, for each field. */
const VALUES: Record<keyof typeof FORMER, unknown[]> = {
  title: [
    undefined,
    null,
    '',
    'Radzählstellen',
    '{"de": "Titel"}',
    {},
    { de: 'Titel', en: null, fr: '' },
    { de: 1 },
    { de: ['Titel'] },
    ['Titel'],
    42,
    true,
  ],
  keywords: [
    undefined,
    null,
    {},
    { de: ['verkehr', 'rad'], fr: [] },
    { de: 'verkehr' },
    { de: [1] },
    { de: null },
    [['verkehr']],
    'verkehr',
  ],
  publisher: [
    undefined,
    null,
    'Stadt Zürich',
    '{"url": "https://x", "name": "Stadt"}',
    {},
    { name: 'Stadt', url: 'https://x', uri: null, extra: [1] },
    { name: { de: 'Stadt', en: null } },
    { name: 42 },
    { url: 1 },
    { uri: {} },
    ['Stadt'],
    7,
  ],
  size: [undefined, null, 0, 1024.5, '2048', '', -1, true, {}, []],
  search_facets: [undefined, null, {}, { groups: { items: [] }, queries: [] }, [], 'x', 0],
};

const accepts = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value).success;

describe('CKAN predicates accept what the former union and record schemas accepted', () => {
  it.each(Object.keys(FORMER) as (keyof typeof FORMER)[])('%s', (field) => {
    const current =
      field === 'search_facets'
        ? ckanSearchResultSchema.def.shape.search_facets
        : field === 'size'
          ? (ckanPackageSchema.def.shape.resources as z.ZodMiniType)
          : ckanPackageSchema.def.shape[field];
    for (const value of VALUES[field]) {
      const expected = accepts(FORMER[field], value);
      // `size` is a resource field: checked inside a package's resource list.
      const actual =
        field === 'size'
          ? accepts(current, [{ size: value, byte_size: value }])
          : accepts(current, value);
      expect(actual, `${field} = ${JSON.stringify(value)}`).toBe(expected);
    }
  });

  it('a package with every irregular field: zod and the generated check give the answer itself', () => {
    const pkg = {
      id: 'a',
      name: 'b',
      title: { de: 'Titel', en: null },
      keywords: { de: ['verkehr'] },
      publisher: { name: 'Stadt', url: 'https://x' },
      resources: [{ size: '12', byte_size: 12 }],
      extra: { any: [1] },
    };
    const byZod = ckanPackageSchema.parse(pkg);
    expect(byZod).toStrictEqual(pkg);
    expect(checkCkanPackage.check(pkg)).toStrictEqual(pkg);
    expect(checkCkanPackage.check({ ...pkg, keywords: { de: 'verkehr' } })).toBe(MISMATCH);
  });
});

/** EntryStore's RDF/JSON graph as it was written with `record`, `enum` and `object` before. */
const FORMER_GRAPH = z.record(
  z.string(),
  z.record(
    z.string(),
    z.array(
      z.object({
        type: z.enum(['uri', 'literal', 'bnode']),
        value: z.string(),
        lang: z.optional(z.string()),
        datatype: z.optional(z.string()),
      }),
    ),
  ),
);

const term = { type: 'literal', value: 'Radwege', lang: 'de' };
const GRAPHS: unknown[] = [
  {},
  { s: {} },
  { s: { p: [] } },
  { s: { p: [term, { type: 'uri', value: 'http://x' }, { type: 'bnode', value: '_:b1' }] } },
  { s: { p: [{ ...term, datatype: 'http://www.w3.org/2001/XMLSchema#date' }] }, t: { q: [term] } },
  { s: { p: [{ ...term, extra: 1 }] } },
  { s: { p: [{ type: 'blank', value: 'x' }] } },
  { s: { p: [{ type: 'uri' }] } },
  { s: { p: [{ type: 'uri', value: 1 }] } },
  { s: { p: [{ ...term, lang: null }] } },
  { s: { p: [{ ...term, datatype: 5 }] } },
  { s: { p: term } },
  { s: { p: [null] } },
  { s: [] },
  { s: null },
  [],
  null,
  'graph',
];

describe('EntryStore graph predicate accepts what the former record schema accepted', () => {
  it.each(GRAPHS.map((graph) => [JSON.stringify(graph), graph]))('%s', (_name, graph) => {
    expect(accepts(rdfGraphSchema, graph)).toBe(accepts(FORMER_GRAPH, graph));
    const fast = checkRdfGraph.check(graph);
    if (accepts(FORMER_GRAPH, graph)) expect(fast).toStrictEqual(graph);
    else expect(fast).toBe(MISMATCH);
  });

  it('a malformed graph is a ResponseValidationError at the graph, saying what it should be', () => {
    const call = () =>
      validate(
        entrySchema,
        { entryId: '1', info: { s: { p: [{ type: 'blank', value: 'x' }] } } },
        { mode: 'error', url: 'test://entry', language: 'de' },
      );
    expect(call).toThrow(ResponseValidationError);
    try {
      call();
    } catch (error) {
      expect((error as ResponseValidationError).issues).toEqual([
        { path: ['info'], message: expect.stringContaining('RDF/JSON graph') },
      ]);
    }
  });
});
