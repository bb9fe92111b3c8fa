import { describe, expect, it } from 'vitest';
import { raw, searched, shown } from './map.js';

/**
 * Recorded answers of the city of Zürich's CKAN (a bare `result`, no envelope, as recorded) and of
 * EnviDat (WSL research data, CKAN with its own JSON-in-string fields). Expected values written by
 * hand from the raw answers; CKAN's own timestamps are UTC and converted by hand.
 */

describe('data.stadt-zuerich.ch (package_search "verkehr", bare result)', () => {
  const file = 'compat/stadt-zuerich-package_search-verkehr.json';

  it('keeps the city categories, maps theme labels, one spelling per format', async () => {
    const page = await searched(file, { text: 'verkehr' });
    expect(page.total).toBe(102);
    const download = 'https://www.stadt-zuerich.ch/geodaten/download/Kommunaler_Richtplan_Verkehr';
    const services = 'https://www.ogd.stadt-zuerich.ch';
    expect(page.items[0]).toEqual({
      id: '6e0d76e3-c85f-458c-931e-35e459f2c803',
      portal: 'compat',
      title: 'Kommunaler Richtplan Verkehr',
      description: raw(file).results[0].notes,
      keywords: [
        'geodaten',
        'geoportal',
        'liniendaten',
        'polygondaten',
        'punktdaten',
        'stzh',
        'vektordaten',
      ],
      // "Umwelt" is the German label of ENVI; `verwaltung` an OGD 1.x category (GOVE)
      themes: ['ENVI', 'GOVE'],
      categories: [{ id: 'mobilitat', label: 'Mobilität' }],
      publisher: { name: 'Stadt Zürich' },
      contact: { name: 'Open Data Zürich', email: 'opendata@zuerich.ch' },
      license: { id: 'cc-zero', title: 'Creative Commons CCZero' },
      // metadata_created 05:41:46 UTC, metadata_modified 06:10:44 UTC, summer time
      issued: '2026-04-29T07:41:46+02:00',
      modified: '2026-08-07T08:10:44+02:00',
      distributions: [
        {
          title: 'Kommunaler_Richtplan_Verkehr.csv',
          format: 'CSV',
          accessUrl: `${download}?format=10008`,
        },
        {
          title: 'Kommunaler_Richtplan_Verkehr.dxf',
          format: 'DXF',
          accessUrl: `${download}?format=10006`,
        },
        {
          title: 'Kommunaler_Richtplan_Verkehr.gpkg',
          format: 'GeoPackage',
          accessUrl: `${download}?format=10005`,
        },
        {
          title: 'Kommunaler_Richtplan_Verkehr.json',
          format: 'JSON',
          accessUrl: `${download}?format=10009`,
        },
        {
          title: 'Kommunaler_Richtplan_Verkehr.json (GeoJSON-Services)',
          format: 'JSON',
          accessUrl: `${download}?format=geojson_link`,
        },
        {
          title: 'Kommunaler_Richtplan_Verkehr.shp',
          format: 'SHP',
          accessUrl: `${download}?format=10007`,
        },
        {
          title: 'Web Feature Service',
          format: 'WFS',
          accessUrl: `${services}/wfs/geoportal/Kommunaler_Richtplan_Verkehr?SERVICE=WFS&REQUEST=GetCapabilities&VERSION=1.1.0`,
        },
        {
          title: 'Web Map Service',
          format: 'WMS',
          accessUrl: `${services}/wms/geoportal/Kommunaler_Richtplan_Verkehr?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0`,
        },
        {
          title: 'Web Map Tile Service',
          format: 'WMTS',
          accessUrl: `${services}/mapproxy/wmts/1.0.0/WMTSCapabilities.xml`,
        },
      ],
    });
    expect(
      page.items.slice(1).map((item) => [item.id, item.title, item.themes, item.categories]),
    ).toEqual([
      [
        '8b4d69f8-1f9b-41b9-9906-bd997ee044f8',
        'Haltestellen des öffentlichen Verkehrs  (OGD) (kantonaler Datensatz)',
        [],
        [{ id: 'mobilitat', label: 'Mobilität' }],
      ],
      [
        'd81e2da4-b3a2-4f51-8be2-a87b7d967ce9',
        'Tarifzonen des öffentlichen Verkehrs (OGD) (kantonaler Datensatz)',
        [],
        [{ id: 'mobilitat', label: 'Mobilität' }],
      ],
    ]);
    // `dxf` and `gdb` as the portal writes them become one upper-case spelling
    expect(page.items[1]!.distributions.map((d) => d.format)).toEqual([
      'WFS',
      'CSV',
      'DXF',
      'GDB',
      'GeoPackage',
      'SHP',
      'WFS',
      'WMS',
      'WMS',
      'WMS',
    ]);
    // `url` is plain text here ("Abteilung Geoinformation, …"), never a landing page
    expect(page.items.every((item) => item.landingPage === undefined)).toBe(true);
  });
});

