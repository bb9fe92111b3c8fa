import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenDataClient, portals, type OpenDataClient } from '../src/index.js';
import { startTestServer } from './demo-server.js';

/**
 * Place, time and the expert links through both adapters over real HTTP against the demo API.
 * Expected sets come from the demo's source records (data/datasets.json), read here by rules
 * written out in this file, not by the SDK's own functions.
 */
interface SourceRecord {
  id: string;
  title: string;
  issued: string;
  modified: string;
  regions?: string[];
  temporal?: { start: string; end?: string };
}
const records = JSON.parse(
  readFileSync(new URL('../../demo-api/data/datasets.json', import.meta.url), 'utf8'),
) as SourceRecord[];

let demo: Awaited<ReturnType<typeof startTestServer>>;
let ckan: OpenDataClient;
let entrystore: OpenDataClient;
beforeAll(async () => {
  demo = await startTestServer();
  ckan = createOpenDataClient({ type: 'ckan', baseUrl: `${demo.url}/ckan` });
  entrystore = createOpenDataClient({
    ...portals.sachsen,
    baseUrl: `${demo.url}/entrystore/store`,
  });
});
afterAll(() => demo.close());

const clients = () =>
  [
    ['CKAN', ckan],
    ['EntryStore', entrystore],
  ] as const;

async function idsOf(client: OpenDataClient, query: Parameters<OpenDataClient['search']>[0]) {
  const ids: string[] = [];
  for await (const dataset of client.searchAll({ ...query, limit: 100 })) ids.push(dataset.id);
  return ids.sort();
}

/** The AGS at the end of a geocoding URI (`…/districtKey/14612` → `14612`). */
const agsOf = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

/** The Berlin calendar day of an ISO timestamp with offset. */
const berlinDay = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(iso));

const expectedIds = (keep: (record: SourceRecord) => boolean) =>
  records
    .filter(keep)
    .map((r) => r.id)
    .sort();

describe('region filter and facet', () => {
  it.each([
    // Kreis: its own key and its Gemeinden (Dresden is coded both ways in the demo data)
    ['14612', (ags: string) => ags === '14612' || ags.startsWith('14612')],
    ['14627', (ags: string) => ags.startsWith('14627')],
    // Gemeinde: its key only
    ['14713000', (ags: string) => ags === '14713000'],
    // Land: state-wide datasets only
    ['14', (ags: string) => ags === '14'],
  ])(
    'region %s gives the same datasets as the records say, on both portals',
    { timeout: 60_000 },
    async (ags, matches) => {
      const expected = expectedIds((r) => (r.regions ?? []).some((uri) => matches(agsOf(uri))));
      expect(expected.length).toBeGreaterThan(0);
      for (const [name, client] of clients())
        expect(await idsOf(client, { region: [ags] }), name).toEqual(expected);
    },
  );

  it('ORs several regions', { timeout: 60_000 }, async () => {
    const expected = expectedIds((r) =>
      (r.regions ?? []).some((uri) => ['14625', '14626'].includes(agsOf(uri).slice(0, 5))),
    );
    for (const [name, client] of clients())
      expect(await idsOf(client, { region: ['14625', '14626'] }), name).toEqual(expected);
  });

  it(
    'counts every Kreis and Sachsen in the facet, Gemeinden under their Kreis, as the filter finds them',
    { timeout: 60_000 },
    async () => {
      const expectedCounts: Record<string, number> = {};
      for (const record of records) {
        const keys = new Set((record.regions ?? []).map((uri) => agsOf(uri).slice(0, 5)));
        for (const key of keys) expectedCounts[key] = (expectedCounts[key] ?? 0) + 1;
      }
      // 13 Kreise and the Land
      expect(Object.keys(expectedCounts)).toHaveLength(14);
      for (const [name, client] of clients()) {
        const { facets } = await client.search({ limit: 0, facets: ['region'], facetLimit: 200 });
        const counts = Object.fromEntries(facets.region.map((f) => [f.value, f.count]));
        expect(counts, name).toEqual(expectedCounts);
        expect(facets.region.find((f) => f.value === '14612')?.label, name).toBe('Dresden');
        expect(facets.region.find((f) => f.value === '14729')?.label, name).toBe(
          'Landkreis Leipzig',
        );
        expect(facets.region.find((f) => f.value === '14')?.label, name).toBe('Sachsen');
      }
    },
  );

  it('rejects a value that is no AGS with a TypeError before any request', async () => {
    await demo.clearRequests();
    for (const [, client] of clients())
      await expect(client.search({ region: ['Dresden'] })).rejects.toThrow(TypeError);
    expect(await demo.requests('/ckan/api')).toEqual([]);
    expect(await demo.requests('/entrystore/store/search')).toEqual([]);
  });
});

