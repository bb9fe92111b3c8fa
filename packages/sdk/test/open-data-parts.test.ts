import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenDataClient, type OpenDataClient } from '../src/index.js';
import { dayOf, dayRange, hasRange, instantRange } from '../src/open-data/date-range.js';
import {
  agsLevel,
  facetAgs,
  geocodingLevel,
  isAgs,
  regionOf,
  regionsOf,
  uniqueRegions,
} from '../src/open-data/regions.js';
import { httpUrl, text } from '../src/open-data/text.js';
import { normalizeTimestamp } from '../src/open-data/time.js';
import {
  canonicalLicense,
  categoryThemes,
  formatVariants,
  licenseTitle,
  licenseVariants,
  mediaTypeOf,
  normalizeFormat,
  normalizeLicenseUri,
  protocolFormat,
  themeCode,
} from '../src/open-data/vocabulary.js';
import { replayCkan } from './compat/replay-server.js';

/**
 * The small parts of the open-data model — date ranges, licences, places, Berlin time — seen the
 * way a user sees them: the `fq` the CKAN client sends and the dataset it reads back, over HTTP on
 * 127.0.0.1 from a server that answers in CKAN's recorded shape. Expected values are written out
 * by hand (timestamps converted by hand: Berlin is UTC+1 in winter, UTC+2 in summer).
 */

const GEO = 'http://dcat-ap.de/def/politicalGeocoding/';

/** A harvested package as GovData's ckanext-dcatde writes it: every extra a string. */
const harvested = {
  id: 'p-1',
  name: 'p-1',
  title: 'Messstellen an der Elbe',
  // blank notes are no description; the landing page comes with stray blanks
  notes: '  ',
  url: ' https://www.example.org/elbe ',
  // ckanext-fluent keywords: none in German, so the English ones
  keywords: { de: [], en: ['water'] },
  metadata_created: '2025-01-10T09:00:00.000000',
  metadata_modified: '2025-04-01T08:00:00.000000',
  // The licence in an older spelling: https and "2_0".
  license_id: 'https://dcat-ap.de/def/licenses/dl-by-de/2_0',
  resources: [
    {
      id: 'r-1',
      url: 'https://example.org/messstellen.csv',
      // EU file-type URI, as DCAT-AP harvesters write it
      format: 'http://publications.europa.eu/resource/authority/file-type/CSV',
      // a bare DCAT-AP.de id in its old spelling
      license: 'official-work',
    },
    { id: 'r-2', url: 'https://example.org/wms', format: 'WMS_SRVC' },
    { id: 'r-3', url: 'https://example.org/messstellen.rdf', format: 'rdf xml' },
    { id: 'r-4', url: 'https://example.org/messstellen.xlsx', format: '.xlsx' },
  ],
  extras: [
    // A place outside the geocoding vocabulary, with the harvester's level and label.
    { key: 'politicalGeocodingURI', value: '["http://sws.geonames.org/2935022/"]' },
    { key: 'politicalGeocodingLevelURI', value: `${GEO}Level/municipality` },
    { key: 'geocodingText', value: '[" Dresden "]' },
    // 02:30 on 30 March 2025 is no Berlin time: the clocks jump from 02:00 to 03:00.
    { key: 'modified', value: '2025-03-30T02:30:00' },
    // a publisher "URI" that is plain text is no link
    { key: 'publisher_name', value: 'Landesamt für Umwelt' },
    { key: 'publisher_uri', value: 'siehe Impressum' },
    // A span of years is no timestamp (its "-2020" looks like a zone): CKAN's own date stands in.
    { key: 'issued', value: '2019-2020' },
  ],
};

const searchAnswer = {
  success: true,
  result: {
    count: 2,
    results: [
      harvested,
      // CKAN's own dates (UTC) at the very instants the clocks change in 2025.
      {
        id: 'p-2',
        name: 'p-2',
        title: 'Pegelstände',
        metadata_created: '2025-03-30T01:00:00.000000',
        metadata_modified: '2025-10-26T01:00:00.000000',
        // A Regierungsbezirk key (no level of its own) with a level name that is no level but a
        // property every JavaScript object has.
        extras: [
          { key: 'politicalGeocodingURI', value: `${GEO}governmentDistrictKey/145` },
          { key: 'politicalGeocodingLevelURI', value: `${GEO}Level/constructor` },
        ],
      },
    ],
    search_facets: {
      license_id: {
        title: 'license_id',
        items: [
          { name: 'cc-by', display_name: 'Creative Commons Attribution', count: 3 },
          // the same id with stray blanks, as some harvested records carry it
          { name: ' cc-by ', display_name: 'Creative Commons Attribution', count: 2 },
        ],
      },
    },
  },
};

