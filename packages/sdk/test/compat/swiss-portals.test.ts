import { describe, expect, it } from 'vitest';
import { raw, shown } from './map.js';

/**
 * Recorded answers of Swiss CKAN portals (provenance: test/fixtures/compat/README.md): opendata.swiss
 * (ckanext-fluent/scheming: language maps everywhere), the city of Zürich and EnviDat. Expected
 * values written by hand from the raw answers; times converted by hand.
 */

const NC = { id: 'NonCommercialAllowed-CommercialWithPermission-ReferenceRequired' };

describe('opendata.swiss, Stadt Luzern WMS (package_show)', () => {
  const file =
    'compat/opendata-swiss-package_show-altersbetreuungen-standort-und-informationen-wms.json';
  const expected = {
    id: '79d9725b-6939-40cc-8de7-81739d30d555',
    portal: 'compat',
    landingPage:
      'https://www.stadtluzern.ch/politikverwaltung/stadtverwaltung/dienstabteilungenbereiche/7768',
    title: 'Altersbetreuungen - Standort und Informationen (WMS)',
    description: 'Standorte der Altersheime',
    keywords: ['altersheim', 'alterswohnen', 'point-of-interest-poi'],
    themes: [],
    publisher: {
      name: 'Geoinformationszentrum (GIS) Stadt Luzern',
      uri: 'https://www.stadtluzern.ch/politikverwaltung/stadtverwaltung/dienstabteilungenbereiche/7768',
    },
    contact: { name: 'gis@stadtluzern.ch', email: 'gis@stadtluzern.ch' },
    license: NC,
    // top-level harvested dates, local time: June is summer time, December winter time
    issued: '2023-06-21T00:00:00+02:00',
    modified: '2023-12-07T00:00:00+01:00',
    distributions: [
      {
        description: 'WMS GetCapabilities Altersbetreruung',
        format: 'WMS',
        accessUrl:
          'https://map.stadtluzern.ch/server/services/OGD/altersbetreuung/MapServer/WMSServer?request=GetCapabilities&service=WMS',
        license: NC,
        modified: '2023-12-07T00:00:00+01:00',
      },
    ],
  };

  it('reads the German entries of the language maps', async () => {
    expect(await shown(file)).toEqual(expected);
  });

  it('falls back to German where the English entries are empty', async () => {
    expect(await shown(file, 'en')).toEqual(expected);
  });
});

describe('opendata.swiss, BAKOM 2G availability (package_show, four languages)', () => {
  const file = 'compat/opendata-swiss-package_show-2g-gsm-edge-verfugbarkeit.json';
  const record = raw(file);
  const common = {
    id: 'c41973f9-0ca4-450c-a691-f49e144cf0a5',
    portal: 'compat',
    landingPage: 'https://www.bakom.admin.ch/bakom/de/home/telekommunikation/atlas.html',
    themes: ['EDUC', 'ENER', 'REGI', 'ENVI'],
    publisher: { name: 'Bundesamt für Kommunikation', uri: 'http://www.bakom.admin.ch' },
    contact: { name: 'Patrick.Heer@bakom.admin.ch', email: 'Patrick.Heer@bakom.admin.ch' },
    license: NC,
    // 2023-10-31 is after the switch to winter time
    issued: '2023-10-31T00:00:00+01:00',
    modified: '2023-10-31T00:00:00+01:00',
  };
  const resource = { license: NC, modified: '2023-10-31T00:00:00+01:00' };
  const urls = {
    map: 'https://map.geo.admin.ch/?layers=ch.bakom.mobilnetz-2g',
    wms: 'https://wms.geo.admin.ch/?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities&lang=de',
    wmts: 'https://wmts.geo.admin.ch/EPSG/3857/1.0.0/WMTSCapabilities.xml?lang=de',
    html: 'https://data.geo.admin.ch/browser/index.html#/collections/ch.bakom.mobilnetz-2g',
  };

  it('maps every field in German', async () => {
    expect(await shown(file)).toEqual({
      ...common,
      title: '2G - GSM / EDGE Verfügbarkeit',
      description: record.description.de,
      keywords: [
        'versorgungswirtschaft-und-staatliche-dienste',
        'fernsehen',
        'telekommunikation',
        'bgdi-bundesgeodaten-infrastruktur',
      ],
      distributions: [
        {
          title: 'Map (Preview) Vorschau map.geo.admin.ch',
          description: 'Vorschau map.geo.admin.ch',
          format: 'SERVICE',
          accessUrl: urls.map,
          ...resource,
        },
        {
          title: 'ch.bakom.mobilnetz-2g',
          description: 'WMS-BGDI Dienst, Layer "2G - GSM / EDGE"',
          format: 'WMS',
          accessUrl: urls.wms,
          ...resource,
        },
        {
          title: 'ch.bakom.mobilnetz-2g',
          description: 'WMTS-BGDI Dienst, Layer "2G - GSM / EDGE"',
          format: 'WMTS',
          accessUrl: urls.wmts,
          ...resource,
        },
        { format: 'HTML', accessUrl: urls.html, downloadUrl: urls.html, ...resource },
      ],
    });
  });

  it('maps every field in English', async () => {
    expect(await shown(file, 'en')).toEqual({
      ...common,
      title: '2G - GSM / EDGE availability',
      description: record.description.en,
      keywords: [
        'utility-and-governmental-services',
        'television',
        'telecommunication',
        'fsdi-federal-spatial-data-infrastructure',
      ],
      distributions: [
        {
          title: 'Map (Preview)  map.geo.admin.ch',
          description: 'Preview map.geo.admin.ch',
          format: 'SERVICE',
          accessUrl: urls.map,
          ...resource,
        },
        {
          title: 'ch.bakom.mobilnetz-2g',
          description: 'WMS-FSDI service, layer "2G - GSM / EDGE"',
          format: 'WMS',
          accessUrl: urls.wms,
          ...resource,
        },
        {
          title: 'ch.bakom.mobilnetz-2g',
          description: 'WMTS-FSDI service, layer "2G - GSM / EDGE"',
          format: 'WMTS',
          accessUrl: urls.wmts,
          ...resource,
        },
        { format: 'HTML', accessUrl: urls.html, downloadUrl: urls.html, ...resource },
      ],
    });
  });
});

