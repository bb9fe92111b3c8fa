import jsonld from 'jsonld';
import { Parser, Writer, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { DL_DE_BY_2_0, directoryDataset, toTurtle, type DcatOptions } from '../src/dcat.js';

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const BASE = 'https://ki-verzeichnis.sachsen.example';
const options: DcatOptions = {
  baseUrl: `${BASE}/`,
  modified: '2026-11-19T09:00:00+01:00',
  publisher: {
    name: 'Landkreis "Muster" \\ Amt für Digitales\nSachsen',
    uri: 'https://www.landkreis-muster.example/',
  },
  contactPoint: { name: 'Digitalamt', email: 'ki@landkreis-muster.example' },
};

/** N-Triples lines, so two graphs without blank nodes compare as sets. */
function nTriples(quads: Quad[]): string[] {
  return new Writer({ format: 'N-Triples' }).quadsToString(quads).trim().split('\n').sort();
}

const objects = (quads: Quad[], subject: string, predicate: string) =>
  quads
    .filter((q) => q.subject.value === subject && q.predicate.value === predicate)
    .map((q) => q.object.value);

describe('directoryDataset (DCAT-AP.de)', () => {
  const document = directoryDataset(options);

  it('is JSON-LD that a JSON-LD processor turns into the same graph as the Turtle', async () => {
    const fromJsonLd = new Parser({ format: 'N-Quads' }).parse(
      (await jsonld.toRDF(JSON.parse(JSON.stringify(document)), {
        format: 'application/n-quads',
      })) as string,
    );
    const fromTurtle = new Parser({ format: 'text/turtle' }).parse(toTurtle(document));
    expect(fromJsonLd.length).toBeGreaterThan(60);
    expect(nTriples(fromTurtle)).toEqual(nTriples(fromJsonLd));
  });

  it('has the properties DCAT-AP.de requires of catalogue, dataset and distributions', () => {
    const quads = new Parser({ format: 'text/turtle' }).parse(toTurtle(document));
    const dataset = `${BASE}/dcat#dataset`;
    expect(objects(quads, `${BASE}/dcat`, RDF_TYPE)).toEqual([`${DCAT}Catalog`]);
    expect(objects(quads, `${BASE}/dcat`, `${DCAT}dataset`)).toEqual([dataset]);
    expect(objects(quads, dataset, RDF_TYPE)).toEqual([`${DCAT}Dataset`]);
    expect(objects(quads, dataset, `${DCT}title`)).toEqual([
      'KI-Akteure und KI-Veranstaltungen in Sachsen',
      'AI actors and AI events in Saxony',
    ]);
    expect(objects(quads, dataset, `${DCT}description`)).toHaveLength(2);
    expect(objects(quads, dataset, `${DCT}publisher`)).toEqual([
      'https://www.landkreis-muster.example/',
    ]);
    expect(
      objects(quads, 'https://www.landkreis-muster.example/', 'http://xmlns.com/foaf/0.1/name'),
    ).toEqual([options.publisher!.name]);
    expect(
      objects(quads, `${BASE}/dcat#contact`, 'http://www.w3.org/2006/vcard/ns#hasEmail'),
    ).toEqual(['mailto:ki@landkreis-muster.example']);
    expect(objects(quads, dataset, 'http://dcat-ap.de/def/dcatde/politicalGeocodingURI')).toEqual([
      'http://dcat-ap.de/def/politicalGeocoding/stateKey/14',
    ]);
    const distributions = objects(quads, dataset, `${DCAT}distribution`);
    expect(distributions).toHaveLength(4);
    const rows = distributions.map((distribution) => ({
      download: objects(quads, distribution, `${DCAT}downloadURL`)[0],
      access: objects(quads, distribution, `${DCAT}accessURL`)[0],
      format: objects(quads, distribution, `${DCT}format`)[0],
      mediaType: objects(quads, distribution, `${DCAT}mediaType`)[0],
      license: objects(quads, distribution, `${DCT}license`)[0],
    }));
    expect(rows).toEqual([
      {
        download: `${BASE}/export/actors.csv`,
        access: `${BASE}/export/actors.csv`,
        format: 'http://publications.europa.eu/resource/authority/file-type/CSV',
        mediaType: 'https://www.iana.org/assignments/media-types/text/csv',
        license: DL_DE_BY_2_0,
      },
      {
        download: `${BASE}/directory/v1/actors.geojson`,
        access: `${BASE}/directory/v1/actors.geojson`,
        format: 'http://publications.europa.eu/resource/authority/file-type/GEOJSON',
        mediaType: 'https://www.iana.org/assignments/media-types/application/geo+json',
        license: DL_DE_BY_2_0,
      },
      {
        download: `${BASE}/export/directory.json`,
        access: `${BASE}/export/directory.json`,
        format: 'http://publications.europa.eu/resource/authority/file-type/JSON',
        mediaType: 'https://www.iana.org/assignments/media-types/application/json',
        license: DL_DE_BY_2_0,
      },
      {
        download: `${BASE}/directory/v1/events.ics`,
        access: `${BASE}/directory/v1/events.ics`,
        format: 'http://publications.europa.eu/resource/authority/file-type/ICS',
        mediaType: 'https://www.iana.org/assignments/media-types/text/calendar',
        license: DL_DE_BY_2_0,
      },
    ]);
  });

  it('takes a configured licence and escapes literals so quotes, backslashes and line breaks stay inside them', () => {
    const turtle = toTurtle(
      directoryDataset({ ...options, licence: 'http://dcat-ap.de/def/licenses/cc-by/4.0' }),
    );
    expect(turtle).toContain('foaf:name "Landkreis \\"Muster\\" \\\\ Amt für Digitales\\nSachsen"');
    const quads = new Parser({ format: 'text/turtle' }).parse(turtle);
    expect(
      new Set(
        quads.filter((q) => q.predicate.value === `${DCT}license`).map((q) => q.object.value),
      ),
    ).toEqual(new Set(['http://dcat-ap.de/def/licenses/cc-by/4.0']));
  });

  it('refuses configured IRIs that would break out of <…>', () => {
    expect(() =>
      directoryDataset({ ...options, licence: 'http://x.example/> <http://evil.example/' }),
    ).toThrow(TypeError);
    expect(() =>
      directoryDataset({ ...options, publisher: { name: 'x', uri: 'not an iri' } }),
    ).toThrow(TypeError);
    expect(() =>
      directoryDataset({ ...options, contactPoint: { name: 'x', email: 'a b@c.example' } }),
    ).toThrow(TypeError);
  });
});
