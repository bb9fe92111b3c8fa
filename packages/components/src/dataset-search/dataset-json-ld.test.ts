// The opened dataset as schema.org `Dataset` JSON-LD, checked against Google's rules for dataset
// rich results, written down here as facts from Google's documentation
// (https://developers.google.com/search/docs/appearance/structured-data/dataset, read 2026-12) and
// schema.org's `Dataset` (https://schema.org/Dataset): for one hand-made dataset and for every
// dataset of both demo portals, through the SDK as the widget loads them.
import type { Dataset } from '@saxon-ai/sdk';
import { describe, expect, it } from 'vitest';
import { demoClient } from '../../test/support/dataset-search.js';
import { datasetToSchemaOrg, syncDatasetJsonLd } from './dataset-json-ld.js';

type Node = Record<string, any>;

/** Google: required properties of `Dataset`. */
const REQUIRED = ['name', 'description'] as const;
/**
 * Google's recommended properties that the portals' metadata can fill (alternateName, citation,
 * funder, hasPart, isBasedOn, measurementTechnique, variableMeasured and version have no source in
 * DCAT-AP.de records as the SDK reads them, and are left out rather than made up).
 */
const RECOMMENDED = [
  'url',
  'identifier',
  'keywords',
  'license',
  'creator',
  'temporalCoverage',
  'spatialCoverage',
  'distribution',
  'isAccessibleForFree',
] as const;
/** schema.org: a `Dataset` also has these, which the issue asks for. */
const ALSO = ['publisher', 'dateModified'] as const;
/** Google: description between 50 and 5000 characters. */
const DESCRIPTION_MIN = 50;
const DESCRIPTION_MAX = 5000;
/** Google: temporalCoverage in ISO 8601, an interval with `/`, `..` for an open end. */
const INTERVAL =
  /^(\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?|\.\.)\/(\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?|\.\.)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

const present = (value: unknown) =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && !value.length);
const asList = (value: unknown): Node[] => (Array.isArray(value) ? value : [value as Node]);
const isHttp = (value: unknown) => typeof value === 'string' && /^https?:\/\//.test(value);

/** What Google would reject or warn about in `node`; `expect` lists what the data should fill. */
function problems(node: Node, expectFilled: readonly string[]): string[] {
  const found: string[] = [];
  if (node['@context'] !== 'https://schema.org') found.push('@context');
  if (node['@type'] !== 'Dataset') found.push(`@type ${node['@type']}`);
  for (const key of REQUIRED) if (!present(node[key])) found.push(`required ${key} missing`);
  for (const key of expectFilled) if (!present(node[key])) found.push(`${key} missing`);
  const description = String(node['description'] ?? '');
  if (description.length < DESCRIPTION_MIN || description.length > DESCRIPTION_MAX) {
    found.push(`description has ${description.length} characters`);
  }
  if (present(node['url']) && !isHttp(node['url'])) found.push('url not http(s)');
  if (present(node['license']) && typeof node['license'] !== 'string') found.push('license');
  for (const key of ['creator', 'publisher']) {
    if (!present(node[key])) continue;
    for (const who of asList(node[key])) {
      if (!['Organization', 'Person'].includes(who['@type']) || !present(who['name'])) {
        found.push(`${key} without @type Organization/Person and name`);
      }
    }
  }
  if (present(node['temporalCoverage']) && !INTERVAL.test(node['temporalCoverage'])) {
    found.push(`temporalCoverage ${node['temporalCoverage']}`);
  }
  if (present(node['spatialCoverage'])) {
    for (const place of asList(node['spatialCoverage'])) {
      if (place['@type'] !== 'Place' || !(present(place['name']) || present(place['sameAs']))) {
        found.push('spatialCoverage without a named Place');
      }
    }
  }
  if (present(node['distribution'])) {
    for (const download of asList(node['distribution'])) {
      if (download['@type'] !== 'DataDownload') found.push('distribution not a DataDownload');
      if (!isHttp(download['contentUrl'])) found.push('distribution without contentUrl');
      if (!present(download['encodingFormat'])) found.push('distribution without encodingFormat');
    }
  }
  for (const key of ['dateModified', 'datePublished']) {
    if (present(node[key]) && !ISO_DATE.test(node[key])) found.push(`${key} ${node[key]}`);
  }
  if (node['isAccessibleForFree'] !== true) found.push('isAccessibleForFree');
  return found;
}

const HOSTILE = '</script><img src=x onerror="alert(1)">';

