import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DemoDataset, Publisher } from '../data/types.js';
import { createDemoApi } from '../src/app.js';
import { buildCatalog } from '../src/entrystore/catalog.js';
import { predicateHash } from '../src/entrystore/md5.js';
import type { RdfJsonGraph } from '../src/entrystore/rdf.js';
import { createEntryStoreApi } from '../src/entrystore/routes.js';
import { P } from '../src/entrystore/vocab.js';
import { createStore, type DemoStore } from '../src/store.js';

// ---------------------------------------------------------------------------------------------
// A small hand-made store: five datasets whose facets can be counted by hand.

const DL_BY = 'http://dcat-ap.de/def/licenses/dl-by-de/2.0';
const CC_BY = 'http://dcat-ap.de/def/licenses/cc-by/4.0';
const DL_ZERO = 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0';
const THEME = 'http://publications.europa.eu/resource/authority/data-theme/';

const publishers: Publisher[] = [
  {
    id: 'statistisches-landesamt-sachsen',
    title: 'Statistisches Landesamt des Freistaates Sachsen',
    uri: 'urn:uuid:f717d24f-ba2d-83ba-9141-0ec8965e6a52',
  },
  {
    id: 'landeshauptstadt-dresden',
    title: 'Landeshauptstadt Dresden',
    uri: 'https://www.dresden.de/',
    homepage: 'https://www.dresden.de/',
  },
  {
    id: 'stadt-chemnitz',
    title: 'Stadt Chemnitz',
    uri: 'https://register.opendata.sachsen.de/store/1/resource/52',
  },
  {
    id: 'lfulg',
    title: 'Sächsisches Landesamt für Umwelt, Landwirtschaft und Geologie (LfULG)',
    uri: 'urn:uuid:4cffd7c9-ddeb-8dc3-8baa-54c309bed0be',
  },
  {
    id: 'landesdirektion-sachsen',
    title: 'Landesdirektion Sachsen',
    uri: 'https://katalog.opendata.sachsen.de/store/2/resource/38',
  },
  {
    id: 'smk',
    title: 'Sächsisches Staatsministerium für Kultus',
    uri: 'urn:uuid:bd7e8bf3-441b-82e3-b882-bb2c1c53a2aa',
  },
];

const base = { description: 'Demo-Beschreibung.', name: '', license: DL_BY };
const datasets: DemoDataset[] = [
  {
    ...base,
    id: '00000000-0000-8000-8000-000000000001',
    name: 'strassenbaumkataster-dresden',
    title: 'Straßenbaumkataster Dresden',
    keywords: ['Straße', 'Bäume'],
    themes: ['ENVI', 'REGI'],
    publisherId: 'landeshauptstadt-dresden',
    issued: '2021-03-01T10:00:00+01:00',
    modified: '2024-06-01T10:00:00+02:00',
    distributions: [
      {
        id: 'd1a',
        title: 'Bäume (CSV)',
        format: 'CSV',
        mediaType: 'text/csv',
        accessUrl: 'https://demo.saxon-ai.invalid/baeume.csv',
        byteSize: 184320,
      },
      {
        id: 'd1b',
        title: 'Bäume (GeoJSON)',
        format: 'GeoJSON',
        mediaType: 'application/geo+json',
        accessUrl: 'https://demo.saxon-ai.invalid/baeume.geojson',
      },
    ],
  },
  {
    ...base,
    id: '00000000-0000-8000-8000-000000000002',
    name: 'verkehrsmengen',
    title: 'Verkehrsmengen an Dauerzählstellen',
    keywords: ['Verkehr', 'Zählstellen'],
    themes: ['TRAN'],
    publisherId: 'statistisches-landesamt-sachsen',
    issued: '2020-01-15T09:00:00+01:00',
    modified: '2025-02-01T09:00:00+01:00',
    accrualPeriodicity: 'ANNUAL',
    spatial: 'http://dcat-ap.de/def/politicalGeocoding/stateKey/14',
    distributions: [
      {
        id: 'd2a',
        title: 'Verkehrsmengen (CSV)',
        format: 'CSV',
        mediaType: 'text/csv',
        accessUrl: 'https://demo.saxon-ai.invalid/verkehr.csv',
        license: CC_BY,
        modified: '2025-02-01T09:00:00+01:00',
      },
      {
        id: 'd2b',
        title: 'Verkehrsmengen (XLSX)',
        format: 'XLSX',
        accessUrl: 'https://demo.saxon-ai.invalid/verkehr.xlsx',
        downloadUrl: 'https://demo.saxon-ai.invalid/verkehr.xlsx',
      },
    ],
  },
  {
    ...base,
    id: '00000000-0000-8000-8000-000000000003',
    name: 'luftqualitaet',
    title: 'Luftqualität im Messnetz Sachsen',
    keywords: ['Luft', 'Wasser+Boden'],
    themes: ['ENVI', 'HEAL'],
    publisherId: 'lfulg',
    license: DL_ZERO,
    issued: '2019-05-05T12:00:00+02:00',
    modified: '2023-11-11T12:00:00+01:00',
    distributions: [
      {
        id: 'd3a',
        title: 'Kartendienst',
        format: 'WMS',
        accessUrl: 'https://demo.saxon-ai.invalid/wms',
      },
      {
        id: 'd3b',
        title: 'Messwerte (JSON)',
        format: 'JSON',
        mediaType: 'application/json',
        accessUrl: 'https://demo.saxon-ai.invalid/luft.json',
      },
    ],
  },
  {
    ...base,
    id: '00000000-0000-8000-8000-000000000004',
    name: 'schulen-chemnitz',
    title: 'Schulen in Chemnitz',
    keywords: ['Schule', 'Bildung'],
    themes: ['EDUC'],
    publisherId: 'stadt-chemnitz',
    issued: '2022-08-01T08:00:00+02:00',
    modified: '2022-09-01T08:00:00+02:00',
    spatial: 'http://dcat-ap.de/def/politicalGeocoding/districtKey/14511',
    contact: { name: 'Schulverwaltungsamt', email: 'schulen@chemnitz.demo.saxon-ai.invalid' },
    distributions: [
      {
        id: 'd4a',
        title: 'Schulliste (PDF)',
        format: 'PDF',
        mediaType: 'application/pdf',
        accessUrl: 'https://demo.saxon-ai.invalid/schulen.pdf',
      },
    ],
  },
  {
    ...base,
    id: '00000000-0000-8000-8000-000000000005',
    name: 'haushaltsplan',
    title: 'Haushaltsplan des Freistaates',
    keywords: ['Haushalt, Finanzen'],
    themes: ['GOVE', 'ECON'],
    publisherId: 'landesdirektion-sachsen',
    issued: '2018-02-02T08:00:00+01:00',
    modified: '2021-12-24T08:00:00+01:00',
    distributions: [],
  },
];

