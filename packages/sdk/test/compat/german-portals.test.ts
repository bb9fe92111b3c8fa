import { describe, expect, it } from 'vitest';
import { raw, searched, shown } from './map.js';

/**
 * Recorded answers of German CKAN portals (provenance: test/fixtures/compat/README.md). Every
 * expected value below was written by hand from the raw answer; timestamps converted by hand
 * (CKAN's own fields are UTC, harvested DCAT fields Berlin time).
 */

describe('GovData, DCAT-AP.de harvest (package_show, 2025)', () => {
  const file = 'ckan/govdata-package_show.json';

  it('maps every field the model carries', async () => {
    const resource = raw(file).resources[0];
    expect(await shown(file)).toEqual({
      id: '2c2694be-eee2-4bb7-a3c5-44445e1d778c',
      portal: 'compat',
      uri: 'https://opendata.stuttgart.de/dataset/85a06c70-d65e-46fd-861b-2de52c008579',
      title: 'Einwohner nach Altersgruppen und Stadtbezirken',
      description: 'Einwohner in Stuttgart seit 1995 nach Altersgruppen und Stadtbezirken',
      keywords: ['einwohner'],
      themes: ['SOCI'],
      publisher: {
        name: 'Statistisches Amt der Landeshauptstadt Stuttgart',
        uri: 'https://opendata.stuttgart.de/organization/cff29f70-5b6d-4fb9-aa8f-0f1ae66634e8',
      },
      contact: {
        name: 'Statistisches Amt der Landeshauptstadt Stuttgart',
        email: 'Poststelle.12-opendata@stuttgart.de',
      },
      // license_id is "": the licence of the resource.
      license: {
        uri: 'http://dcat-ap.de/def/licenses/cc-by/4.0',
        title: 'Creative Commons Namensnennung 4.0 International (CC BY 4.0)',
      },
      // harvested `issued`/`modified` extras, Berlin time (summer: +02:00)
      issued: '2023-06-22T07:58:34+02:00',
      modified: '2024-07-19T08:39:49+02:00',
      distributions: [
        {
          title: 'Einwohner in Stuttgart nach Altersgruppen und Stadtbezirken seit 1986',
          description: resource.description, // Markdown with \r\n, kept as sent
          format: 'CSV',
          mediaType: 'text/csv',
          accessUrl:
            'https://opendata.stuttgart.de/dataset/85a06c70-d65e-46fd-861b-2de52c008579/resource/2842140d-8787-475d-b1b9-35a496b503e3/download/einwohner-in-stuttgart-nach-altersgruppen-und-stadtbezirken-seit-1986.csv',
          byteSize: 1219018,
          license: {
            uri: 'http://dcat-ap.de/def/licenses/cc-by/4.0',
            title: 'Creative Commons Namensnennung 4.0 International (CC BY 4.0)',
          },
          modified: '2023-06-26T06:28:32+02:00',
        },
      ],
    });
  });

  it('gives licence titles in English for an English client', async () => {
    const dataset = await shown(file, 'en');
    expect(dataset.license?.title).toBe(
      'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    );
  });
});

describe('GovData, OGD 1.x era (package_show, 2014)', () => {
  const file = 'compat/govdata-ogd-package_show-2014.json';

  it('maps OGD categories to EU themes, keeps `geo` as a category, reads UTC fallbacks', async () => {
    const record = raw(file);
    expect(await shown(file)).toEqual({
      id: '352a646f-e170-49c7-9d1e-53bdef9392fc',
      portal: 'compat',
      title: 'LGB: HGW Chrom - Ebene: LGB: HGW Chrom',
      description: record.notes,
      keywords: [
        '90-perzentil',
        'arsen',
        'blei',
        'boden',
        'bodenbelastung',
        'bodenbelastungskataster',
        'bodenfunktionen',
        'bodenkarte',
        'cadmium',
        'chrom',
        'gesamtgehalt',
        'hintergrundgehalte',
        'hintergrundwerte',
        'kobalt',
        'kupfer',
        'mangan',
        'mittelerer-gesamtgehalt',
        'nickel',
        'quecksilber',
        'soil',
        'zink',
      ],
      // bildung_wissenschaft → EDUC + TECH (ckanext-dcatde category_mapping.json); geo → no theme
      themes: ['EDUC', 'TECH'],
      categories: [{ id: 'geo', label: 'Geographie, Geologie und Geobasisdaten' }],
      publisher: { name: 'Landesamt für Geologie und Bergbau' },
      contact: { name: 'Landesamt für Geologie und Bergbau' },
      license: { id: 'cc-nc', title: 'Creative Commons Nicht-Kommerziell (CC-NC)' },
      // no harvested dates: metadata_created/modified 2014-04-29T13:28:38 UTC = 15:28:38 in Berlin
      issued: '2014-04-29T15:28:38+02:00',
      modified: '2014-04-29T15:28:38+02:00',
      distributions: [
        {
          description: 'Anzeige im GeoPortal.rlp',
          format: 'Kartenviewer',
          accessUrl:
            'http://www.geoportal.rlp.de:80/portal/karten.html?LAYER[zoom]=1&LAYER[id]=26253',
        },
        {
          description: 'WMS Capabilities Link zur Integration in GIS oder Webapplikationen',
          format: 'WMS',
          accessUrl:
            'http://www.geoportal.rlp.de/mapbender/php/wms.php?layer_id=26253&REQUEST=GetCapabilities&VERSION=1.1.1&SERVICE=WMS',
        },
        {
          description: 'Metadaten zur WMS Kartenebene',
          format: 'HTML',
          accessUrl:
            'http://www.geoportal.rlp.de/mapbender/php/mod_showMetadata.php?languageCode=de&resource=layer&layout=tabs&id=26253',
        },
      ],
    });
  });
});

describe('GovData (package_search, 2015)', () => {
  const file = 'compat/govdata-package_search-2015.json';

  it('reads the page, its items field by field, and facets the portal left out as empty', async () => {
    const page = await searched(file);
    expect(page.total).toBe(256);
    expect(page.items.map((item) => item.id)).toEqual([
      '9916a096-eee0-4ec1-99b8-558e4123c003',
      'f3e4d606-27dd-4b72-90a1-6304e041d7eb',
      '14b1e024-e0ef-4db5-b188-186546b34a86',
      'adb5bcd7-36e6-4f33-810a-cf46a2115109',
      '8dd9b1ec-6e40-4e4b-8579-5a81e7b6c8af',
      'f6870aed-ce95-48e0-8c8e-9569d5962358',
      '47d3503b-ea8f-4d85-93ba-0132a719cecb',
      'e6d863f8-add9-4fe9-b4c3-46e281701de8',
      '927f586f-92bb-460d-8929-2970c11d8fe6',
      '612a2937-4c1b-431a-b82b-01d28c5688ed',
    ]);
    expect(page.items[0]).toEqual({
      id: '9916a096-eee0-4ec1-99b8-558e4123c003',
      portal: 'compat',
      landingPage: 'http://www.opendata-hro.de',
      title: 'Harvester Rostock',
      keywords: [],
      themes: [],
      publisher: { name: 'Datenportal Rostock' },
      // UTC: 2015-10-23T11:10:50 (summer time) and 2015-12-14T16:35:40 (winter time)
      issued: '2015-10-23T13:10:50+02:00',
      modified: '2015-12-14T17:35:40+01:00',
      distributions: [],
    });
    expect(page.facets).toEqual({
      publisher: [],
      theme: [],
      category: [],
      format: [],
      license: [],
      keyword: [],
      region: [],
    });
  });
});
