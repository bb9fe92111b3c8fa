import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEntryStoreClient } from '../src/open-data/entrystore/index.js';
import type { Dataset, Distribution } from '../src/open-data/model.js';
import { startTestServer } from './demo-server.js';

/**
 * Every dataset the EntryStore emulation serves — built from the demo API's source records as
 * separate dataset, distribution and publisher entries in RDF/JSON — comes back through the
 * adapter with the values of its source record. The CKAN adapter can be held to the same records.
 */
const read = (file: string) =>
  JSON.parse(
    readFileSync(new URL(`../../demo-api/data/${file}`, import.meta.url), 'utf8'),
  ) as any[];

let demo: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  demo = await startTestServer();
});
afterAll(() => demo.close());

/**
 * The licences of the demo records as the SDK must name them, written out (not computed with the
 * SDK's own normalisation): the one spelling with `2_0` becomes the registered `2.0` URI.
 */
const LICENSE_URIS: Record<string, string> = {
  'http://dcat-ap.de/def/licenses/dl-by-de/2.0': 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
  'http://dcat-ap.de/def/licenses/dl-by-de/2_0': 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
  'http://dcat-ap.de/def/licenses/dl-zero-de/2.0': 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0',
  'http://dcat-ap.de/def/licenses/cc-by/4.0': 'http://dcat-ap.de/def/licenses/cc-by/4.0',
  'http://dcat-ap.de/def/licenses/cc-zero': 'http://dcat-ap.de/def/licenses/cc-zero',
};
const licenseUri = (value: string) => {
  const uri = LICENSE_URIS[value];
  if (!uri) throw new Error(`a demo licence this test does not know: ${value}`);
  return uri;
};

/** Names of the places the demo data covers, written out here (not taken from the SDK). */
const PLACE_NAMES: Record<string, string> = {
  '14': 'Sachsen',
  '14511': 'Chemnitz',
  '14521': 'Erzgebirgskreis',
  '14522': 'Mittelsachsen',
  '14523': 'Vogtlandkreis',
  '14524': 'Landkreis Zwickau',
  '14612': 'Dresden',
  '14625': 'Bautzen',
  '14626': 'Görlitz',
  '14627': 'Meißen',
  '14628': 'Sächsische Schweiz-Osterzgebirge',
  '14713': 'Leipzig',
  '14729': 'Landkreis Leipzig',
  '14730': 'Nordsachsen',
  '14511000': 'Chemnitz',
  '14612000': 'Dresden',
  '14713000': 'Leipzig',
};
const LEVEL_OF_KEY: Record<string, string> = {
  stateKey: 'state',
  districtKey: 'district',
  municipalityKey: 'municipality',
};

/** The region a demo record's geocoding URI stands for: `…/<key>/<AGS>`. */
function expectedRegion(uri: string) {
  const [key, ags] = uri.split('/').slice(-2) as [string, string];
  return { uri, ags, level: LEVEL_OF_KEY[key], label: PLACE_NAMES[ags] };
}

/** A record's geocoding URIs: its `regions`, else its one `spatial`. */
const recordRegions = (record: any): string[] | undefined =>
  record.regions ?? (record.spatial ? [record.spatial] : undefined);
const drop = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

it('maps every dataset of the emulation to the values of its source record', async () => {
  const od = createEntryStoreClient({
    type: 'entrystore',
    baseUrl: `${demo.url}/entrystore/store`,
  });
  const publishers = new Map(read('publishers.json').map((p) => [p.id, p]));
  const datasets = new Map<string, Dataset>();
  for await (const d of od.searchAll()) datasets.set(d.id, d);

  // Links to the demo site are `{origin}` templates in the records; the server expands them to
  // the origin it was reached through.
  const records = JSON.parse(
    JSON.stringify(read('datasets.json')).replaceAll('{origin}', demo.url),
  );
  expect(datasets.size).toBe(records.length);
  for (const record of records) {
    const publisher = publishers.get(record.publisherId);
    const expected = {
      portal: '127.0.0.1:' + new URL(demo.url).port,
      title: record.title,
      description: record.description,
      keywords: record.keywords,
      themes: record.themes,
      publisher: { name: publisher.title, uri: publisher.uri },
      contact: record.contact && { name: record.contact.name, email: record.contact.email },
      license: licenseUri(record.license),
      // The records hold Berlin time with its offset, the form the model documents: kept as is.
      issued: record.issued,
      modified: record.modified,
      landingPage: record.landingPage,
      spatial: record.spatial,
      regions: recordRegions(record)?.map(expectedRegion),
      temporal: record.temporal,
      distributions: record.distributions.map((x: any) => ({
        title: x.title,
        description: x.description,
        // The records hold display names (`CSV`, `GeoJSON`); the emulation serves EU file-type URIs.
        format: x.format,
        mediaType: x.mediaType,
        accessUrl: x.accessUrl,
        downloadUrl: x.downloadUrl,
        byteSize: x.byteSize,
        license: licenseUri(x.license ?? record.license),
        modified: x.modified,
      })),
    };
    const { id, uri, license, distributions, entry, ...rest } = datasets.get(record.id)!;
    expect(id).toBe(record.id);
    expect(entry).toEqual({ context: '1', id: uri!.split('/').pop() });
    expect(uri).toMatch(/^https:\/\/register\.opendata\.sachsen\.de\/store\/1\/resource\/\d+$/);
    const actual = {
      ...rest,
      license: license?.uri,
      distributions: distributions.map((x: Distribution) => ({ ...x, license: x.license?.uri })),
    };
    expect(actual, record.id).toEqual(drop(expected));
  }
}, 60_000);