const handMadeStore: DemoStore = {
  actors: [],
  topics: [],
  publishers,
  datasets,
  events: () => [],
  now: () => new Date('2026-01-01T00:00:00Z'),
  site: { actors: [], publishers, datasets, events: () => [] },
};

// ---------------------------------------------------------------------------------------------
// Helpers

interface Child {
  entryId: string;
  contextId: string;
  rights: string[];
  metadata: RdfJsonGraph;
  info: RdfJsonGraph;
  relations: RdfJsonGraph;
}
interface SearchBody {
  resource: { children: Child[] };
  results: number;
  limit: number;
  offset: number;
  facetFields: { name: string; valueCount: number; values: { name: string; count: number }[] }[];
  error?: string;
}

const api = createEntryStoreApi(handMadeStore);

/** A request with a raw, hand-written query string: nothing is encoded for you. */
async function raw(path: string, init?: RequestInit) {
  const response = await api.request(`http://localhost${path}`, init);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  };
}

async function rawSearch(queryString: string) {
  const response = await raw(`/search?${queryString}`);
  return { status: response.status, body: JSON.parse(response.text) as SearchBody };
}

/** Percent-encodes every value, as a careful client (and the SDK) must. */
const encode = (params: Record<string, string | number>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');

const search = (params: Record<string, string | number>) => rawSearch(encode(params));

/** Solr escaping of a value for a string field, as entrystore.js does (`:`, `(`, `)`). */
const esc = (value: string) => value.replace(/([:()])/g, '\\$1');

const DATASETS = 'rdfType:http\\://www.w3.org/ns/dcat#Dataset';
const COUNT_QUERY = `(${DATASETS} OR rdfType:http\\://entryscape.com/terms/IndependentDataService) AND public:true AND (title.de:*^1 OR title.nolang:*)`;
const UI_FACETS =
  'metadata.predicate.uri.9259d4c1,metadata.predicate.literal_s.b5d28d0a,metadata.predicate.uri.0ce6b231,metadata.predicate.literal_s.a6424133,metadata.predicate.uri.23fc4665,related.metadata.predicate.uri.3494e2ce,rdfType,metadata.predicate.literal_s.759a4eb7,metadata.predicate.uri.2198789d,metadata.predicate.uri.1c06f647';

/** The dataset graph of a hit: info → es:resource → key into metadata (SHAPE.md §3). */
function resourceOf(child: Child): string {
  const entry = Object.keys(child.info)[0]!;
  return child.info[entry]![P.esResource]![0]!.value;
}
const value = (child: Child, predicate: string) =>
  child.metadata[resourceOf(child)]?.[predicate]?.[0]?.value;
const facet = (body: SearchBody, name: string) =>
  Object.fromEntries(
    body.facetFields.find((f) => f.name === name)!.values.map((v) => [v.name, v.count]),
  );
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------------------------

describe('EntryStore emulation: predicate hashes', () => {
  it('names per-predicate fields after the first 8 hex digits of MD5, as EntryStore does', () => {
    expect(predicateHash(P.publisher)).toBe('9259d4c1');
    expect(predicateHash(P.format)).toBe('b5d28d0a');
    expect(predicateHash(P.theme)).toBe('0ce6b231');
    expect(predicateHash(P.keyword)).toBe('a6424133');
    expect(predicateHash(P.license)).toBe('3494e2ce');
    expect(predicateHash(P.accessRights)).toBe('23fc4665');
    for (const predicate of [...Object.values(P), 'ß', 'x'.repeat(200)]) {
      expect(predicateHash(predicate)).toBe(
        createHash('md5').update(predicate).digest('hex').slice(0, 8),
      );
    }
  });
});

describe('EntryStore emulation: Saxon query shapes (SHAPE.md §6)', () => {
  it('answers the Saxon count query with the number of datasets in `results`', async () => {
    const { status, body } = await search({ type: 'solr', query: COUNT_QUERY, limit: 1 });
    expect(status).toBe(200);
    expect(body.results).toBe(5);
    expect(body.limit).toBe(1);
    expect(body.offset).toBe(0);
    expect(body.resource.children).toHaveLength(1);
    expect(body.facetFields).toEqual([]);
  });

  it('answers the portal UI query with all ten facets, unknown predicates included', async () => {
    const { status, body } = await rawSearch(
      `type=solr&query=${encodeURIComponent(COUNT_QUERY)}&limit=1&sort=title.de+asc,title.nolang+asc&facetFields=${UI_FACETS}`,
    );
    expect(status).toBe(200);
    expect(body.facetFields.map((f) => f.name)).toEqual(UI_FACETS.split(','));
    const publisher = facet(body, 'metadata.predicate.uri.9259d4c1');
    expect(sum(publisher)).toBe(5);
    expect(publisher['https://register.opendata.sachsen.de/store/1/resource/52']).toBe(1);
    expect(publisher['urn:uuid:bd7e8bf3-441b-82e3-b882-bb2c1c53a2aa']).toBeUndefined(); // no datasets
    expect(facet(body, 'metadata.predicate.uri.0ce6b231')).toEqual({
      [`${THEME}ENVI`]: 2,
      [`${THEME}REGI`]: 1,
      [`${THEME}TRAN`]: 1,
      [`${THEME}HEAL`]: 1,
      [`${THEME}EDUC`]: 1,
      [`${THEME}GOVE`]: 1,
      [`${THEME}ECON`]: 1,
    });
    expect(facet(body, 'metadata.predicate.literal_s.b5d28d0a')).toEqual({
      CSV: 2,
      GeoJSON: 1,
      XLSX: 1,
      WMS: 1,
      JSON: 1,
      PDF: 1,
    });
    // Licences sit on the distributions and reach the dataset through related fields.
    expect(facet(body, 'related.metadata.predicate.uri.3494e2ce')).toEqual({
      [DL_BY]: 3,
      [CC_BY]: 1,
      [DL_ZERO]: 1,
    });
    expect(facet(body, 'metadata.predicate.literal_s.a6424133')['Haushalt, Finanzen']).toBe(1);
    expect(facet(body, 'metadata.predicate.uri.23fc4665')).toEqual({
      'http://publications.europa.eu/resource/authority/access-right/PUBLIC': 5,
    });
    expect(facet(body, 'rdfType')).toEqual({ 'http://www.w3.org/ns/dcat#Dataset': 5 });
    const unknown = body.facetFields.find((f) => f.name === 'metadata.predicate.uri.1c06f647')!;
    expect(unknown).toEqual({ name: 'metadata.predicate.uri.1c06f647', valueCount: 0, values: [] });
    const themes = body.facetFields.find((f) => f.name === 'metadata.predicate.uri.0ce6b231')!;
    expect(themes.valueCount).toBe(themes.values.length);
    expect(themes.values[0]).toEqual({ name: `${THEME}ENVI`, count: 2 });
  });

  it('answers the SDK dataset search: text clause, theme filter, facets', async () => {
    const text = (t: string) => `(title:${t}* OR description:${t}* OR tag.literal:${t}*)`;
    const facetFields =
      'metadata.predicate.uri.9259d4c1,metadata.predicate.uri.0ce6b231,metadata.predicate.literal_s.b5d28d0a,related.metadata.predicate.uri.3494e2ce,metadata.predicate.literal_s.a6424133';
    const all = await search({
      type: 'solr',
      query: `public:true AND ${DATASETS}`,
      limit: 20,
      offset: 0,
      facetFields,
    });
    expect(all.body.results).toBe(5);
    const envi = await search({
      type: 'solr',
      query: `public:true AND ${DATASETS} AND metadata.predicate.uri.0ce6b231:${esc(`${THEME}ENVI`)}`,
      limit: 20,
      facetFields,
    });
    expect(envi.body.results).toBe(2);
    expect(facet(envi.body, 'metadata.predicate.uri.0ce6b231')[`${THEME}ENVI`]).toBe(2);
    const luft = await search({
      type: 'solr',
      query: `public:true AND ${DATASETS} AND ${text('luft')} AND metadata.predicate.uri.0ce6b231:${esc(`${THEME}ENVI`)}`,
      limit: 20,
    });
    expect(luft.body.results).toBe(1);
    expect(value(luft.body.resource.children[0]!, P.title)).toBe(
      'Luftqualität im Messnetz Sachsen',
    );
    const csv = await search({
      type: 'solr',
      query: `${DATASETS} AND metadata.predicate.literal_s.b5d28d0a:CSV`,
      limit: 20,
    });
    expect(csv.body.results).toBe(2);
    const ccBy = await search({
      type: 'solr',
      query: `${DATASETS} AND related.metadata.predicate.uri.3494e2ce:${esc(CC_BY)}`,
    });
    expect(ccBy.body.results).toBe(1);
  });

  it('finds a dataset by its CKAN id (dcterms:identifier)', async () => {
    const id = datasets[3]!.id;
    const { body } = await search({
      type: 'solr',
      query: `metadata.predicate.literal_s.${predicateHash(P.identifier)}:${id}`,
    });
    expect(body.results).toBe(1);
    expect(value(body.resource.children[0]!, P.identifier)).toBe(id);
  });
});

describe('EntryStore emulation: the request strings recommended to the SDK', () => {
  /** Backslash before every Lucene special character (stricter than entrystore.js, also valid on Solr). */
  const escapeAll = (text: string) => text.replace(/[\\+\-!():^[\]"{}~*?|&/]/g, '\\$&');

  it('answers the literal dataset-page request', async () => {
    const { status, body } = await rawSearch(
      'type=solr&query=public%3Atrue%20AND%20rdfType%3Ahttp%5C%3A%2F%2Fwww.w3.org%2Fns%2Fdcat%23Dataset' +
        '%20AND%20(title%3Averkehr*%20OR%20description%3Averkehr*%20OR%20tag.literal%3Averkehr*)' +
        '%20AND%20metadata.predicate.uri.0ce6b231%3A(http%5C%3A%2F%2Fpublications.europa.eu%2Fresource%2Fauthority%2Fdata-theme%2FTRAN)' +
        '&limit=20&offset=0&sort=modified%20desc' +
        '&facetFields=metadata.predicate.uri.9259d4c1%2Cmetadata.predicate.uri.0ce6b231%2Cmetadata.predicate.literal_s.b5d28d0a%2Crelated.metadata.predicate.uri.3494e2ce%2Cmetadata.predicate.literal_s.a6424133',
    );
    expect(status).toBe(200);
    expect(body.results).toBe(1);
    expect(body.facetFields.map((f) => f.name)).toHaveLength(5);
    expect(facet(body, 'related.metadata.predicate.uri.3494e2ce')).toEqual({
      [DL_BY]: 1,
      [CC_BY]: 1,
    });
  });

  it('resolves fully escaped URIs of every form', async () => {
    const uris = publishers.map((p) => p.uri);
    const query = `public:true AND resource:(${uris.map(escapeAll).join(' OR ')})`;
    const { body } = await search({ type: 'solr', query, limit: 20 });
    expect(body.results).toBe(6);
  });

  it('splits user text into words like the analyser, one prefix clause per word', async () => {
    // Solr matches a wildcard term against single indexed words, so `wasser+boden*` finds nothing
    // even on the real server; the SDK splits on non-letters and ANDs the words (as entrystore.js).
    const words = 'Wasser+Boden'
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const clause = (w: string) =>
      `(title:${escapeAll(w)}* OR description:${escapeAll(w)}* OR tag.literal:${escapeAll(w)}*)`;
    const { body } = await search({
      type: 'solr',
      query: `${DATASETS} AND ${words.map(clause).join(' AND ')}`,
    });
    expect(body.results).toBe(1);
    // Escaped operators never turn into a 400.
    const odd = await search({
      type: 'solr',
      query: `${DATASETS} AND title:${escapeAll('c++ (neu)!')}*`,
    });
    expect(odd.status).toBe(200);
  });
});

describe('EntryStore emulation: result counting quirks', () => {
  it('limit=0 yields results: 0 but still computes facets', async () => {
    const { body } = await search({
      type: 'solr',
      query: DATASETS,
      limit: 0,
      facetFields: 'metadata.predicate.uri.0ce6b231',
    });
    expect(body.results).toBe(0);
    expect(body.limit).toBe(0);
    expect(body.resource.children).toEqual([]);
    expect(sum(facet(body, 'metadata.predicate.uri.0ce6b231'))).toBe(8);
  });

  it('an offset past the end yields results: 0', async () => {
    const last = await search({ type: 'solr', query: DATASETS, offset: 4 });
    expect(last.body.results).toBe(5);
    expect(last.body.resource.children).toHaveLength(1);
    const past = await search({ type: 'solr', query: DATASETS, offset: 5 });
    expect(past.body.results).toBe(0);
    expect(past.body.offset).toBe(5);
  });

  it('clamps limit to 100, maps a negative limit to 50 and a negative offset to 0', async () => {
    expect((await search({ type: 'solr', query: DATASETS, limit: 500 })).body.limit).toBe(100);
    expect((await search({ type: 'solr', query: DATASETS, limit: -5 })).body.limit).toBe(50);
    expect((await search({ type: 'solr', query: DATASETS })).body.limit).toBe(50);
    expect((await search({ type: 'solr', query: DATASETS, offset: -3 })).body.offset).toBe(0);
  });

  it('a non-numeric limit sets 400 but answers a normal result with the default', async () => {
    const { status, body } = await search({ type: 'solr', query: DATASETS, limit: 'zehn' });
    expect(status).toBe(400);
    expect(body.limit).toBe(50);
    expect(body.results).toBe(5);
  });
});

describe('EntryStore emulation: errors', () => {
  it('requires type and query', async () => {
    expect(await search({ query: DATASETS })).toEqual({
      status: 400,
      body: { error: "Mandatory parameter 'type' is missing" },
    });
    expect(await search({ type: 'solr' })).toEqual({
      status: 400,
      body: { error: "Mandatory parameter 'query' is missing" },
    });
  });

  it('answers an unknown type with results: -1 and no children', async () => {
    const { status, body } = await search({ type: 'lucene', query: DATASETS, limit: 10 });
    expect(status).toBe(200);
    expect(body).toEqual({
      resource: { children: [] },
      results: -1,
      limit: 10,
      offset: 0,
      facetFields: [],
    });
  });

  it('rejects queries shorter than three characters', async () => {
    expect(await search({ type: 'solr', query: 'a*' })).toEqual({
      status: 400,
      body: { error: 'Query too short' },
    });
  });

  it.each([
    ['an unknown field in the query', { query: 'publisher:dresden' }],
    ['an unbalanced parenthesis', { query: `(${DATASETS} AND public:true` }],
    ['an unknown facet field', { query: DATASETS, facetFields: 'publisher' }],
    ['sorting on an analysed field', { query: DATASETS, sort: 'title asc' }],
    ['an unknown filter field', { query: DATASETS, filterQuery: 'license:cc-by' }],
  ])('answers %s with 400 "Search failed due to wrong parameters"', async (_, params) => {
    expect(await search({ type: 'solr', ...params })).toEqual({
      status: 400,
      body: { error: 'Search failed due to wrong parameters' },
    });
  });

  it('answers a malformed percent escape with 500, like java.net.URLDecoder', async () => {
    const { status, text } = await raw('/search?type=solr&query=title:100%');
    expect(status).toBe(500);
    expect(JSON.parse(text)).toHaveProperty('error');
  });
});

describe('EntryStore emulation: raw query-string parsing', () => {
  const keyword = `metadata.predicate.literal_s.${predicateHash(P.keyword)}`;

  it('decodes an unencoded + to a space; %2B keeps it', async () => {
    expect((await rawSearch(`type=solr&query=${keyword}:Wasser+Boden`)).body.results).toBe(0);
    expect((await rawSearch(`type=solr&query=${keyword}:Wasser%2BBoden`)).body.results).toBe(1);
  });

  it('splits filterQuery on commas before decoding, so only %2C survives inside a filter', async () => {
    const phrase = (comma: string) => `filterQuery=${keyword}:%22Haushalt${comma}%20Finanzen%22`;
    const encoded = await rawSearch(`type=solr&query=${DATASETS}&${phrase('%2C')}`);
    expect(encoded.body.results).toBe(1);
    const broken = await rawSearch(`type=solr&query=${DATASETS}&${phrase(',')}`);
    expect(broken).toEqual({
      status: 400,
      body: { error: 'Search failed due to wrong parameters' },
    });
    const two = await rawSearch(
      `type=solr&query=${DATASETS}&filterQuery=public:true,${keyword}:Luft`,
    );
    expect(two.body.results).toBe(1);
  });

  it('cuts a value at an unencoded = and keeps only the piece before it', async () => {
    // `all:Luft=Schule` arrives as `all:Luft`.
    expect((await rawSearch('type=solr&query=all:Luft=Schule')).body.results).toBe(1);
    expect((await rawSearch('type=solr&query=all:Luft%3DSchule')).body.results).toBe(0);
  });

  it('loses the parameters after an empty value', async () => {
    const { body } = await rawSearch(`type=solr&query=${DATASETS}&sort=&limit=2`);
    expect(body.limit).toBe(50);
  });

  it('accepts sort with + for the space and rewrites title.xx to title_sort.xx', async () => {
    const { body } = await rawSearch(
      `type=solr&query=${DATASETS}&sort=title.de+asc,title.nolang+asc`,
    );
    const titles = body.resource.children.map((c) => value(c, P.title));
    expect(titles).toEqual([
      'Haushaltsplan des Freistaates',
      'Luftqualität im Messnetz Sachsen',
      'Schulen in Chemnitz',
      'Verkehrsmengen an Dauerzählstellen',
      // Harvested from Dresden's portal without language tags: only title.nolang, sorted last.
      'Straßenbaumkataster Dresden',
    ]);
  });
});

describe('EntryStore emulation: text search and sorting', () => {
  it('folds German spelling: Strasse finds Straße', async () => {
    const { body } = await search({ type: 'solr', query: `${DATASETS} AND title:Strasse*` });
    expect(body.results).toBe(1);
    expect(
      (await search({ type: 'solr', query: `${DATASETS} AND all:strassenbaumkataster` })).body
        .results,
    ).toBe(1);
  });

  it('keeps untagged literals out of title.de and in title.nolang', async () => {
    expect(
      (await search({ type: 'solr', query: 'title.de:Straßenbaumkataster' })).body.results,
    ).toBe(0);
    expect(
      (await search({ type: 'solr', query: 'title.nolang:Straßenbaumkataster' })).body.results,
    ).toBe(1);
    expect((await search({ type: 'solr', query: 'title.de:Schulen' })).body.results).toBe(1);
  });

  it('sorts by modified and created', async () => {
    const byModified = await search({ type: 'solr', query: DATASETS, sort: 'modified desc' });
    expect(byModified.body.resource.children.map((c) => value(c, P.identifier)?.slice(-1))).toEqual(
      ['2', '1', '3', '4', '5'],
    );
    const byCreated = await search({ type: 'solr', query: DATASETS, sort: 'created asc' });
    expect(byCreated.body.resource.children.map((c) => value(c, P.identifier)?.slice(-1))).toEqual([
      '5',
      '3',
      '2',
      '1',
      '4',
    ]);
  });

  it('ranks by matched text terms, then by modified (the default sort)', async () => {
    const { body } = await search({
      type: 'solr',
      query: `${DATASETS} AND (all:luft OR all:verkehr OR all:messnetz)`,
    });
    expect(body.resource.children.map((c) => value(c, P.identifier)?.slice(-1))).toEqual([
      '3',
      '2',
    ]);
  });

  it('filters on modified ranges', async () => {
    const { body } = await search({
      type: 'solr',
      query: `${DATASETS} AND modified:[2024-01-01T00:00:00Z TO *]`,
    });
    expect(body.results).toBe(2);
  });
});

describe('EntryStore emulation: entries, links and lookups', () => {
  it('returns children with ids, guest rights, RDF/JSON info and metadata', async () => {
    const { body } = await search({
      type: 'solr',
      query: `${DATASETS} AND title.de:Verkehrsmengen`,
    });
    const child = body.resource.children[0]!;
    expect(child.contextId).toBe('1');
    expect(child.entryId).toMatch(/^\d+$/);
    expect(child.rights).toEqual(['readmetadata', 'readresource']);
    expect(child.relations).toEqual({});
    const entry = `https://register.opendata.sachsen.de/store/1/entry/${child.entryId}`;
    const resource = `https://register.opendata.sachsen.de/store/1/resource/${child.entryId}`;
    expect(child.info[entry]![P.esResource]).toEqual([{ type: 'uri', value: resource }]);
    expect(child.info[entry]![P.esMetadata]).toEqual([
      {
        type: 'uri',
        value: `https://register.opendata.sachsen.de/store/1/metadata/${child.entryId}`,
      },
    ]);
    expect(child.info[entry]![P.modified]).toEqual([
      {
        type: 'literal',
        value: '2025-02-01T08:00:00.000Z',
        datatype: 'http://www.w3.org/2001/XMLSchema#dateTime',
      },
    ]);
    const graph = child.metadata[resource]!;
    expect(graph[P.title]).toEqual([
      { type: 'literal', value: 'Verkehrsmengen an Dauerzählstellen', lang: 'de' },
    ]);
    expect(graph[P.keyword]).toEqual([
      { type: 'literal', value: 'Verkehr', lang: 'de' },
      { type: 'literal', value: 'Zählstellen', lang: 'de' },
    ]);
    expect(graph[P.theme]).toEqual([{ type: 'uri', value: `${THEME}TRAN` }]);
    expect(graph[P.publisher]).toEqual([{ type: 'uri', value: publishers[0]!.uri }]);
    expect(graph[P.issued]![0]).toEqual({
      type: 'literal',
      value: '2020-01-15T09:00:00+01:00',
      datatype: 'http://www.w3.org/2001/XMLSchema#dateTime',
    });
    expect(graph[P.accrualPeriodicity]).toEqual([
      { type: 'uri', value: 'http://publications.europa.eu/resource/authority/frequency/ANNUAL' },
    ]);
    expect(graph[P.politicalGeocodingURI]).toEqual([
      { type: 'uri', value: 'http://dcat-ap.de/def/politicalGeocoding/stateKey/14' },
    ]);
    expect(graph[P.distribution]).toHaveLength(2);
    expect(graph[P.license]).toBeUndefined();
  });

  it('resolves distributions with resource:(… OR …)', async () => {
    const { body } = await search({
      type: 'solr',
      query: `${DATASETS} AND title.de:Verkehrsmengen`,
    });
    const links =
      body.resource.children[0]!.metadata[resourceOf(body.resource.children[0]!)]![P.distribution]!;
    const query = `resource:(${links.map((l) => esc(l.value)).join(' OR ')})`;
    const dists = await search({ type: 'solr', query, limit: 20 });
    expect(dists.body.results).toBe(2);
    const csv = dists.body.resource.children.find(
      (c) => value(c, P.title) === 'Verkehrsmengen (CSV)',
    )!;
    const graph = csv.metadata[resourceOf(csv)]!;
    expect(graph[P.type]).toEqual([
      { type: 'uri', value: 'http://www.w3.org/ns/dcat#Distribution' },
    ]);
    expect(graph[P.format]).toEqual([
      { type: 'uri', value: 'http://publications.europa.eu/resource/authority/file-type/CSV' },
    ]);
    expect(graph[P.mediaType]).toEqual([
      { type: 'uri', value: 'https://www.iana.org/assignments/media-types/text/csv' },
    ]);
    expect(graph[P.license]).toEqual([{ type: 'uri', value: CC_BY }]);
    expect(graph[P.accessURL]).toEqual([
      { type: 'uri', value: 'https://demo.saxon-ai.invalid/verkehr.csv' },
    ]);
    const xlsx = dists.body.resource.children.find(
      (c) => value(c, P.title) === 'Verkehrsmengen (XLSX)',
    )!;
    expect(xlsx.metadata[resourceOf(xlsx)]![P.license]).toEqual([{ type: 'uri', value: DL_BY }]); // inherited
    const bytes = await search({ type: 'solr', query: `title.nolang:"Bäume (CSV)"` });
    expect(value(bytes.body.resource.children[0]!, P.byteSize)).toBe('184320');
    expect(
      bytes.body.resource.children[0]!.metadata[resourceOf(bytes.body.resource.children[0]!)]![
        P.byteSize
      ]![0],
    ).toEqual({
      type: 'literal',
      value: '184320',
      datatype: 'http://www.w3.org/2001/XMLSchema#decimal',
    });
  });

  it('resolves publishers of every URI form with public:true AND resource:(…)', async () => {
    const uris = publishers.map((p) => p.uri);
    const { body } = await search({
      type: 'solr',
      query: `public:true AND resource:(${uris.map(esc).join(' OR ')})`,
      limit: 20,
    });
    expect(body.results).toBe(6);
    const names = body.resource.children.map((c) => value(c, P.name));
    expect(names).toEqual(expect.arrayContaining(publishers.map((p) => p.title)));
    const chemnitz = body.resource.children.find((c) => resourceOf(c) === publishers[2]!.uri)!;
    // A store-minted publisher URI is a Local entry with the id from its URI; the others are Links.
    expect(chemnitz.entryId).toBe('52');
    expect(Object.values(chemnitz.info)[0]![P.type]).toContainEqual({
      type: 'uri',
      value: 'http://entrystore.org/terms/Local',
    });
    const urn = body.resource.children.find((c) => resourceOf(c) === publishers[0]!.uri)!;
    expect(Object.values(urn.info)[0]![P.type]).toContainEqual({
      type: 'uri',
      value: 'http://entrystore.org/terms/Link',
    });
    const agents = await search({
      type: 'solr',
      query: 'public:true AND rdfType:http\\://xmlns.com/foaf/0.1/Agent AND title:*',
    });
    expect(agents.body.results).toBe(6);
  });

  it('searches the context by its resource URI', async () => {
    const { body } = await search({
      type: 'solr',
      query: `context:${esc('https://register.opendata.sachsen.de/store/1')}`,
      limit: 0,
    });
    expect(body.results).toBe(0);
    const count = await search({
      type: 'solr',
      query: `context:${esc('https://register.opendata.sachsen.de/store/1')}`,
      limit: 1,
    });
    expect(count.body.results).toBe(5 + 7 + 6); // datasets, distributions, publishers
  });

  it('keeps entry ids stable across restarts', () => {
    const ids = (store: DemoStore) =>
      buildCatalog(store).entries.map((e) => `${e.entryId} ${e.resourceUri}`);
    expect(ids(handMadeStore)).toEqual(ids({ ...handMadeStore, datasets: [...datasets] }));
    // Adding a dataset does not renumber the others.
    const more = ids({
      ...handMadeStore,
      datasets: [...datasets, { ...datasets[0]!, id: 'another', distributions: [] }],
    });
    expect(more).toEqual(expect.arrayContaining(ids(handMadeStore)));
  });
});

describe('EntryStore emulation: metadata and entry resources', () => {
  async function datasetEntry(title: string) {
    const { body } = await search({ type: 'solr', query: `${DATASETS} AND title:"${title}"` });
    return body.resource.children[0]!;
  }

  it('serves the metadata graph as RDF/JSON with format=application/json or Accept', async () => {
    const child = await datasetEntry('Schulen in Chemnitz');
    const byFormat = await raw(`/1/metadata/${child.entryId}?format=application/json`);
    expect(byFormat.status).toBe(200);
    expect(byFormat.type).toMatch(/^application\/json/);
    expect(JSON.parse(byFormat.text)).toEqual(child.metadata);
    const byAccept = await raw(`/1/metadata/${child.entryId}`, {
      headers: { accept: 'application/json' },
    });
    expect(JSON.parse(byAccept.text)).toEqual(child.metadata);
    // The contact point is a blank node of the dataset graph.
    const graph = child.metadata;
    const contact = graph[resourceOf(child)]![P.contactPoint]![0]!;
    expect(contact.type).toBe('bnode');
    expect(graph[contact.value]![P.fn]).toEqual([
      { type: 'literal', value: 'Schulverwaltungsamt' },
    ]);
  });

  it('answers RDF/XML when JSON is not asked for', async () => {
    const child = await datasetEntry('Schulen in Chemnitz');
    const xml = await raw(`/1/metadata/${child.entryId}`);
    expect(xml.status).toBe(200);
    expect(xml.type).toMatch(/^application\/rdf\+xml/);
    expect(xml.text).toContain(`rdf:about="${resourceOf(child)}"`);
    expect(xml.text).toContain('>Schulen in Chemnitz</');
  });

  it('follows recursive=dcat:distribution into the distributions’ graphs', async () => {
    const child = await datasetEntry('Straßenbaumkataster Dresden');
    const { text } = await raw(
      `/1/metadata/${child.entryId}?recursive=dcat:distribution&format=application/json`,
    );
    const graph = JSON.parse(text) as RdfJsonGraph;
    const links = graph[resourceOf(child)]![P.distribution]!.map((l) => l.value);
    expect(links).toHaveLength(2);
    for (const link of links)
      expect(graph[link]![P.type]).toEqual([
        { type: 'uri', value: 'http://www.w3.org/ns/dcat#Distribution' },
      ]);
  });

  it('serves a publisher minted by the store under its own entry id', async () => {
    const { status, text } = await raw('/1/metadata/52?format=application/json');
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      'https://register.opendata.sachsen.de/store/1/resource/52': {
        'http://www.w3.org/1999/02/22-rdf-syntax-ns#type': [
          { type: 'uri', value: 'http://xmlns.com/foaf/0.1/Agent' },
        ],
        'http://xmlns.com/foaf/0.1/name': [{ type: 'literal', value: 'Stadt Chemnitz' }],
      },
    });
  });

  it('serves the entry: info only, and metadata, relations and rights with includeAll', async () => {
    const child = await datasetEntry('Schulen in Chemnitz');
    const plain = JSON.parse((await raw(`/1/entry/${child.entryId}?format=application/json`)).text);
    expect(plain).toEqual({ entryId: child.entryId, info: child.info });
    const all = JSON.parse(
      (await raw(`/1/entry/${child.entryId}?format=application/json&includeAll`)).text,
    );
    expect(all).toEqual({
      entryId: child.entryId,
      info: child.info,
      metadata: child.metadata,
      relations: {},
      rights: child.rights,
    });
  });

  it.each([
    '/1/metadata/999999999?format=application/json',
    '/7/metadata/52?format=application/json',
    '/1/entry/nope',
    '/1/unknown',
  ])('answers %s with 404 Entry not found', async (path) => {
    const { status, text } = await raw(path);
    expect(status).toBe(404);
    expect(JSON.parse(text)).toEqual({ error: 'Entry not found' });
  });
});

describe('EntryStore emulation over the demo data, mounted in the demo API', () => {
  const app = createDemoApi();
  const store = createStore();
  const get = async (path: string) => {
    const response = await app.request(`http://localhost/entrystore/store${path}`);
    return { status: response.status, body: (await response.json()) as SearchBody };
  };

  it('counts every demo dataset with the Saxon count query', async () => {
    const { status, body } = await get(
      `/search?${encode({ type: 'solr', query: COUNT_QUERY, limit: 1 })}`,
    );
    expect(status).toBe(200);
    expect(body.results).toBe(store.datasets.length);
  });

  it('gives facet counts that add up to the datasets', async () => {
    const { body } = await get(
      `/search?type=solr&query=${encodeURIComponent(COUNT_QUERY)}&limit=0&facetFields=${UI_FACETS}`,
    );
    expect(body.results).toBe(0);
    expect(sum(facet(body, 'metadata.predicate.uri.9259d4c1'))).toBe(store.datasets.length);
    expect(sum(facet(body, 'metadata.predicate.uri.0ce6b231'))).toBe(
      store.datasets.reduce((n, d) => n + d.themes.length, 0),
    );
    const formats = facet(body, 'metadata.predicate.literal_s.b5d28d0a');
    expect(sum(formats)).toBe(
      store.datasets.reduce((n, d) => n + new Set(d.distributions.map((x) => x.format)).size, 0),
    );
  });

  it('finds Straßenverzeichnis and Strassenverzeichnis alike', async () => {
    const query = (t: string) =>
      encode({
        type: 'solr',
        query: `${DATASETS} AND (title.de:${t}* OR title.nolang:${t}*)`,
        limit: 10,
      });
    const a = await get(`/search?${query('Strassenverzeichnis')}`);
    const b = await get(`/search?${query('Straßenverzeichnis')}`);
    expect(a.body.results).toBeGreaterThanOrEqual(2);
    expect(b.body.results).toBe(a.body.results);
  });

  it('uses the CKAN package id as dcterms:identifier for every dataset', async () => {
    const d = store.datasets[7]!;
    const { body } = await get(
      `/search?${encode({ type: 'solr', query: `metadata.predicate.literal_s.9e8fc937:${d.id}` })}`,
    );
    expect(body.results).toBe(1);
    expect(value(body.resource.children[0]!, P.title)).toBe(d.title);
  });

  it('pages through all datasets sorted by title without gaps or repeats', async () => {
    const seen = new Set<string>();
    for (let offset = 0; offset < store.datasets.length; offset += 100) {
      const { body } = await get(
        `/search?type=solr&query=${encodeURIComponent(DATASETS)}&limit=100&offset=${offset}&sort=title.de+asc,title.nolang+asc`,
      );
      for (const child of body.resource.children) seen.add(child.entryId);
    }
    expect(seen.size).toBe(store.datasets.length);
  });
});

describe('EntryStore emulation with hostile and synthetic data', () => {
  it('still counts, resolves and serialises hostile records', { timeout: 30_000 }, async () => {
    const app = createDemoApi({ hostile: true, synthetic: { datasets: 300 } });
    const store = createStore({ hostile: true, synthetic: { datasets: 300 } });
    const response = await app.request(
      `http://localhost/entrystore/store/search?${encode({ type: 'solr', query: COUNT_QUERY, limit: 100, sort: 'title.de asc' })}`,
    );
    const body = (await response.json()) as SearchBody;
    expect(body.results).toBe(store.datasets.length);
    for (const child of body.resource.children) {
      const xml = await app.request(
        `http://localhost/entrystore/store/1/metadata/${child.entryId}`,
      );
      const text = await xml.text();
      expect(xml.status).toBe(200);
      expect(text).not.toMatch(/<script/i);
    }
  });
});
