import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenDataClient, ResponseValidationError } from '../src/index.js';
import type { SearchQuery } from '../src/open-data/model.js';
import { FACET_FIELDS } from '../src/open-data/entrystore/facets.js';
import { LabelCache, resolveResources } from '../src/open-data/entrystore/resolve.js';
import type { SearchResponse } from '../src/open-data/entrystore/schemas.js';

/**
 * What the EntryStore adapter asks the store: the Solr query and parameters of a search for each
 * kind of filter, which linked resources it looks up, and which facet values it keeps. A small
 * server on 127.0.0.1 plays the store and records every request.
 */

type FacetValue = { name: string; count: number };

let server: Server;
let base = '';
let requests: string[] = [];
let reply: (url: URL) => string;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const body = reply(new URL(request.url ?? '/', 'http://127.0.0.1'));
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/store`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests = [];
  reply = () => searchBody();
});

const client = () =>
  createOpenDataClient({ type: 'entrystore', baseUrl: base, id: 'test', retry: 0 });

/** A search answer without hits, with these facet counts per Solr field. */
function searchBody(facets: { name: string; values: FacetValue[] }[] = []): string {
  const facetFields = facets.map((f) => ({ ...f, valueCount: f.values.length }));
  return JSON.stringify({
    resource: { children: [] },
    results: 0,
    limit: 20,
    offset: 0,
    facetFields,
  });
}

const params = (url: string) => new URL(url, 'http://127.0.0.1').searchParams;

const DATASETS = 'public:true AND rdfType:http\\:\\/\\/www.w3.org\\/ns\\/dcat#Dataset';

/** The Solr query of the one search a query without facets sends. */
async function sent(query: SearchQuery): Promise<string | null> {
  requests = [];
  await client().search({ ...query, facets: [] });
  expect(requests).toHaveLength(1);
  return params(requests[0]!).get('query');
}

describe('the Solr query of a search', () => {
  it('ANDs one clause per search word', async () => {
    expect(await sent({ text: 'Wald Boden' })).toBe(
      `${DATASETS} AND (title:wald* OR description:wald* OR tag.literal:wald*) AND ` +
        '(title:boden* OR description:boden* OR tag.literal:boden*)',
    );
  });

  it('drops empty and blank filter values, and trims the others', async () => {
    expect(
      await sent({ publisher: ['', '   '], keyword: ['  '], format: [''], theme: [' \t'] }),
    ).toBe(DATASETS);
    expect(
      await sent({ publisher: ['  https://daten.example/org/1 '], keyword: [' Radweg '] }),
    ).toBe(
      `${DATASETS} AND metadata.predicate.uri.9259d4c1:(https\\:\\/\\/daten.example\\/org\\/1) AND ` +
        'metadata.predicate.literal_s.a6424133:("Radweg")',
    );
  });

  it('finds a Gemeinde by its key and by its Regionalschlüssel with any Verband digits', async () => {
    const geo = 'http\\:\\/\\/dcat\\-ap.de\\/def\\/politicalGeocoding\\/';
    const list = `${geo}municipalityKey\\/14612000 OR ${geo}regionalKey\\/14612????000`;
    expect(await sent({ region: ['14612000'] })).toBe(
      `${DATASETS} AND (metadata.predicate.uri.d510adab:(${list}) OR ` +
        `metadata.predicate.uri.c6e46bff:(${list}))`,
    );
  });

  it('refuses a region that is no AGS, naming it', async () => {
    const error = await client()
      .search({ region: ['146'], facets: [] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe('Not an AGS (2, 5 or 8 digits): "146"');
    expect(requests).toEqual([]);
  });

  it('judges entries without a modified date in their metadata by the entry’s own date', async () => {
    expect(await sent({ modified: { from: '2024-01-01' } })).toBe(
      `${DATASETS} AND (metadata.predicate.date.3e2f60da:[2023-12-31T23:00:00Z TO *] OR ` +
        '(modified:[2023-12-31T23:00:00Z TO *] AND -metadata.predicate.date.3e2f60da:[* TO *]))',
    );
  });

  it('ANDs the start and end conditions of a temporal range; a blank start limits nothing', async () => {
    const start = (range: string) =>
      `(metadata.predicate.date.73dbf469:${range} OR metadata.predicate.date.1c06f647:${range})`;
    const end = (range: string) =>
      `(metadata.predicate.date.7d01e96c:${range} OR metadata.predicate.date.2198789d:${range} OR ` +
      '(*:* -(metadata.predicate.date.7d01e96c:[* TO *] OR metadata.predicate.date.2198789d:[* TO *])))';
    expect(await sent({ temporal: { from: '2024-01-01', to: '2024-12-31' } })).toBe(
      `${DATASETS} AND ${start('[* TO 2024-12-31T23:00:00Z}')} AND ${end('[2023-12-31T23:00:00Z TO *]')}`,
    );
    expect(await sent({ temporal: { from: '   ', to: '2024-12-31' } })).toBe(
      `${DATASETS} AND ${start('[* TO 2024-12-31T23:00:00Z}')}`,
    );
  });

  it('asks for as many facet values as the caller wants, 20 by default', async () => {
    await client().search({ facets: ['keyword'], facetLimit: 50 });
    await client().search({ facets: ['keyword'] });
    expect(
      requests.map((url) => [params(url).get('facetFields'), params(url).get('facetLimit')]),
    ).toEqual([
      [FACET_FIELDS.keyword, '50'],
      [FACET_FIELDS.keyword, '20'],
    ]);
  });
});

describe('facets', () => {
  it('leaves out empty and blank facet values', async () => {
    reply = () =>
      searchBody([
        {
          name: FACET_FIELDS.keyword,
          values: [
            { name: '', count: 9 },
            { name: '   ', count: 7 },
            { name: 'Radwege', count: 2 },
          ],
        },
        { name: FACET_FIELDS.format, values: [{ name: ' ', count: 4 }] },
      ]);
    const page = await client().search({ facets: ['keyword', 'format'] });
    expect(page.facets.keyword).toEqual([{ value: 'Radwege', label: 'Radwege', count: 2 }]);
    expect(page.facets.format).toEqual([]);
  });

  it('looks up the names of publishers in the facet, but not blank nodes', async () => {
    const org = 'https://daten.example/org/1';
    reply = (url) =>
      url.searchParams.get('query')?.startsWith('public:true AND resource:')
        ? JSON.stringify({
            resource: {
              children: [
                {
                  contextId: '2',
                  entryId: '4',
                  info: {
                    [`${base}/2/entry/4`]: {
                      'http://entrystore.org/terms/resource': [{ type: 'uri', value: org }],
                    },
                  },
                  metadata: {
                    [org]: {
                      'http://xmlns.com/foaf/0.1/name': [
                        { type: 'literal', value: 'Stadt Leipzig' },
                      ],
                    },
                  },
                },
              ],
            },
            results: 1,
            limit: 100,
            offset: 0,
            facetFields: [],
          })
        : searchBody([
            {
              name: FACET_FIELDS.publisher,
              values: [
                { name: '_:b0', count: 3 },
                { name: org, count: 2 },
              ],
            },
          ]);
    const page = await client().search({ facets: ['publisher'] });
    expect(page.facets.publisher.find((facet) => facet.value === org)).toEqual({
      value: org,
      label: 'Stadt Leipzig',
      count: 2,
    });
    expect(requests.map((url) => params(url).get('query')).slice(1)).toEqual([
      'public:true AND resource:(https\\:\\/\\/daten.example\\/org\\/1)',
    ]);
  });

  it('keeps no blank publisher names in the cache of 500 publisher names', async () => {
    // 500 publishers fill the cache exactly; blank facet values must not push the first one out,
    // or the next page looks it up again.
    const orgs = Array.from({ length: 500 }, (_, i) => `https://daten.example/org/${i}`);
    reply = (url) =>
      url.searchParams.get('query')?.startsWith('public:true AND resource:')
        ? searchBody()
        : searchBody([
            {
              name: FACET_FIELDS.publisher,
              values: [...orgs, '   ', ''].map((name) => ({ name, count: 1 })),
            },
          ]);
    const store = client();
    await store.search({ facets: ['publisher'], facetLimit: 1000 });
    // 500 names in look-ups of 20.
    expect(requests).toHaveLength(1 + 25);
    requests = [];
    const page = await store.search({ facets: ['publisher'], facetLimit: 1000 });
    expect(requests).toHaveLength(1);
    expect(page.facets.publisher).toHaveLength(500);
  });
});