let replay: Awaited<ReturnType<typeof replayCkan>>;
let client: OpenDataClient;
beforeAll(async () => {
  replay = await replayCkan({
    package_search: { body: JSON.stringify(searchAnswer) },
    package_show: { body: JSON.stringify({ success: true, result: harvested }) },
  });
  client = createOpenDataClient({ type: 'ckan', baseUrl: replay.baseUrl, id: 'teile' });
});
afterAll(() => replay.close());

/** The `fq` of the search request a query sends. */
async function fqOf(query: Parameters<OpenDataClient['search']>[0]): Promise<string | null> {
  replay.requests.length = 0;
  await client.search({ facets: [], ...query });
  const search = replay.requests.find((url) => url.includes('/package_search'));
  return new URL(search!, replay.baseUrl).searchParams.get('fq');
}

describe('date ranges in CKAN queries', () => {
  it('a date-time upper bound is the instant itself, inclusive', async () => {
    // 12:00 Berlin summer time is 10:00 UTC; a date lower bound starts at Berlin midnight.
    expect(await fqOf({ modified: { from: '2024-05-01', to: '2024-06-01T12:00' } })).toBe(
      'metadata_modified:[2024-04-30T22:00:00Z TO 2024-06-01T10:00:00Z]',
    );
  });

  it('a wall time in the spring gap counts as summer time', async () => {
    // 02:30 does not exist on 30 March 2025; it is read as 03:30+02:00, i.e. 01:30 UTC.
    expect(await fqOf({ issued: { from: '2025-03-30T02:30' } })).toBe(
      'metadata_created:[2025-03-30T01:30:00Z TO *]',
    );
  });

  it('bounds at the very instants the clocks change', async () => {
    // 03:00 on 30 March 2025 is the first summer-time minute (01:00 UTC); 03:00 on 26 October
    // comes once, in winter time (02:00 UTC), after the repeated hour.
    expect(await fqOf({ issued: { from: '2025-03-30T03:00', to: '2025-10-26T03:00' } })).toBe(
      'metadata_created:[2025-03-30T01:00:00Z TO 2025-10-26T02:00:00Z]',
    );
  });

  it('a blank bound is no bound', async () => {
    expect(await fqOf({ modified: { from: ' ', to: '' }, license: ['cc-by'] })).toBe(
      'license_id:("cc-by")',
    );
  });

  it('temporal bounds with a time compare by their Berlin day', async () => {
    // 23:30 UTC on 1 May is 01:30 on 2 May in Berlin; the range ends before the day after 2 May.
    expect(await fqOf({ temporal: { from: '2024-05-01T23:30:00Z', to: '2024-05-02T00:30' } })).toBe(
      'temporal_start:[* TO "2024-05-03"} AND ' +
        '(temporal_end:["2024-05-02" TO *] OR (*:* -temporal_end:[* TO *]))',
    );
  });

  it('a temporal bound that is no date is a TypeError naming the bound', async () => {
    const search = client.search({ temporal: { to: 'gestern' } });
    await expect(search).rejects.toThrow(TypeError);
    await expect(search).rejects.toThrow('Not an ISO 8601 date or date-time: "gestern"');
  });
});

describe('licences', () => {
  it('a portal-specific licence id filters as it is', async () => {
    expect(await fqOf({ license: ['cc-by'] })).toBe('license_id:("cc-by")');
  });

  it('filters a DCAT-AP.de licence by every spelling portals index it under', async () => {
    // the current URI, its old "2_0" form, and the value as given (trimmed)
    expect(await fqOf({ license: [' https://dcat-ap.de/def/licenses/dl-by-de/2_0 '] })).toBe(
      'license_id:(' +
        '"http://dcat-ap.de/def/licenses/dl-by-de/2.0" OR ' +
        '"http://dcat-ap.de/def/licenses/dl-by-de/2_0" OR ' +
        '"https://dcat-ap.de/def/licenses/dl-by-de/2_0")',
    );
  });

  it('a licence facet counts an id with stray blanks as the same licence', async () => {
    const page = await client.search({ facets: ['license'] });
    expect(page.facets.license).toEqual([
      { value: 'cc-by', label: 'Creative Commons Attribution', count: 5 },
    ]);
  });
});