describe('time filters', () => {
  it('modified: a range of Berlin days, inclusive at both ends', { timeout: 60_000 }, async () => {
    const expected = expectedIds((r) => {
      const day = berlinDay(r.modified);
      return day >= '2026-10-01' && day <= '2026-10-15';
    });
    expect(expected.length).toBeGreaterThan(0);
    for (const [name, client] of clients())
      expect(
        await idsOf(client, { modified: { from: '2026-10-01', to: '2026-10-15' } }),
        name,
      ).toEqual(expected);
  });

  it('issued: an open range (up to a day)', { timeout: 60_000 }, async () => {
    const expected = expectedIds((r) => berlinDay(r.issued) <= '2019-06-30');
    expect(expected.length).toBeGreaterThan(0);
    for (const [name, client] of clients())
      expect(await idsOf(client, { issued: { to: '2019-06-30' } }), name).toEqual(expected);
  });

  it(
    'temporal: coverage overlapping the range, running coverage included',
    { timeout: 60_000 },
    async () => {
      const expected = expectedIds(
        (r) =>
          !!r.temporal &&
          r.temporal.start <= '2023-12-31' &&
          (r.temporal.end === undefined || r.temporal.end >= '2023-01-01'),
      );
      // yearly data of 2023 and continuous series
      expect(expected.length).toBeGreaterThan(10);
      for (const [name, client] of clients())
        expect(
          await idsOf(client, { temporal: { from: '2023-01-01', to: '2023-12-31' } }),
          name,
        ).toEqual(expected);
    },
  );

  it('combines place and time', { timeout: 60_000 }, async () => {
    const expected = expectedIds(
      (r) =>
        (r.regions ?? []).some((uri) => agsOf(uri).startsWith('14713')) &&
        !!r.temporal &&
        r.temporal.start <= '2024-12-31' &&
        (r.temporal.end === undefined || r.temporal.end >= '2024-01-01'),
    );
    expect(expected.length).toBeGreaterThan(0);
    const query = { region: ['14713'], temporal: { from: '2024-01-01', to: '2024-12-31' } };
    for (const [name, client] of clients())
      expect(await idsOf(client, query), name).toEqual(expected);
  });

  it('rejects a bound that is no date with a TypeError', async () => {
    for (const [, client] of clients())
      await expect(client.search({ modified: { from: 'letzte Woche' } })).rejects.toThrow(
        TypeError,
      );
  });
});

describe('model mapping of place and time from the demo portals', () => {
  it(
    'reads regions and coverage of a multi-Kreis dataset alike through both adapters',
    { timeout: 60_000 },
    async () => {
      const mulde = records.find((r) => r.title.startsWith('Wasserqualität der Mulde'))!;
      for (const [name, client] of clients()) {
        const dataset = await client.dataset(mulde.id);
        expect(dataset.regions, name).toEqual([
          {
            uri: 'http://dcat-ap.de/def/politicalGeocoding/districtKey/14522',
            ags: '14522',
            level: 'district',
            label: 'Mittelsachsen',
          },
          {
            uri: 'http://dcat-ap.de/def/politicalGeocoding/districtKey/14729',
            ags: '14729',
            level: 'district',
            label: 'Landkreis Leipzig',
          },
          {
            uri: 'http://dcat-ap.de/def/politicalGeocoding/districtKey/14730',
            ags: '14730',
            level: 'district',
            label: 'Nordsachsen',
          },
        ]);
        expect(dataset.temporal, name).toEqual({ start: '2023-01-01', end: '2023-12-31' });
      }
    },
  );

  it('reads a running coverage without an end', { timeout: 60_000 }, async () => {
    const drought = records.find((r) => r.temporal?.start === '1951-01-01')!;
    for (const [name, client] of clients()) {
      const dataset = await client.dataset(drought.id);
      expect(dataset.temporal, name).toEqual({ start: '1951-01-01' });
      expect(dataset.regions, name).toEqual([
        {
          uri: 'http://dcat-ap.de/def/politicalGeocoding/stateKey/14',
          ags: '14',
          level: 'state',
          label: 'Sachsen',
        },
      ]);
      expect(dataset.publisher?.name).toBe('Helmholtz-Zentrum für Umweltforschung (UFZ)');
    }
  });
});
