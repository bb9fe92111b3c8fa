import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, PortalError, ServerError } from '../src/index.js';
import type { OpenDataClientOptions } from '../src/open-data/adapter.js';
import { createEntryStoreClient } from '../src/open-data/entrystore/index.js';
import type { Dataset, SearchQuery } from '../src/open-data/model.js';
import { normalizeLicenseUri } from '../src/open-data/vocabulary.js';
import { startTestServer } from './demo-server.js';

let demo: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  demo = await startTestServer();
});
afterAll(() => demo.close());
afterEach(async () => {
  await demo.clearFaults();
});

const SEARCH = '/entrystore/store/search';
const client = (options: Partial<OpenDataClientOptions> = {}) =>
  createEntryStoreClient({
    type: 'entrystore',
    baseUrl: `${demo.url}/entrystore/store`,
    id: 'sachsen',
    retry: { limit: 2, backoffLimit: 50 },
    ...options,
  });
const mentions = (d: Dataset, word: RegExp) =>
  word.test(d.title) || word.test(d.description ?? '') || d.keywords.some((k) => word.test(k));
const ids = (items: readonly Dataset[]) => items.map((d) => d.id).sort();
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

describe('search', () => {
  it('finds datasets by text and maps them with distributions and publishers', async () => {
    const page = await client().search({ text: 'Verkehr' });
    expect(page).toMatchObject({ total: 61, offset: 0, limit: 20 });
    expect(page.items).toHaveLength(20);
    expect(page.items.every((d) => mentions(d, /verkehr/i))).toBe(true);
    for (const d of page.items) {
      expect(d).toMatchObject({ portal: 'sachsen', uri: expect.stringMatching(/^https:\/\//) });
      expect(d.publisher?.name).not.toMatch(/^(urn:|https?:)/);
      expect(d.modified).toMatch(ISO);
      expect(d.license?.uri).toMatch(/^http:\/\/dcat-ap\.de\/def\/licenses\//);
      expect(d.distributions.length).toBeGreaterThan(0);
      for (const x of d.distributions) {
        expect(x.format).toBeTruthy();
        expect(x.accessUrl?.startsWith(`${demo.url}/demo/`)).toBe(true);
      }
    }
    const chemnitz = page.items.find((d) => d.title.includes('Chemnitz') && d.contact);
    expect(chemnitz).toMatchObject({
      themes: ['TRAN'],
      spatial: expect.stringContaining('politicalGeocoding'),
      contact: { name: expect.any(String), email: expect.stringContaining('@') },
      distributions: expect.arrayContaining([
        expect.objectContaining({
          format: 'JSON',
          mediaType: 'application/json',
          byteSize: expect.any(Number),
        }),
      ]),
    });
  });

  it('sends the query in the shape EntryStore parses', async () => {
    await demo.clearRequests();
    await client().search({
      text: 'Straße',
      theme: ['TRAN'],
      sort: 'title',
      facets: ['theme', 'format'],
    });
    const [first] = await demo.requests(SEARCH);
    const query = first!.url.slice(first!.url.indexOf('?') + 1).split('&');
    expect(query).toEqual([
      'type=solr',
      `query=${encodeURIComponent(
        'public:true AND rdfType:http\\:\\/\\/www.w3.org\\/ns\\/dcat#Dataset AND ' +
          '(title:straße* OR description:straße* OR tag.literal:straße*) AND ' +
          'metadata.predicate.uri.0ce6b231:(http\\:\\/\\/publications.europa.eu\\/resource\\/authority\\/data\\-theme\\/TRAN)',
      )}`,
      'limit=20',
      'offset=0',
      'sort=title.de%20asc,title.nolang%20asc',
      'facetFields=metadata.predicate.uri.0ce6b231,metadata.predicate.literal_s.b5d28d0a',
      'facetLimit=20',
    ]);
    expect(first!.url).not.toContain('filterQuery');
  });

  it('filters by theme, publisher, format, licence and keyword; values of one filter are ORed', async () => {
    const { facets } = await client().search({ limit: 1 });
    const pick = (name: keyof typeof facets, i = 0) => facets[name][i]!;
    const cases: [SearchQuery, (d: Dataset) => boolean, number][] = [
      [
        { theme: [pick('theme').value] },
        (d) => d.themes.includes(pick('theme').value as never),
        pick('theme').count,
      ],
      [
        { publisher: [pick('publisher').value] },
        (d) => d.publisher?.uri === pick('publisher').value,
        pick('publisher').count,
      ],
      [
        { format: ['GeoJSON'] },
        (d) => d.distributions.some((x) => x.format === 'GeoJSON'),
        facets.format.find((f) => f.value === 'GeoJSON')!.count,
      ],
      [
        { license: [pick('license', 1).value] },
        (d) => d.license?.uri === normalizeLicenseUri(pick('license', 1).value),
        pick('license', 1).count,
      ],
      [{ keyword: ['C++'] }, (d) => d.keywords.includes('C++'), 1],
      [
        { keyword: ['Schuljahr 2025/26'], publisher: ['https://www.leipzig.de/'] },
        (d) => d.keywords.includes('Schuljahr 2025/26'),
        1,
      ],
    ];
    for (const [query, holds, count] of cases) {
      const page = await client().search({ ...query, limit: 100, facets: [] });
      expect(page.total, JSON.stringify(query)).toBe(count);
      expect(page.items.every(holds), JSON.stringify(query)).toBe(true);
    }
    const both = await client().search({ theme: ['TRAN', 'EDUC'], facets: ['theme'] });
    const count = (code: string) => facets.theme.find((f) => f.value === code)!.count;
    expect(both.total).toBeGreaterThan(Math.max(count('TRAN'), count('EDUC')));
    expect(both.total).toBeLessThanOrEqual(count('TRAN') + count('EDUC'));
  });

  it('sorts by title (the portal order: German titles A–Z) and by modification date', async () => {
    const titles = (await client().search({ sort: 'title', limit: 100 })).items.map((d) => d.title);
    expect(titles).toEqual([...titles].sort(collator.compare));
    const modified = (await client().search({ sort: 'modified', limit: 50 })).items.map((d) =>
      Date.parse(d.modified!),
    );
    expect(modified).toEqual([...modified].sort((a, b) => b - a));
  });

  it('pages through every hit with searchAll', async () => {
    await demo.clearRequests();
    const seen: Dataset[] = [];
    for await (const d of client().searchAll({ text: 'Verkehr', limit: 20 })) seen.push(d);
    expect(seen).toHaveLength(61);
    expect(new Set(ids(seen)).size).toBe(61);
    const pages = (await demo.requests(SEARCH)).filter((r) => r.url.includes('rdfType'));
    expect(pages.map((r) => /offset=(\d+)/.exec(r.url)?.[1])).toEqual(['0', '20', '40', '60']);
  });

  it('labels facets in the client language', async () => {
    const de = await client().search({ limit: 1 });
    const en = await client({ language: 'en' }).search({ limit: 1 });
    expect(de.facets.theme.find((f) => f.value === 'TRAN')?.label).toBe('Verkehr');
    expect(en.facets.theme.find((f) => f.value === 'TRAN')?.label).toBe('Transport');
    expect(de.facets.license[0]?.label).toMatch(/^Datenlizenz Deutschland/);
    expect(en.facets.license[0]?.label).toMatch(/^Data licence Germany/);
    expect(de.facets.publisher.map((f) => f.label)).toContain('Landeshauptstadt Dresden');
    expect(de.facets.publisher.every((f) => !/^(urn:|https?:)/.test(f.label))).toBe(true);
    expect(de.facets.format.find((f) => f.value === 'GeoJSON')).toMatchObject({ label: 'GeoJSON' });
    expect(de.facets.keyword[0]).toEqual({ value: 'Verkehr', label: 'Verkehr', count: 54 });
  });

  it('never trusts results of an empty page: limit 0 and an offset past the end', async () => {
    await demo.clearRequests();
    const counted = await client().search({ text: 'Schule', limit: 0 });
    expect(counted).toMatchObject({ total: expect.any(Number), limit: 0, items: [] });
    expect(counted.total).toBeGreaterThan(20);
    expect(counted.facets.theme.length).toBeGreaterThan(0);
    const past = await client().search({ text: 'Schule', offset: 5000, facets: [] });
    expect(past).toMatchObject({ total: counted.total, offset: 5000, items: [] });
    const urls = (await demo.requests(SEARCH)).map((r) => r.url);
    expect(urls.some((url) => url.includes('limit=0'))).toBe(false);
  });

  it('costs one search plus one look-up per 20 linked resources', async () => {
    const od = client();
    await demo.clearRequests();
    const first = await od.search({});
    expect(first.items).toHaveLength(20);
    expect(first.items.every((d) => d.distributions.length > 0 && d.publisher?.name)).toBe(true);
    expect(await demo.requests(SEARCH)).toHaveLength(4);
    await demo.clearRequests();
    await od.search({ offset: 20 }); // publisher names are cached now
    expect((await demo.requests(SEARCH)).length).toBeLessThanOrEqual(3);
  });
});

describe('dataset', () => {
  it('reads one dataset by dcterms:identifier and by context/entry', async () => {
    const [hit] = (await client().search({ text: 'Blaues Wunder', limit: 1 })).items;
    expect(hit!.id).toBe('d3954492-4545-8e13-9dcf-24511c9c9055');
    expect(await client().dataset(hit!.id)).toEqual(hit);
    const entry = /\/store\/(\d+)\/resource\/(\d+)$/.exec(hit!.uri!)!;
    await demo.clearRequests();
    expect(await client().dataset(`${entry[1]}/${entry[2]}`)).toEqual(hit);
    expect(await demo.requests(`/entrystore/store/${entry[1]}/entry/${entry[2]}`)).toHaveLength(1);
  });

  it('rejects unknown ids with NotFoundError in the client language', async () => {
    for (const id of ['no-such-dataset', '1/999999999', 'a "quoted" id: (x)']) {
      const error = await client({ language: 'en' })
        .dataset(id)
        .catch((e: unknown) => e);
      expect(error, id).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ status: 404, message: expect.stringMatching(/^Not found/) });
    }
  });
});

describe('text is text', () => {
  it('escapes Solr syntax, keeps umlauts and drops emoji', async () => {
    const special = ': ( ) " + - && || ! { } [ ] ^ ~ * ? \\ / Verkehr';
    const page = await client().search({ text: special, limit: 100 });
    expect(page.total).toBe((await client().search({ text: 'Verkehr' })).total);

    const plain = await client().search({ text: 'Verkehr 2024', limit: 100 });
    const punctuated = await client().search({ text: 'Verkehr (2024)', limit: 100 });
    expect(plain.total).toBeGreaterThan(0);
    expect(ids(punctuated.items)).toEqual(ids(plain.items));

    const umlaut = await client().search({ text: 'Straßenverzeichnis 🚲', limit: 100 });
    expect(umlaut.items.map((d) => d.title)).toContain('Straßenverzeichnis Görlitz');
    const plus = await client().search({ text: 'Einwohner 65+', limit: 100 });
    expect(plus.items.map((d) => d.title)).toContain('Einwohner 65+ nach Stadtteilen 2024');
  });
});

describe('errors', () => {
  it('turns a 400 into a PortalError with the server message', async () => {
    await demo.setFaults([{ path: SEARCH, status: 400, times: 1 }]);
    const error = await client()
      .search({ text: 'Verkehr' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalError);
    expect(error).toMatchObject({ portalType: 'EntryStore', status: 400 });
    expect((error as PortalError).message).toMatch(
      /^Das Portal meldet einen Fehler: EntryStore – /,
    );
    expect((error as PortalError).cause).toBeDefined();
  });

  it('retries a 503 and then succeeds', async () => {
    await demo.setFaults([{ path: SEARCH, status: 503, times: 1 }]);
    await demo.clearRequests();
    const page = await client().search({ text: 'Verkehr', facets: [] });
    expect(page.total).toBe(61);
    const pages = (await demo.requests(SEARCH)).filter((r) => r.url.includes('rdfType'));
    expect(pages).toHaveLength(2);
  });

  it('keeps a 500 with a malformed body a ServerError', async () => {
    await demo.setFaults([{ path: SEARCH, status: 500, body: 'malformed-json' }]);
    const error = await client({ retry: 0 })
      .search()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
  });
});
