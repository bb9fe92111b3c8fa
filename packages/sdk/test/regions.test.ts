import { describe, expect, it } from 'vitest';
import { parseCkanPackage } from '../src/open-data/ckan/parse.js';
import type { CkanPackage } from '../src/open-data/ckan/schemas.js';
import { ckanFeedParams, ckanSearchParams } from '../src/open-data/ckan/query.js';
import { toDataset } from '../src/open-data/entrystore/parse.js';
import { datasetQuery } from '../src/open-data/entrystore/query.js';

/**
 * Place and time read from the shapes real portals send (see the README's "Place and time"):
 * CKAN extras as JSON text, single URIs, lists, `spatial_uri` (GovData's ckanext-dcatde form),
 * ckanext-spatial GeoJSON; EntryStore URIs, literals and labelled places. Expected values are
 * written out here.
 */
const GEO = 'http://dcat-ap.de/def/politicalGeocoding/';
const pkg = (extras: Record<string, unknown>): CkanPackage => ({
  id: 'p',
  name: 'p',
  extras: Object.entries(extras).map(([key, value]) => ({ key, value })),
});
const ckan = (extras: Record<string, unknown>) =>
  parseCkanPackage(pkg(extras), { portal: 'x', language: 'de' });

describe('CKAN extras', () => {
  it('reads a JSON list in the string, with the level URI and German labels', () => {
    const dataset = ckan({
      politicalGeocodingURI: `["${GEO}districtKey/14625", "${GEO}municipalityKey/14612000"]`,
      politicalGeocodingLevelURI: `${GEO}Level/administrativeDistrict`,
    });
    expect(dataset.regions).toEqual([
      { uri: `${GEO}districtKey/14625`, ags: '14625', level: 'district', label: 'Bautzen' },
      {
        uri: `${GEO}municipalityKey/14612000`,
        ags: '14612000',
        level: 'municipality',
        label: 'Dresden',
      },
    ]);
  });

  it('reads one URI as it is, a list value, white-space separated URIs and spatial_uri', () => {
    expect(ckan({ politicalGeocodingURI: `${GEO}stateKey/02` }).regions).toEqual([
      { uri: `${GEO}stateKey/02`, ags: '02', level: 'state', label: 'Hamburg' },
    ]);
    expect(ckan({ politicalGeocodingURI: [`${GEO}districtKey/08128`] }).regions).toEqual([
      { uri: `${GEO}districtKey/08128`, ags: '08128', level: 'district' },
    ]);
    expect(
      ckan({ politicalGeocodingURI: `${GEO}districtKey/14730 ${GEO}districtKey/14729` }).regions,
    ).toEqual([
      { uri: `${GEO}districtKey/14730`, ags: '14730', level: 'district', label: 'Nordsachsen' },
      {
        uri: `${GEO}districtKey/14729`,
        ags: '14729',
        level: 'district',
        label: 'Landkreis Leipzig',
      },
    ]);
    expect(ckan({ spatial_uri: `${GEO}districtKey/01001` }).regions).toEqual([
      { uri: `${GEO}districtKey/01001`, ags: '01001', level: 'district' },
    ]);
  });

  it('turns a Regionalschlüssel into the Gemeinde AGS and keeps other place URIs as URIs', () => {
    expect(
      ckan({
        politicalGeocodingURI: `["${GEO}regionalKey/146280270270"]`,
        spatial_uri: 'http://www.geonames.org/2935022',
      }).regions,
    ).toEqual([
      { uri: `${GEO}regionalKey/146280270270`, ags: '14628270', level: 'municipality' },
      { uri: 'http://www.geonames.org/2935022' },
    ]);
  });

  it('ignores ckanext-spatial GeoJSON and empty or broken values', () => {
    const dataset = ckan({
      spatial:
        '{"type": "Polygon", "coordinates": [[[12.1, 50.2], [15.0, 50.2], [15.0, 51.7], [12.1, 50.2]]]}',
      politicalGeocodingURI: '[]',
      temporal_start: 'seit 2016/17',
    });
    expect(dataset.regions).toBeUndefined();
    expect(dataset.temporal).toBeUndefined();
  });

  it('reads temporal extras: dates, naive midnight as a date, times with zone in Berlin time', () => {
    expect(ckan({ temporal_start: '2019-01-29', temporal_end: '2019-02-02' }).temporal).toEqual({
      start: '2019-01-29',
      end: '2019-02-02',
    });
    expect(ckan({ temporal_start: '2020-01-01T00:00:00' }).temporal).toEqual({
      start: '2020-01-01',
    });
    // ckanext-dcatde's own test values (ckanext-searchindexhook): offsets with and without a colon
    expect(
      ckan({ temporal_start: '2017-08-24T11:19:57+02:00', temporal_end: '2017-08-30T09:19:57Z' })
        .temporal,
    ).toEqual({ start: '2017-08-24T11:19:57+02:00', end: '2017-08-30T11:19:57+02:00' });
  });
});

