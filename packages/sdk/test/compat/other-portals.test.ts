import { describe, expect, it } from 'vitest';
import { raw, shown } from './map.js';

/**
 * Recorded answers of a French regional ISO/INSPIRE harvest (ckanext-spatial, data4citizen for the
 * Région Grand Est) and of CKAN's public demo site. Expected values written by hand from the raw
 * answers (provenance: test/fixtures/compat/README.md).
 */

describe('Région Grand Est, ckanext-spatial harvest (package_show)', () => {
  const file = 'compat/grandest-data4citizen-package_show.json';

  it('takes formats from OGC protocols, dates, contact and licence from the spatial extras', async () => {
    expect(await shown(file)).toEqual({
      id: '4c91f7c2-af7c-4128-99c0-b0af56ce5b7f',
      portal: 'compat',
      title: 'DONNEE - Commune du Grand Est (petite échelle)',
      description: raw(file).notes,
      keywords: [
        'COMMUNE',
        'DONNEES GEOGRAPHIQUES',
        'Géoportail',
        'LIMITE COMMUNALE',
        'Systèmes de maillage géographique',
        'UNITE ADMINISTRATIVE',
        'données ouvertes',
      ],
      themes: [],
      publisher: { name: 'region-grand-est' },
      contact: { email: 'mvd@grandest.fr' },
      license: { title: 'Licence ouverte "Etalab" V2' },
      // dataset-reference-date: creation 2016-01-01, edition 2023-06-13 — dates stay dates
      issued: '2016-01-01',
      modified: '2023-06-13',
      distributions: [
        {
          title: 'commune_actuelle',
          description: 'Webservice : flux WMS pour visualiser les données',
          format: 'WMS', // format "", resource_locator_protocol "OGC:WMS"
          accessUrl: 'https://www.datagrandest.fr/geoserver/region-grand-est/wms',
        },
        {
          title: 'commune_actuelle',
          description: 'Webservice : flux WFS pour télécharger les données',
          format: 'WFS', // format "", resource_locator_protocol "OGC:WFS"
          accessUrl: 'https://www.datagrandest.fr/geoserver/region-grand-est/wfs',
        },
        {
          title: 'Licence Ouverte Etalab V2',
          description: 'Licence Ouverte Etalab V2',
          format: 'PDF',
          accessUrl: 'http://odgeo.grandest.fr/Imagette_MD/ETALAB-Licence-Ouverte-v2.0.pdf',
        },
      ],
    });
  });
});

describe('demo.ckan.org (package_show, CKAN 2.8 era)', () => {
  const file = 'compat/demo-ckan-package_show.json';

  it('maps every field; a group that is no theme stays a category', async () => {
    expect(await shown(file)).toEqual({
      id: 'beb6c3a6-098d-4389-b0a2-de0243728b42',
      portal: 'compat',
      landingPage: 'http://www.spotlightonspend.org.uk/Downloads/1038',
      title: 'UK: Adur District Council Spending Data',
      description: raw(file).notes,
      keywords: ['country-uk', 'date-2009', 'openspending', 'regiona', 'regional'],
      themes: [],
      categories: [{ id: 'data-explorer', label: 'Data Explorer Examples' }],
      publisher: { name: 'Lucy Chambers' },
      license: { id: 'cc-by-sa', title: 'Creative Commons Attribution Share-Alike' },
      // UTC 2017-07-18T13:16:28 (summer), 2018-11-20T15:16:40 (winter)
      issued: '2017-07-18T15:16:28+02:00',
      modified: '2018-11-20T16:16:40+01:00',
      distributions: [
        {
          description: 'Adur District Council April 2009',
          format: 'CSV',
          accessUrl: 'http://ckan.net/storage/f/file/3ffdcd42-5c63-4089-84dd-c23876259973',
        },
        {
          description: 'Mapping Metadata for Adur',
          format: 'JSON',
          accessUrl: 'http://ckan.net/storage/f/file/c8ce520c-c2e6-463a-99a3-ad24b023ccb4',
        },
        {
          description: 'Revised CSV for import',
          format: 'CSV',
          accessUrl: 'http://mk.ucant.org/info/data/adur.csv',
        },
        {
          title: 'test',
          description: 'tset',
          accessUrl: 'http://samplecsvs.s3.amazonaws.com/Sacramentorealestatetransactions.csv',
        },
        {
          title: 'test wms',
          format: 'WMS',
          accessUrl:
            'http://gaservices.ga.gov.au/site_3/services/Bathymetry_Derivatives/MapServer/WMSServer?request=GetCapabilities&service=WMS',
        },
        {
          title: 'Shoreline_WM',
          format: 'WMS',
          accessUrl:
            'http://services.ga.gov.au/gis/services/Shoreline_WM/MapServer/WMSServer?request=GetCapabilities&service=WMS',
        },
        {
          title: 'other',
          format: 'GeoJSON',
          accessUrl:
            'https://demo.ckan.org/dataset/af7c5451-98a3-4fdd-9968-f882da70e037/resource/2738274b-ea56-44db-9119-be3cbaecbfd9/download/arxiu_municipal_de_santa_perpetua_de_mogoda_cataleg_llicencies_.geojson',
        },
      ],
    });
  });
});
