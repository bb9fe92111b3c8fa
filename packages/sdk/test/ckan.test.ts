import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createCkanClient,
  extraValues,
  parseCkanPackage,
  unwrapCkanEnvelope,
} from '../src/open-data/ckan/index.js';
import { ckanPackageSchema } from '../src/open-data/ckan/schemas.js';
import { normalizeLicenseUri } from '../src/open-data/vocabulary.js';
import { NotFoundError, PortalError, RateLimitError, ServerError } from '../src/index.js';
import { startTestServer } from './demo-server.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/ckan/${name}`, import.meta.url), 'utf8')) as unknown;

describe('real GovData recordings', () => {
  const result = unwrapCkanEnvelope(fixture('govdata-package_show.json'), 'fixture', 'de');
  const pkg = ckanPackageSchema.parse(result);
  const dataset = parseCkanPackage(pkg, { portal: 'govdata', language: 'de' });

  it('takes the licence from the resource when the dataset has none', () => {
    expect(pkg.license_id).toBe('');
    expect(dataset.license).toEqual({
      uri: 'http://dcat-ap.de/def/licenses/cc-by/4.0',
      title: 'Creative Commons Namensnennung 4.0 International (CC BY 4.0)',
    });
    expect(dataset.distributions[0]?.license?.uri).toBe('http://dcat-ap.de/def/licenses/cc-by/4.0');
  });

  it('decodes JSON arrays inside extras strings: contributor and themes', () => {
    expect(extraValues(pkg, 'contributorID')).toEqual([
      'http://dcat-ap.de/def/contributors/datenBW',
    ]);
    expect(dataset.themes).toEqual(['SOCI']);
  });

  it('reads naive timestamps by the stated rule and emits ISO 8601 with offset', () => {
    // Harvested DCAT extras without zone are Berlin local time (summer: +02:00).
    expect(dataset.issued).toBe('2023-06-22T07:58:34+02:00');
    expect(dataset.modified).toBe('2024-07-19T08:39:49+02:00');
    expect(dataset.distributions[0]?.modified).toBe('2023-06-26T06:28:32+02:00');
  });

  it('never turns a non-URL `url` into a landing page, and keeps text as text', () => {
    expect(pkg.url).toBe('Einwohnerstatistik');
    expect(dataset.landingPage).toBeUndefined();
    expect(dataset.uri).toBe(
      'https://opendata.stuttgart.de/dataset/85a06c70-d65e-46fd-861b-2de52c008579',
    );
    expect(dataset).toMatchObject({
      id: '2c2694be-eee2-4bb7-a3c5-44445e1d778c',
      portal: 'govdata',
      title: 'Einwohner nach Altersgruppen und Stadtbezirken',
      keywords: pkg.tags!.map((t) => t.name),
      publisher: {
        name: 'Statistisches Amt der Landeshauptstadt Stuttgart',
        uri: 'https://opendata.stuttgart.de/organization/cff29f70-5b6d-4fb9-aa8f-0f1ae66634e8',
      },
      contact: {
        name: 'Statistisches Amt der Landeshauptstadt Stuttgart',
        email: 'Poststelle.12-opendata@stuttgart.de',
      },
    });
    const distribution = dataset.distributions[0]!;
    expect(distribution).toMatchObject({ format: 'CSV', mediaType: 'text/csv', byteSize: 1219018 });
    expect(distribution.accessUrl).toMatch(/^https:\/\/opendata\.stuttgart\.de\/.+\.csv$/);
  });

  it('parses the result alike with or without the envelope', () => {
    const bare = parseCkanPackage(ckanPackageSchema.parse(result), {
      portal: 'govdata',
      language: 'de',
    });
    expect(bare).toEqual(dataset);
  });

  it('maps old and current licence URIs of the licence list onto one spelling', () => {
    const ids = (
      unwrapCkanEnvelope(fixture('govdata-license_list.json'), 'fixture', 'de') as { id: string }[]
    ).map((l) => l.id);
    expect(normalizeLicenseUri('http://dcat-ap.de/def/licenses/dl-by-de/2_0')).toBe(
      'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
    );
    expect(ids).toContain('http://dcat-ap.de/def/licenses/dl-by-de/2_0');
    expect(ids.map(normalizeLicenseUri).every((uri) => !/\d_\d/.test(uri))).toBe(true);
  });

  it('reports `success: false` as a PortalError with the field errors', () => {
    const envelope = {
      help: 'x',
      success: false,
      error: { __type: 'Validation Error', rows: ['Must be a natural number'] },
    };
    expect(() => unwrapCkanEnvelope(envelope, 'u', 'en')).toThrow(PortalError);
    try {
      unwrapCkanEnvelope(envelope, 'u', 'en');
    } catch (error) {
      expect(error).toMatchObject({
        portalType: 'Validation Error',
        fieldErrors: { rows: ['Must be a natural number'] },
      });
    }
  });
});