describe('opendata.swiss, Kanton Basel-Landschaft (package_show, DCAT harvest)', () => {
  const file =
    'compat/opendata-swiss-package_show-bevolkerungsbilanz-nach-gemeinde-und-quartal-ab-2003.json';

  it('maps every field; empty formats stay empty, known media types give none', async () => {
    const base = 'https://data.bl.ch/api/v2/catalog/datasets/10680/exports/';
    const title = 'Bevölkerungsbilanz nach Gemeinde und Quartal (seit 2003)';
    // 2024-02-21T09:41:37.56+00:00 is 10:41:37 in Berlin (winter time)
    const common = { license: { id: 'CC BY 4.0' }, modified: '2024-02-21T10:41:37+01:00' };
    const export_ = (name: string, extra: object = {}) => ({
      title: name,
      description: `${title} (${name})`,
      ...extra,
      accessUrl: base + name,
      downloadUrl: base + name,
      ...common,
    });
    expect(await shown(file)).toEqual({
      id: 'dcd9e1bf-b9ca-44fc-a6c5-00822428c7dd',
      portal: 'compat',
      uri: 'https://data.bl.ch/api/v2/catalog/datasets/10680',
      landingPage: 'https://data.bl.ch/explore/dataset/10680/',
      title,
      description: 'Kantonale Bevölkerungsstatistik',
      keywords: [
        'anfangsbestand',
        'burgerrechtswechsel',
        'endbestand',
        'geburten',
        'quartalsdaten',
        'statistikdaten',
        'todesfalle',
        'wanderungen',
        'wegzuge',
        'zuzuge',
      ],
      themes: ['SOCI'],
      publisher: {
        name: 'kanton-basel-landschaft',
        uri: 'https://data.bl.ch/explore/?refine.dcat_ap_ch.domain=kanton-basel-landschaft',
      },
      contact: { name: 'Tamara Bobst', email: 'tamara.bobst@bl.ch' },
      license: { id: 'CC BY 4.0' },
      issued: '2024-02-21T10:41:37+01:00',
      modified: '2024-02-21T10:41:37+01:00',
      distributions: [
        export_('parquet'),
        export_('rdfxml', { format: 'RDF', mediaType: 'application/rdf+xml' }),
        // format "" and application/octet-stream: no format rather than a media type as format
        export_('fgb', { mediaType: 'application/octet-stream' }),
        export_('json', { format: 'JSON', mediaType: 'application/json' }),
        export_('csv', { format: 'CSV', mediaType: 'text/csv' }),
        export_('jsonld', { format: 'JSON-LD', mediaType: 'application/ld+json' }),
        export_('turtle', { format: 'RDF Turtle', mediaType: 'text/turtle' }),
        export_('jsonl', { format: 'JSON', mediaType: 'application/json' }),
        export_('n3', { format: 'N3', mediaType: 'text/n3' }),
        export_('xls', { format: 'XLS', mediaType: 'application/xls' }),
      ],
    });
  });
});

describe('opendata.swiss, Canton of Geneva geodata (package_show)', () => {
  const file = 'compat/opendata-swiss-package_show-agglo-mesures-mobilite-lineaires.json';

  it('maps every field; a non-OGC protocol gives no format', async () => {
    const record = raw(file);
    const url = 'https://ge.ch/sitg/sitg_catalog/geodataid/0245';
    expect(await shown(file)).toEqual({
      id: '65033978-22ee-4ad0-99c9-8ff0c5aef875',
      portal: 'compat',
      landingPage: url,
      title: 'AGGLO - MESURES MOBILITE (LINEAIRES)',
      description: record.description.de,
      keywords: [], // every language of `keywords` is empty
      themes: ['REGI', 'ENVI', 'TRAN'],
      publisher: {
        name: "Direction du projet d'agglomération",
        uri: 'https://www.ge.ch/dossier/amenager-territoire',
      },
      contact: { name: 'louca.lerch@etat.ge.ch', email: 'louca.lerch@etat.ge.ch' },
      license: NC,
      issued: '2022-12-09T00:00:00+01:00',
      modified: '2024-02-29T00:00:00+01:00',
      distributions: [
        {
          title: 'SERVICE DE TELECHARGEMENT',
          description: record.resources[0].description.de,
          // format "" and protocol "WWW:DOWNLOAD-URL": no OGC service, no format
          accessUrl: url,
          downloadUrl: url,
          license: NC,
          modified: '2024-02-29T00:00:00+01:00',
        },
      ],
    });
  });
});
