import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCkanClient } from '../src/open-data/ckan/index.js';
import { createEntryStoreClient } from '../src/open-data/entrystore/index.js';
import { recorded, replayCkan } from './compat/replay-server.js';

/**
 * The fallbacks that every recorded and demo record skips: a distribution known only by its media
 * type, and a CKAN package without harvested dates (created in CKAN itself, the usual case on a
 * city's own portal). Expected values are written out by hand; times converted by hand.
 */

/**
 * The recorded GovData `package_show` (test/fixtures/ckan) as a package made in CKAN would be: the
 * harvested `issued`/`modified` extras and the resource's DCAT dates removed, and the resource's
 * `format` left empty so only its `mimetype` says what it is. Everything else is the recording.
 */
function packageWithoutHarvestedFields(mimetype: string, metadataModified?: string) {
  const answer = JSON.parse(recorded('ckan/govdata-package_show.json'));
  const pkg = answer.result;
  pkg.extras = pkg.extras.filter(
    (e: { key: string }) => e.key !== 'issued' && e.key !== 'modified',
  );
  if (metadataModified) pkg.metadata_modified = metadataModified;
  const [resource] = pkg.resources;
  delete resource.format;
  delete resource.issued;
  delete resource.modified;
  resource.mimetype = mimetype;
  return JSON.stringify(answer);
}

async function ckanDataset(body: string) {
  const replay = await replayCkan({ package_show: { body } });
  try {
    return await createCkanClient({ type: 'ckan', baseUrl: replay.baseUrl, id: 'x' }).dataset('d');
  } finally {
    await replay.close();
  }
}

describe('CKAN package without harvested dates', () => {
  it('reads CKAN’s own metadata_created/metadata_modified as UTC and shows Berlin time', async () => {
    // recorded: metadata_created 2025-07-18T02:05:52.278036, metadata_modified
    // 2026-06-28T23:52:12.415828 — UTC, so two hours later in Berlin summer time (the second one
    // on the next day); microseconds dropped, as the model documents (seconds with offset).
    const dataset = await ckanDataset(packageWithoutHarvestedFields('text/csv'));
    expect(dataset.issued).toBe('2025-07-18T04:05:52+02:00');
    expect(dataset.modified).toBe('2026-06-29T01:52:12+02:00');
  });

  it('adds one hour in winter', async () => {
    const dataset = await ckanDataset(
      packageWithoutHarvestedFields('text/csv', '2024-03-01T10:00:00.123456'),
    );
    expect(dataset.modified).toBe('2024-03-01T11:00:00+01:00');
  });

  it('names a resource without format by its media type', async () => {
    const geo = await ckanDataset(packageWithoutHarvestedFields('application/geo+json'));
    expect(geo.distributions[0]).toMatchObject({
      format: 'GeoJSON',
      mediaType: 'application/geo+json',
    });
    const sheet = await ckanDataset(
      packageWithoutHarvestedFields(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ),
    );
    expect(sheet.distributions[0]!.format).toBe('XLSX');
  });
});

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const IANA = 'https://www.iana.org/assignments/media-types/';

/**
 * An EntryStore entry whose distributions carry no dcterms:format, only dcat:mediaType (as DCAT-AP
 * 2 allows): one as an IANA URI, one as plain text. The info graph is the recorded dataportal.se one.
 */
function entryWithMediaTypesOnly(): string {
  // the resource the recorded info graph names
  const dataset =
    'https://www.forsakringskassan.se/api/sprstatistikrapportera/public/v1/omv-mottagare-ar/meta.json';
  const literal = (value: string) => [{ type: 'literal', value }];
  const uri = (value: string) => [{ type: 'uri', value }];
  const metadata = {
    [dataset]: {
      [RDF_TYPE]: uri(`${DCAT}Dataset`),
      [`${DCT}identifier`]: literal('spielplaetze'),
      [`${DCT}title`]: [{ type: 'literal', value: 'Spielplätze', lang: 'de' }],
      [`${DCAT}distribution`]: [
        { type: 'uri', value: `${dataset}/geojson` },
        { type: 'uri', value: `${dataset}/csv` },
      ],
    },
    [`${dataset}/geojson`]: {
      [RDF_TYPE]: uri(`${DCAT}Distribution`),
      [`${DCAT}accessURL`]: uri('https://example.org/spielplaetze.geojson'),
      [`${DCAT}mediaType`]: uri(`${IANA}application/geo+json`),
    },
    [`${dataset}/csv`]: {
      [RDF_TYPE]: uri(`${DCAT}Distribution`),
      [`${DCAT}accessURL`]: uri('https://example.org/spielplaetze.csv'),
      [`${DCAT}mediaType`]: literal('text/csv'),
    },
  };
  const info = recorded('compat/dataportal-se-entry-info-omv-mottagare-ar.json');
  return `{"entryId":"28672","info":${info},"metadata":${JSON.stringify(metadata)}}`;
}

describe('EntryStore distribution without dcterms:format', () => {
  let baseUrl = '';
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(entryWithMediaTypesOnly());
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/store`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('names the format by the media type', async () => {
    const client = createEntryStoreClient({ type: 'entrystore', baseUrl, id: 'x' });
    const dataset = await client.dataset('547/28672');
    expect(dataset.distributions.map((d) => [d.format, d.mediaType])).toEqual([
      ['GeoJSON', 'application/geo+json'],
      ['CSV', 'text/csv'],
    ]);
  });
});