describe('CKAN adapter against the demo API', () => {
  let demo: Awaited<ReturnType<typeof startTestServer>>;
  let ckan: ReturnType<typeof createCkanClient>;
  beforeAll(async () => {
    demo = await startTestServer();
    ckan = createCkanClient({ type: 'ckan', baseUrl: `${demo.url}/ckan`, id: 'demo' });
  });
  afterAll(() => demo.close());
  afterEach(() => demo.clearFaults());

  it('searches with text and returns the model with all five facets', async () => {
    const page = await ckan.search({ text: 'Schule' });
    expect(page.total).toBeGreaterThan(5);
    expect(page.items).toHaveLength(20);
    expect(page.items[0]).toMatchObject({
      portal: 'demo',
      id: expect.any(String),
      title: expect.any(String),
    });
    for (const name of ['publisher', 'theme', 'format', 'license', 'keyword'] as const) {
      expect(page.facets[name].length, name).toBeGreaterThan(0);
    }
    const publishers = page.facets.publisher.reduce((sum, f) => sum + f.count, 0);
    expect(publishers).toBe(page.total);
    expect(page.facets.theme.find((f) => f.value === 'EDUC')?.label).toBe(
      'Bildung, Kultur und Sport',
    );
  });

  it('filters by theme, format, publisher, licence and keyword (values from the facets)', async () => {
    const all = await ckan.search({ limit: 1 });
    for (const name of ['theme', 'format', 'publisher', 'license', 'keyword'] as const) {
      const facet = all.facets[name][0]!;
      const page = await ckan.search({ [name]: [facet.value], limit: 1 });
      expect(page.total, `${name}=${facet.value}`).toBe(facet.count);
    }
    const two = await ckan.search({ theme: ['TRAN', 'ENVI'], limit: 1 });
    const tran = all.facets.theme.find((f) => f.value === 'TRAN')!.count;
    expect(two.total).toBeGreaterThanOrEqual(tran);
  });

  it('sorts by title and by modification date', async () => {
    const byTitle = await ckan.search({ sort: 'title', limit: 30 });
    const titles = byTitle.items.map((d) => d.title.toLocaleLowerCase('de'));
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'de')));
    const byDate = await ckan.search({ sort: 'modified', limit: 30 });
    const dates = byDate.items.map((d) => Date.parse(d.modified!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('pages through everything with searchAll', async () => {
    const total = (await ckan.search({ text: 'Verkehr', limit: 1 })).total;
    const ids: string[] = [];
    for await (const dataset of ckan.searchAll({ text: 'Verkehr', limit: 7 })) ids.push(dataset.id);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(total).toBeGreaterThan(14);
  });

  it('reads one dataset, 404s as NotFoundError, and turns CKAN errors into PortalError', async () => {
    const first = (await ckan.search({ limit: 1 })).items[0]!;
    expect(await ckan.dataset(first.id)).toEqual(first);
    await expect(ckan.dataset('does-not-exist')).rejects.toBeInstanceOf(NotFoundError);
    const invalid = await ckan.dataset('').catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(PortalError);
    expect(invalid).toMatchObject({
      portalType: 'Validation Error',
      fieldErrors: { name_or_id: ['Missing value'] },
    });
  });

  it('normalises the quirky demo records like the real ones', async () => {
    const quirky: string[] = [];
    for await (const dataset of ckan.searchAll()) {
      expect(dataset.landingPage === undefined || /^https?:\/\//.test(dataset.landingPage)).toBe(
        true,
      );
      expect(dataset.modified).toMatch(/[+-]\d{2}:\d{2}$/);
      if (!dataset.license) quirky.push(dataset.id);
    }
    expect(quirky).toEqual([]);
  });

  it('gives English labels when asked', async () => {
    const en = createCkanClient({ type: 'ckan', baseUrl: `${demo.url}/ckan`, language: 'en' });
    const page = await en.search({ limit: 1 });
    expect(page.facets.theme.find((f) => f.value === 'TRAN')?.label).toBe('Transport');
    expect(
      page.facets.license.find((f) => f.value === 'http://dcat-ap.de/def/licenses/dl-by-de/2.0')
        ?.label,
    ).toBe('Data licence Germany – attribution – version 2.0');
  });

  it('keeps a 429 a RateLimitError, not a portal error, with its Retry-After', async () => {
    await demo.setFaults([
      { path: '/ckan/api/3/action/package_search', status: 429, retryAfter: 600 },
    ]);
    const error = await ckan.search().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfter: 600 });
  });

  it('retries a 503 and maps a persistent one to ServerError', async () => {
    await demo.setFaults([{ path: '/ckan/api/3/action/package_search', status: 503, times: 1 }]);
    expect((await ckan.search({ limit: 1 })).total).toBeGreaterThan(0);
    await demo.setFaults([{ path: '/ckan/api/3/action/package_search', status: 503 }]);
    const noRetry = createCkanClient({ type: 'ckan', baseUrl: `${demo.url}/ckan`, retry: 0 });
    await expect(noRetry.search()).rejects.toBeInstanceOf(ServerError);
  });
});