describe('licences and formats of a harvested dataset', () => {
  it('reads older licence spellings as the current DCAT-AP.de URI with its German title', async () => {
    const dataset = await client.dataset('p-1');
    expect(dataset.license).toEqual({
      uri: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
      title: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    });
    expect(dataset.distributions.map((d) => [d.format, d.license])).toEqual([
      ['CSV', { id: 'official-work', title: 'Amtliches Werk, lizenzfrei nach § 5 Abs. 1 UrhG' }],
      ['WMS', undefined],
      ['RDF', undefined],
      ['XLSX', undefined],
    ]);
  });
});

describe('text fields of a harvested dataset', () => {
  it('trims the landing page, drops blank notes and text links, falls back to English keywords', async () => {
    const dataset = await client.dataset('p-1');
    expect(dataset.portal).toBe('teile');
    expect(dataset.title).toBe('Messstellen an der Elbe');
    expect(dataset.landingPage).toBe('https://www.example.org/elbe');
    expect(dataset.description).toBeUndefined();
    expect(dataset.publisher).toEqual({ name: 'Landesamt für Umwelt' });
    expect(dataset.keywords).toEqual(['water']);
  });

  it('names a portal without an id by its host', async () => {
    const unnamed = createOpenDataClient({ type: 'ckan', baseUrl: replay.baseUrl });
    expect((await unnamed.dataset('p-1')).portal).toBe(new URL(replay.baseUrl).host);
  });
});

describe('places and times of a harvested dataset', () => {
  it('keeps the level and the trimmed label of a place outside the geocoding vocabulary', async () => {
    const dataset = await client.dataset('p-1');
    expect(dataset.regions).toEqual([
      { uri: 'http://sws.geonames.org/2935022/', level: 'municipality', label: 'Dresden' },
    ]);
  });

  it('reads a harvested wall time in the spring gap as summer time', async () => {
    const dataset = await client.dataset('p-1');
    expect(dataset.modified).toBe('2025-03-30T03:30:00+02:00');
    // "2019-2020" is no date: the issued date is CKAN's own metadata_created, UTC.
    expect(dataset.issued).toBe('2025-01-10T10:00:00+01:00');
  });

  it('gives a region no level when the level URI names none of ours', async () => {
    const page = await client.search({ facets: [] });
    expect(page.items.find((item) => item.id === 'p-2')!.regions).toEqual([
      { uri: `${GEO}governmentDistrictKey/145`, ags: '145' },
    ]);
  });

  it("reads CKAN's own UTC dates at the instants the clocks change", async () => {
    const page = await client.search({ facets: [] });
    const atChange = page.items.find((item) => item.id === 'p-2')!;
    // 01:00 UTC on the last Sundays of March and October: the first minute of summer and of
    // winter time.
    expect(atChange.issued).toBe('2025-03-30T03:00:00+02:00');
    expect(atChange.modified).toBe('2025-10-26T02:00:00+01:00');
  });
});

describe('region filters', () => {
  it('rejects a key that is no AGS with a TypeError naming it', async () => {
    for (const key of [
      '1',
      '146',
      '1461',
      '146120',
      '1461200',
      '146120000',
      'SN',
      'Pirna',
      'Freiberg',
    ]) {
      await expect(client.search({ region: [key] }), key).rejects.toThrow(
        new TypeError(`Not an AGS (2, 5 or 8 digits): "${key}"`),
      );
    }
  });
});

// Exported from regions.ts but called nowhere in the SDK yet: tested directly.
describe('agsLevel', () => {
  it('reads the level from the length of an AGS', () => {
    expect(agsLevel('14')).toBe('state');
    expect(agsLevel('14612')).toBe('district');
    expect(agsLevel('14612000')).toBe('municipality');
    expect(agsLevel('146')).toBeUndefined();
    expect(agsLevel('146120000000')).toBeUndefined();
  });
});