describe('checking answers', () => {
  it('refuses metadata that is a list or a number instead of a graph', async () => {
    // Neither has subjects to go through, so only its kind tells it from an empty graph.
    for (const metadata of [[], 42]) {
      reply = () =>
        JSON.stringify({
          resource: {
            children: [
              {
                contextId: '1',
                entryId: '2',
                info: {
                  [`${base}/1/entry/2`]: {
                    'http://entrystore.org/terms/resource': [
                      { type: 'uri', value: `${base}/1/resource/2` },
                    ],
                  },
                },
                metadata,
              },
            ],
          },
          results: 1,
          limit: 20,
          offset: 0,
          facetFields: [],
        });
      const error = await client()
        .search({ facets: [] })
        .catch((e: unknown) => e);
      expect(error, JSON.stringify(metadata)).toBeInstanceOf(ResponseValidationError);
    }
  });
});

describe('resolveResources', () => {
  it('looks up each URI once, without blank ones and blank nodes', async () => {
    const queries: [string, number][] = [];
    const empty: SearchResponse = {
      resource: { children: [] },
      results: 0,
      limit: 100,
      offset: 0,
      facetFields: [],
    } as unknown as SearchResponse;
    const graphs = await resolveResources(
      ['', '  ', '_:b1', 'https://a.example/x', 'https://a.example/x', 'urn:y_:'],
      (query, limit) => {
        queries.push([query, limit]);
        return Promise.resolve(empty);
      },
    );
    expect(queries).toEqual([
      ['public:true AND resource:(https\\:\\/\\/a.example\\/x OR urn\\:y_\\:)', 100],
    ]);
    expect(graphs.size).toBe(0);
  });
});

describe('LabelCache', () => {
  it('keeps the most recently set names, a name set again counting as new', () => {
    const cache = new LabelCache(2);
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.set('a', 'A2');
    cache.set('c', undefined);
    expect(['a', 'b', 'c'].map((uri) => [cache.has(uri), cache.get(uri)])).toEqual([
      [true, 'A2'],
      [false, undefined],
      [true, undefined],
    ]);
  });
});