const FULL: Dataset = {
  id: 'luft-2024',
  portal: 'demo',
  uri: 'https://example.org/dataset/luft-2024',
  landingPage: 'https://example.org/luft-2024',
  title: `Luftqualität 2024 ${HOSTILE}`,
  description:
    'Stündliche **Messwerte** der Luftgütemessstationen in Dresden: Stickstoffdioxid, Feinstaub, Ozon.',
  keywords: ['Luft', ' ', 'Umwelt'],
  themes: ['ENVI'],
  publisher: { name: 'Landeshauptstadt Dresden', uri: 'https://www.dresden.de' },
  license: { uri: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0', title: 'DL-DE BY 2.0' },
  issued: '2024-01-02T10:00:00+01:00',
  modified: '2024-12-30T09:00:00+01:00',
  regions: [
    {
      ags: '14612',
      level: 'district',
      label: `Dresden ${HOSTILE}`,
      uri: 'http://dcat-ap.de/def/politicalGeocoding/districtKey/14612',
    },
  ],
  temporal: { start: '2024-01-01', end: '2024-12-31' },
  distributions: [
    { format: 'CSV', mediaType: 'text/csv', downloadUrl: 'https://example.org/luft.csv' },
    { format: 'WMS', accessUrl: 'https://example.org/wms' },
    { format: 'PDF', downloadUrl: 'javascript:alert(1)' },
  ],
} as Dataset;

describe('schema.org Dataset JSON-LD', () => {
  it('has every required and recommended field the metadata can fill, in the shape Google reads', () => {
    const node: Node = datasetToSchemaOrg(FULL);
    expect(problems(node, [...RECOMMENDED, ...ALSO])).toEqual([]);
    expect(node['keywords']).toEqual(['Luft', 'Umwelt']);
    expect(node['description']).not.toContain('**');
    expect(node['temporalCoverage']).toBe('2024-01-01/2024-12-31');
    expect(node['spatialCoverage']).toMatchObject({
      '@type': 'Place',
      name: `Dresden ${HOSTILE}`,
      sameAs: 'http://dcat-ap.de/def/politicalGeocoding/districtKey/14612',
    });
    // A javascript: link is no distribution; the WMS counts with its access URL.
    expect(node['distribution'].map((d: Node) => d['contentUrl'])).toEqual([
      'https://example.org/luft.csv',
      'https://example.org/wms',
    ]);
    expect(node['distribution'][0]['encodingFormat']).toBe('text/csv');
  });

  it('writes an open end of the time covered as ".."', () => {
    const node = datasetToSchemaOrg({ ...FULL, temporal: { start: '2019-05-01' } } as Dataset);
    expect(node['temporalCoverage']).toBe('2019-05-01/..');
  });

  it('is data in the light DOM: a hostile title cannot end the script, and it goes when the detail closes', () => {
    const host = document.createElement('div');
    document.body.append(host);
    syncDatasetJsonLd(host, FULL);
    const script = host.querySelector(':scope > script[type="application/ld+json"]')!;
    expect(script.hasAttribute('data-saxon-dataset-search')).toBe(true);
    expect(script.textContent).not.toContain('</script>');
    expect(JSON.parse(script.textContent!)['name']).toBe(FULL.title);
    expect(host.querySelector('img')).toBeNull();
    syncDatasetJsonLd(host, undefined);
    expect(host.querySelector('script')).toBeNull();
    host.remove();
  });

  for (const type of ['ckan', 'entrystore'] as const) {
    it(`passes for every dataset of the ${type} demo portal`, async () => {
      const client = demoClient(type);
      const all: Dataset[] = [];
      for await (const dataset of client.searchAll({ limit: 100 })) all.push(dataset);
      expect(all.length).toBeGreaterThan(10);
      const report = all.flatMap((dataset) =>
        problems(datasetToSchemaOrg(dataset), ['identifier', 'license', 'creator']).map(
          (problem) => `${dataset.id}: ${problem}`,
        ),
      );
      expect(report).toEqual([]);
      // The places and times the demo data carries reach the JSON-LD.
      const placed = all.filter((dataset) => dataset.regions?.length);
      expect(placed.length).toBeGreaterThan(100);
      for (const dataset of placed) {
        expect(datasetToSchemaOrg(dataset)['spatialCoverage'], dataset.id).toBeDefined();
      }
      const timed = all.filter((dataset) => dataset.temporal?.start || dataset.temporal?.end);
      expect(timed.length).toBeGreaterThan(0);
      for (const dataset of timed) {
        expect(datasetToSchemaOrg(dataset)['temporalCoverage'], dataset.id).toMatch(INTERVAL);
      }
    });
  }
});
