import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOpenDataClient,
  portals,
  type OpenDataClient,
  type SearchQuery,
} from '../src/index.js';
import { startTestServer } from './demo-server.js';

/**
 * Both adapters against the demo API, which serves the same datasets through its CKAN and its
 * EntryStore emulation: one query must give the same datasets and facet counts through either.
 */
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

async function idsOf(
  client: OpenDataClient,
  query: SearchQuery,
): Promise<{ total: number; ids: string[] }> {
  const ids: string[] = [];
  for await (const dataset of client.searchAll({ ...query, limit: 100 })) ids.push(dataset.id);
  return { total: ids.length, ids: ids.sort() };
}

/** Facet counts keyed by label (publisher values differ by design: slug vs URI). */
function countsByLabel(facets: { label: string; count: number }[]): Record<string, number> {
  return Object.fromEntries(
    facets.map((f) => [f.label, f.count]).sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
}

describe('the same query through CKAN and EntryStore', () => {
  const queries: SearchQuery[] = [
    {},
    { text: 'Schule' },
    { text: 'Verkehr Dresden' },
    { theme: ['TRAN'] },
    { format: ['CSV'], theme: ['ENVI', 'TRAN'] },
    { text: 'Straße' },
    { keyword: ['Verkehr'] },
  ];

  it.each(queries.map((q) => [JSON.stringify(q), q] as const))(
    '%s: same dataset ids',
    { timeout: 60_000 },
    async (_, query) => {
      const [a, b] = await Promise.all([idsOf(ckan, query), idsOf(entrystore, query)]);
      expect(a.total).toBeGreaterThan(0);
      expect(b.ids).toEqual(a.ids);
    },
  );

  it.each(queries.map((q) => [JSON.stringify(q), q] as const))(
    '%s: same facet counts',
    async (_, query) => {
      const [a, b] = await Promise.all([
        ckan.search({ ...query, limit: 1, facetLimit: 100 }),
        entrystore.search({ ...query, limit: 1, facetLimit: 100 }),
      ]);
      expect(b.total).toBe(a.total);
      for (const name of ['publisher', 'theme', 'format', 'keyword'] as const) {
        expect(countsByLabel(b.facets[name]), name).toEqual(countsByLabel(a.facets[name]));
      }
      // CKAN facets on the dataset's `license_id`; datasets that keep their licence only on the
      // resources (GovData's habit) have none there, while EntryStore counts the distributions'
      // licences. So CKAN may count fewer, never more, and the same licences appear.
      const ckanLicences = countsByLabel(a.facets.license);
      const entryStoreLicences = countsByLabel(b.facets.license);
      expect(Object.keys(ckanLicences).every((label) => label in entryStoreLicences)).toBe(true);
      for (const [label, count] of Object.entries(ckanLicences)) {
        expect(count, label).toBeLessThanOrEqual(entryStoreLicences[label]!);
      }
    },
  );

  it('same dataset details', async () => {
    const { items } = await ckan.search({ text: 'Radverkehr', limit: 5 });
    expect(items.length).toBeGreaterThan(0);
    for (const viaCkan of items) {
      const { entry, ...viaEntryStore } = await entrystore.dataset(viaCkan.id);
      // Only EntryStore datasets live in an entry (CKAN's are addressed by their id).
      expect(entry).toEqual({ context: '1', id: expect.stringMatching(/^\d+$/) });
      expect({ ...viaEntryStore, portal: 'x', uri: undefined }).toEqual({
        ...viaCkan,
        portal: 'x',
        uri: undefined,
      });
    }
  });
});

describe('query text full of special characters', () => {
  const special = fc.constantFrom(
    ...': ( ) " + - && || ! { } [ ] ^ ~ * ? \\ / , = & % #'.split(' '),
  );
  // Words of titles, descriptions and keywords, three or more characters: CKAN's catch-all field also
  // holds organisation and resource names, and EntryStore prefix-matches even one-letter words.
  const word = fc.constantFrom(
    'Verkehr',
    'Schule',
    'Straße',
    'Strasse',
    'Dresden',
    'Haltestellen',
    'Radverkehr',
    '2024',
    'ÖPNV',
    '🚲',
    '🤖',
    'Luftqualität',
  );
  const text = fc
    .array(fc.oneof(special, word, fc.constant(' ')), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join(''));
  const words = (value: string) => value.match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '';

  it('never errors and matches literally, through both adapters alike', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const [viaCkan, viaEntryStore, plain] = await Promise.all([
          ckan.search({ text: value, limit: 100, facets: [] }),
          entrystore.search({ text: value, limit: 100, facets: [] }),
          ckan.search({ text: words(value), limit: 100, facets: [] }),
        ]);
        const ids = (page: { items: { id: string }[] }) => page.items.map((d) => d.id).sort();
        expect(viaCkan.total).toBe(plain.total);
        expect(ids(viaCkan)).toEqual(ids(plain));
        expect(viaEntryStore.total).toBe(viaCkan.total);
        expect(ids(viaEntryStore)).toEqual(ids(viaCkan));
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