describe('EntryStore graphs', () => {
  const resource = 'https://example.org/dataset/1';
  const DCATDE = 'http://dcat-ap.de/def/dcatde/';
  const DCT = 'http://purl.org/dc/terms/';
  const hit = (
    statements: Record<
      string,
      Record<string, { type: 'uri' | 'literal' | 'bnode'; value: string; datatype?: string }[]>
    >,
  ) =>
    toDataset(
      { contextId: '3', entryId: '9', resource, graph: statements, info: undefined },
      { portal: 'x', language: 'de', resolved: new Map(), publisherName: () => undefined },
    );

  it('reads geocoding URIs, URIs written as literals, labelled places, and skips bare geometries', () => {
    const dataset = hit({
      [resource]: {
        [`${DCATDE}politicalGeocodingURI`]: [
          { type: 'uri', value: `${GEO}districtKey/14523` },
          { type: 'literal', value: `${GEO}municipalityKey/14511000` },
        ],
        [`${DCATDE}politicalGeocodingLevelURI`]: [
          { type: 'uri', value: `${GEO}Level/municipality` },
        ],
        [`${DCT}spatial`]: [
          { type: 'uri', value: `${GEO}districtKey/14523` },
          { type: 'bnode', value: '_:place' },
          { type: 'bnode', value: '_:shape' },
        ],
        [`${DCT}temporal`]: [{ type: 'bnode', value: '_:period' }],
      },
      '_:place': {
        'http://www.w3.org/2000/01/rdf-schema#label': [{ type: 'literal', value: 'Erzgebirge' }],
      },
      '_:shape': {
        'http://www.w3.org/ns/locn#geometry': [{ type: 'literal', value: 'POINT(13 50.6)' }],
      },
      '_:period': {
        'http://schema.org/startDate': [
          {
            type: 'literal',
            value: '2016-01-01',
            datatype: 'http://www.w3.org/2001/XMLSchema#date',
          },
        ],
        'http://www.w3.org/ns/dcat#endDate': [
          { type: 'literal', value: '2016-12-31T23:59:59+01:00' },
        ],
      },
    });
    expect(dataset.regions).toEqual([
      { uri: `${GEO}districtKey/14523`, ags: '14523', level: 'district', label: 'Vogtlandkreis' },
      {
        uri: `${GEO}municipalityKey/14511000`,
        ags: '14511000',
        level: 'municipality',
        label: 'Chemnitz',
      },
      { label: 'Erzgebirge' },
    ]);
    expect(dataset.temporal).toEqual({ start: '2016-01-01', end: '2016-12-31T23:59:59+01:00' });
    expect(dataset.entry).toEqual({ context: '3', id: '9' });
  });
});

describe('queries', () => {
  const page = { limit: 20, offset: 0, facets: [], facetLimit: 20 };
  it('CKAN: region tokens, CKAN date fields in UTC with Berlin days, temporal extras as text', () => {
    const fq = ckanSearchParams(
      {
        region: ['14612', '14713000', '14'],
        modified: { from: '2024-03-31', to: '2024-10-27' },
        temporal: { from: '2020-01-01' },
      },
      page,
    ).get('fq');
    expect(fq).toBe(
      'extras_politicalGeocodingURI:(14612* OR 14713000 OR 14713????000 OR 14) AND ' +
        // summer time starts on 31 March 2024; 27 October 2024 ends at 23:00 UTC (winter time)
        'metadata_modified:[2024-03-30T23:00:00Z TO 2024-10-27T23:00:00Z} AND ' +
        'temporal_start:[* TO *] AND (temporal_end:["2020-01-01" TO *] OR (*:* -temporal_end:[* TO *]))',
    );
  });

  it('CKAN feed: the filters go into q, so ORs and ranges survive', () => {
    expect(Object.fromEntries(ckanFeedParams({ text: 'Rad', region: ['14612'] }))).toEqual({
      q: 'text:(Rad) AND (extras_politicalGeocodingURI:(14612*))',
      sort: 'metadata_modified desc',
    });
  });

  it('EntryStore: geocoding and spatial URI fields, typed date fields', () => {
    const query = datasetQuery({ region: ['14627'], issued: { from: '2025-01-01T12:00:00Z' } });
    const uri = (key: string) => `http\\:\\/\\/dcat\\-ap.de\\/def\\/politicalGeocoding\\/${key}`;
    const list = `${uri('districtKey')}\\/14627 OR ${uri('municipalityKey')}\\/14627* OR ${uri('regionalKey')}\\/14627*`;
    expect(query).toContain(
      `(metadata.predicate.uri.d510adab:(${list}) OR metadata.predicate.uri.c6e46bff:(${list}))`,
    );
    expect(query).toContain('metadata.predicate.date.c86e1300:[2025-01-01T12:00:00Z TO *]');
  });
});