describe('bugs these tests found', () => {
  it('reads a data theme written with https, as some portals publish it', () => {
    expect(themeCode('https://publications.europa.eu/resource/authority/data-theme/TRAN')).toBe(
      'TRAN',
    );
    expect(themeCode(' http://publications.europa.eu/resource/authority/data-theme/educ ')).toBe(
      'EDUC',
    );
  });

  it('filters by a portal-specific licence id without the blanks around it', () => {
    expect(licenseVariants(' eigene-lizenz ')).toEqual(['eigene-lizenz']);
  });

  it('refuses an impossible date bound with a TypeError, never rolling it over', () => {
    expect(() => instantRange({ from: '2024-02-30' })).toThrow(
      new TypeError('Not an ISO 8601 date or date-time: "2024-02-30"'),
    );
    expect(() => instantRange({ to: '2024-13-45' })).toThrow(
      new TypeError('Not an ISO 8601 date or date-time: "2024-13-45"'),
    );
    expect(() => dayRange({ to: '2024-04-31' })).toThrow(
      new TypeError('Not an ISO 8601 date or date-time: "2024-04-31"'),
    );
    // the last day of February in a leap year is a day
    expect(instantRange({ to: '2024-02-29' })).toBe('[* TO 2024-02-29T23:00:00Z}');
  });
});

// Round 2 of issue 29: the shared parts tested directly, each with the inputs portals send that
// tell a right answer from a nearly right one.
describe('date range bounds', () => {
  it('trims a bound before reading it as a Berlin day', () => {
    // read untrimmed, " 2024-05-01 " would be a UTC date (midnight UTC, not Berlin)
    expect(instantRange({ from: ' 2024-05-01 ' })).toBe('[2024-04-30T22:00:00Z TO *]');
    expect(instantRange({ from: '2024-05-01', to: '2024-06-01T12:00' })).toBe(
      '[2024-04-30T22:00:00Z TO 2024-06-01T10:00:00Z]',
    );
  });

  it('a range limits something only with a non-blank bound', () => {
    expect(hasRange(undefined)).toBe(false);
    expect(hasRange({})).toBe(false);
    expect(hasRange({ from: ' ', to: '' })).toBe(false);
    expect(hasRange({ to: '2024-05-01' })).toBe(true);
    expect(hasRange({ from: '2024-05-01' })).toBe(true);
  });

  it('names a bound that is no date in the TypeError', () => {
    expect(() => instantRange({ from: 'gestern' })).toThrow(
      new TypeError('Not an ISO 8601 date or date-time: "gestern"'),
    );
    expect(() => dayOf('morgen')).toThrow(
      new TypeError('Not an ISO 8601 date or date-time: "morgen"'),
    );
  });

  it('the day of a date-time is its Berlin calendar day, as a bare date', () => {
    expect(dayOf('2024-05-01T23:30:00Z')).toBe('2024-05-02');
    expect(dayOf('2024-05-01')).toBe('2024-05-01');
    expect(dayRange({ from: '2024-05-01T21:30:00Z', to: '2024-05-01' })).toEqual({
      from: '2024-05-01',
      before: '2024-05-02',
    });
  });
});

describe('text fields', () => {
  it('blank text is no text; other text is kept as sent', () => {
    expect(text('  ')).toBeUndefined();
    expect(text('')).toBeUndefined();
    expect(text(' Elbe ')).toBe(' Elbe ');
  });

  it('a link with blanks around it is the trimmed link', () => {
    expect(httpUrl(' https://www.example.org/elbe ')).toBe('https://www.example.org/elbe');
    expect(httpUrl('siehe https://www.example.org/elbe')).toBeUndefined();
  });

  it('reads a timestamp with blanks around it', () => {
    expect(normalizeTimestamp(' 2025-01-10T09:00:00 ', 'utc')).toBe('2025-01-10T10:00:00+01:00');
  });
});