describe('EnviDat (package_search)', () => {
  const file = 'compat/envidat-package_search.json';

  it('reads JSON-text maintainers as contacts and resource last_modified as UTC', async () => {
    const page = await searched(file);
    const [first, second] = raw(file).results;
    expect(page.total).toBe(858);
    expect(page.items[0]).toEqual({
      id: '8c2dcda3-8d82-40cd-b79e-1b4dbe4ac77f',
      portal: 'compat',
      title:
        'The importance of hot summers and individual heatwaves for permafrost in the Swiss Alps',
      description: first.notes,
      keywords: [
        'ATMOSPHERIC HEATWAVES',
        'CLIMATE CHANGE',
        'HOT SUMMER',
        'MOUNTAIN PERMAFROST',
        'SEASONAL VARIABILITY',
        'SUBSEASONAL VARIABILITY',
      ],
      themes: [],
      publisher: { name: 'CRYOS' },
      contact: { name: 'Elizaveta Sharaborova', email: 'elizaveta.sharaborova@epfl.ch' },
      license: { id: 'cc-by', title: 'Creative Commons Attribution (CC-BY 4.0)' },
      issued: '2026-07-27T16:09:10+02:00',
      modified: '2026-08-04T09:19:14+02:00',
      distributions: [
        {
          title: 'SNOWPACK_simulations.zip',
          format: 'ZIP',
          mediaType: 'application/zip',
          accessUrl:
            'https://www.envidat.ch/dataset/8c2dcda3-8d82-40cd-b79e-1b4dbe4ac77f/resource/99c43a7e-36eb-411c-8242-edbfde8b5b01/download/snowpack_simulations.zip',
          byteSize: 10004794304,
        },
      ],
    });
    const dataset = 'https://www.envidat.ch/dataset/19c270cb-d470-4bf6-b527-90c1b44040e8/resource';
    const csv = { format: 'CSV', mediaType: 'text/csv' };
    expect(page.items[1]).toEqual({
      id: '19c270cb-d470-4bf6-b527-90c1b44040e8',
      portal: 'compat',
      title: second.title,
      description: second.notes,
      keywords: [
        'ATMOSPHERIC DROUGHT',
        'DATASET',
        'PFYNWALD',
        'SCOTS PINE',
        'SOIL DROUGHT',
        'STOMATA',
        'TRANSPIRATION',
        'TREE-WATER-DEFICIT',
        'VPDROUGHT',
        'WATER POTENTIAL',
        'WHOLE-CANOPY CONDUCTANCE',
      ],
      themes: [],
      publisher: { name: 'Functional Plant Ecology' },
      contact: { name: 'Giovanni Bortolami', email: 'giovanni.bortolami@wsl.ch' },
      license: { id: 'cc-by', title: 'Creative Commons Attribution (CC-BY 4.0)' },
      issued: '2026-07-22T15:59:03+02:00',
      modified: '2026-08-03T14:54:24+02:00',
      // last_modified 16:33:34, 16:13, 16:02, 16:06 UTC → 18:… in Berlin (read as Berlin: 16:…)
      distributions: [
        {
          title: 'file2_physiological_60min.csv',
          description: second.resources[0].description,
          ...csv,
          accessUrl: `${dataset}/0586e734-aa61-4616-8caa-ff51b3eb7219/download/file2_physiological_60min.csv`,
          byteSize: 18360566,
          modified: '2026-07-22T18:33:34+02:00',
        },
        {
          title: 'file4_leaf_gas_exchange.csv',
          description: second.resources[1].description,
          ...csv,
          accessUrl: `${dataset}/9e771a03-7aba-4b04-aa4a-51b03ecf564b/download/file4_leaf_gas_exchange.csv`,
          byteSize: 179589,
          modified: '2026-07-22T18:13:00+02:00',
        },
        {
          title: 'file1_environmental_10min.csv',
          description: second.resources[2].description,
          ...csv,
          accessUrl: `${dataset}/d4b2c5be-f185-4745-b363-a8f06964110e/download/file1_environmental_10min.csv`,
          byteSize: 23257416,
          modified: '2026-07-22T18:02:00+02:00',
        },
        {
          title: 'file3_water_potential_bar.csv',
          description: second.resources[3].description,
          ...csv,
          accessUrl: `${dataset}/03cff295-9bf2-43f5-a35a-f141b7f96f05/download/file3_water_potential_bar.csv`,
          byteSize: 57405,
          modified: '2026-07-22T18:06:00+02:00',
        },
      ],
    });
  });
});