describe('regions', () => {
  it('reads the level of a geocoding level URI, with or without a trailing slash or blanks', () => {
    expect(geocodingLevel(`${GEO}Level/state`)).toBe('state');
    expect(geocodingLevel(`${GEO}Level/administrativeDistrict/`)).toBe('district');
    expect(geocodingLevel(` ${GEO}Level/municipality `)).toBe('municipality');
    // a longer path is no level URI
    expect(geocodingLevel(`${GEO}Level/state/14`)).toBeUndefined();
    expect(geocodingLevel(undefined)).toBeUndefined();
  });

  it('a place written as text is its trimmed label; a blank one is none', () => {
    expect(regionOf(' Landkreis Meißen ')).toEqual({ label: 'Landkreis Meißen' });
    expect(regionOf('   ')).toBeUndefined();
    expect(regionOf('')).toBeUndefined();
    // text that merely mentions a link is still text
    expect(regionOf('Meißen, siehe https://www.kreis-meissen.de')).toEqual({
      label: 'Meißen, siehe https://www.kreis-meissen.de',
    });
  });

  it('a URI outside our key vocabularies keeps the level and label it came with', () => {
    expect(regionOf(`${GEO}unknownKey/14`, 'state', 'Sachsen')).toEqual({
      uri: `${GEO}unknownKey/14`,
      level: 'state',
      label: 'Sachsen',
    });
    expect(regionOf('http://sws.geonames.org/2935022/')).toEqual({
      uri: 'http://sws.geonames.org/2935022/',
    });
  });

  it('pairs portal labels with values only when there is one of each', () => {
    expect(regionsOf(['http://sws.geonames.org/2935022/'], undefined, [' Dresden '])).toEqual([
      { uri: 'http://sws.geonames.org/2935022/', label: 'Dresden' },
    ]);
    expect(
      regionsOf(['http://sws.geonames.org/1/', 'http://sws.geonames.org/2/'], undefined, ['Eins']),
    ).toEqual([{ uri: 'http://sws.geonames.org/1/' }, { uri: 'http://sws.geonames.org/2/' }]);
    // without labels a text place is its own label
    expect(regionsOf(['Pirna'])).toEqual([{ label: 'Pirna' }]);
  });

  it('lists each place once', () => {
    expect(
      regionsOf(['Pirna', ' Pirna ', `${GEO}districtKey/14628`, `${GEO}districtKey/14628/`]),
    ).toEqual([
      { label: 'Pirna' },
      {
        uri: `${GEO}districtKey/14628`,
        ags: '14628',
        level: 'district',
        label: 'Sächsische Schweiz-Osterzgebirge',
      },
    ]);
    // one AGS under two URIs (http and https) is one place
    expect(
      uniqueRegions([
        { uri: `${GEO}stateKey/14`, ags: '14' },
        { uri: 'https://dcat-ap.de/def/politicalGeocoding/stateKey/14', ags: '14' },
      ]),
    ).toEqual([{ uri: `${GEO}stateKey/14`, ags: '14' }]);
  });

  it('a Gemeinde counts under its Kreis, a Kreis or Land under itself', () => {
    expect(facetAgs({ ags: '14612000' })).toBe('14612');
    expect(facetAgs({ ags: '14612' })).toBe('14612');
    expect(facetAgs({ ags: '14' })).toBe('14');
    expect(facetAgs({ label: 'Pirna' })).toBeUndefined();
  });

  it('accepts exactly 2, 5 or 8 digits as an AGS', () => {
    expect(['14', '14612', '14612000'].map(isAgs)).toEqual([true, true, true]);
    expect(['146', 'SN14', '14612x', '1461200099'].map(isAgs)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('themes', () => {
  it('reads an OGD category with blanks and a category by its label', () => {
    expect(categoryThemes(' transport_verkehr ')).toEqual(['TRAN']);
    expect(categoryThemes('umwelt-gruppe', 'Umwelt')).toEqual(['ENVI']);
    expect(categoryThemes('umwelt-gruppe', ' Umwelt ')).toEqual(['ENVI']);
    expect(categoryThemes('umwelt-gruppe')).toEqual([]);
  });
});

describe('licence spellings', () => {
  const BASE = 'http://dcat-ap.de/def/licenses/';

  it('writes a licence in its current DCAT-AP.de spelling', () => {
    expect(normalizeLicenseUri(' dl-by-de/2_0 ')).toBe(`${BASE}dl-by-de/2.0`);
    // versions with more than one digit on either side
    expect(normalizeLicenseUri(`${BASE}beispiel/10_0`)).toBe(`${BASE}beispiel/10.0`);
    expect(normalizeLicenseUri(`${BASE}beispiel/2_10`)).toBe(`${BASE}beispiel/2.10`);
    expect(normalizeLicenseUri(`${BASE}beispiel/2_0/x`)).toBe(`${BASE}beispiel/2_0/x`);
    // only the whole id "official-work" is the old spelling of "officialWork"
    expect(normalizeLicenseUri('official-work')).toBe(`${BASE}officialWork`);
    expect(normalizeLicenseUri('non-official-work')).toBe(`${BASE}non-official-work`);
    expect(normalizeLicenseUri('official-work-2')).toBe(`${BASE}official-work-2`);
    // a link elsewhere that names a DCAT-AP.de licence stays the link it is
    expect(
      normalizeLicenseUri(
        'https://www.example.org/?lizenz=https://dcat-ap.de/def/licenses/cc-zero',
      ),
    ).toBe('https://www.example.org/?lizenz=https://dcat-ap.de/def/licenses/cc-zero');
  });

  it('a facet counts http, https and padded spellings of a DCAT-AP.de licence as one', () => {
    expect(canonicalLicense(`${BASE}dl-by-de/2_0`)).toBe(`${BASE}dl-by-de/2.0`);
    expect(canonicalLicense(` ${BASE}dl-by-de/2_0 `)).toBe(`${BASE}dl-by-de/2.0`);
    // text that mentions a licence URI is a portal's own id, kept as it is
    expect(canonicalLicense(`siehe ${BASE}cc-zero`)).toBe(`siehe ${BASE}cc-zero`);
  });

  it('filters a licence outside DCAT-AP.de by its own spelling only', () => {
    expect(licenseVariants('https://creativecommons.org/licenses/by/4.0')).toEqual([
      'https://creativecommons.org/licenses/by/4.0',
    ]);
    expect(licenseVariants(`${BASE}beispiel/10.0`)).toEqual([
      `${BASE}beispiel/10.0`,
      `${BASE}beispiel/10_0`,
    ]);
    expect(licenseVariants(`${BASE}beispiel/2.10`)).toEqual([
      `${BASE}beispiel/2.10`,
      `${BASE}beispiel/2_10`,
    ]);
    expect(licenseVariants(`${BASE}beispiel/2.0/x`)).toEqual([`${BASE}beispiel/2.0/x`]);
  });

  it('titles only DCAT-AP.de licences', () => {
    expect(licenseTitle(`${BASE}dl-by-de/2_0`, 'de')).toBe(
      'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    );
    // a look-alike host of the same length is not DCAT-AP.de
    expect(licenseTitle('http://dcat-ap.eu/def/licenses/dl-by-de/2.0', 'de')).toBeUndefined();
  });
});

describe('formats', () => {
  const FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';

  it('reads names with blanks, dots, dashes and file-type URIs with trailing slashes', () => {
    expect(normalizeFormat(' csv ')).toBe('CSV');
    expect(normalizeFormat('   ')).toBeUndefined();
    expect(normalizeFormat(`${FILE_TYPE}CSV/`)).toBe('CSV');
    expect(normalizeFormat(`${FILE_TYPE}CSV//`)).toBe('CSV');
    expect(normalizeFormat('rdf - xml')).toBe('RDF');
    // an unknown name with a dot inside stays as sent
    expect(normalizeFormat('tar.gz')).toBe('tar.gz');
  });

  it('reads the service of an OGC protocol, blanks before it allowed', () => {
    expect(protocolFormat('  OGC:WMS-http-get-capabilities')).toBe('WMS');
    expect(protocolFormat('ESRI:REST-OGC:WMS')).toBeUndefined();
  });

  it('filters a format by its spelling as given, upper and lower case', () => {
    expect(formatVariants('Csv')).toEqual(['Csv', 'CSV', 'csv']);
  });

  it('reads media types and IANA URIs, http or https, with blanks around them', () => {
    expect(mediaTypeOf(' Text/CSV ')).toBe('text/csv');
    expect(mediaTypeOf('http://www.iana.org/assignments/media-types/text/csv')).toBe('text/csv');
    expect(mediaTypeOf('https://www.iana.org/assignments/media-types/text/csv')).toBe('text/csv');
    expect(mediaTypeOf('Format: text/csv')).toBeUndefined();
    expect(mediaTypeOf('text/csv/gz')).toBeUndefined();
  });
});

describe('media types with parameters', () => {
  it('reads the format of a media type that carries a charset, as portals often send it', () => {
    expect(mediaTypeOf('text/csv; charset=UTF-8')).toBe('text/csv');
    expect(mediaTypeOf(' application/json;charset=utf-8 ')).toBe('application/json');
    expect(normalizeFormat('text/csv; charset=utf-8')).toBe('CSV');
    expect(
      normalizeFormat('https://www.iana.org/assignments/media-types/application/geo+json; x=1'),
    ).toBe('GeoJSON');
  });
});