describe('EnviDat (package_show)', () => {
  const file = 'compat/envidat-package_show.json';

  it('maps every field; resource times as UTC across the winter/summer boundary', async () => {
    const record = raw(file);
    const resource = 'https://www.envidat.ch/dataset/91c9414e-13ce-49c2-9b1e-3ccc9e4a5314/resource';
    expect(await shown(file)).toEqual({
      id: '91c9414e-13ce-49c2-9b1e-3ccc9e4a5314',
      portal: 'compat',
      title: 'Fatal avalanche accidents in Switzerland since 1936/37',
      description: record.notes,
      keywords: [
        'AVALANCHE ACCIDENT STATISTICS',
        'AVALANCHE ACCIDENTS',
        'AVALANCHE FATALITIES',
        'NUMBER OF CAUGHT PERSONS',
        'NUMBER OF DEAD PERSONS',
      ],
      themes: [],
      publisher: { name: 'Snow Avalanches and Prevention' },
      // maintainer: {"given_name": "", "name": "Avalanche Warning Service SLF ", "email": …}
      contact: { name: 'Avalanche Warning Service SLF', email: 'data@slf.ch' },
      license: { id: 'other-undefined', title: 'Other (Specified in the description)' },
      issued: '2023-06-09T16:03:59+02:00',
      modified: '2025-12-15T14:58:11+01:00',
      distributions: [
        {
          title: 'avalanche_accidents_fatal_switzerland_since_1936.csv',
          description: record.resources[0].description,
          format: 'CSV',
          mediaType: 'application/vnd.ms-excel',
          accessUrl: `${resource}/907dc25c-1e66-4e9c-8c22-050e5b08a917/download/avalanche_accidents_fatal_switzerland_since_1936.csv`,
          byteSize: 185231,
          modified: '2025-12-15T15:58:10+01:00',
        },
        {
          title: 'Version 2 Fatal avalanche accidents in Switzerland since 1936/37',
          description: record.resources[1].description,
          format: 'CSV',
          accessUrl: `${resource}/47e8085b-592d-4580-8d4c-3c832a9c5dee/download/version2_avalanche_accidents_fatal_switzerland_since_1936.csv`,
          byteSize: 183470,
          modified: '2025-12-15T15:57:00+01:00',
        },
        {
          title: 'Fatal avalanche accidents in Switzerland since 1936/37',
          description: record.resources[2].description,
          format: 'CSV',
          accessUrl: `${resource}/3b0f1900-b0a3-4023-896a-f5ae7c36924c/download/avalanche_accidents_fatal_switzerland_since_1936.csv`,
          byteSize: 178156,
          modified: '2025-02-19T12:48:00+01:00',
        },
      ],
    });
  });
});
