import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/open-data/model.js';
import { resultMember, searched, shown } from './map.js';

/**
 * Recorded answers of Satu Data Indonesia (data.go.id), a national CKAN that harvests regional
 * CKANs and CSW catalogues. The recorder called data.go.id's public proxy, which wraps CKAN's
 * answer in its own `{status, message, result}`; the replay serves that `result` as the bare CKAN
 * result (provenance: test/fixtures/README.md). Expected values written by hand from the raw
 * answers; CKAN's own timestamps are UTC and converted to Berlin time by hand.
 */

const showFile = 'compat/data-go-id-package_show-angka-kematian-ibu-aki14.json';
const searchFile = 'compat/data-go-id-package_search-rows2.json';

// Harvested from Kabupaten Kampar's own CKAN: plain CKAN fields, empty strings where nothing is set.
const kampar: Dataset = {
  id: '00003d3a-754f-41f7-91f7-e2ef772354c7',
  portal: 'compat',
  landingPage: 'https://dinkes.kamparkab.go.id/',
  title: 'Angka kematian ibu (AKI) tahun 2025',
  description: 'Angka kematian ibu (AKI)',
  keywords: [],
  themes: [],
  // the organization publishes; `license_id: ""` and `maintainer: ""` mean no licence, no contact
  publisher: { name: 'Kabupaten Kampar' },
  // metadata_created/modified 2026-07-09T12:44:39 UTC, summer time
  issued: '2026-07-09T14:44:39+02:00',
  modified: '2026-07-09T14:44:39+02:00',
  distributions: [
    {
      title: 'JUMLAH KEMATIAN IBU MENURUT KECAMATAN.xlsx',
      description: 'Angka kematian ibu (AKI)',
      format: 'XLSX',
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      accessUrl:
        'https://data.kamparkab.go.id/dataset/00003d3a-754f-41f7-91f7-e2ef772354c7/resource/dca96dfb-9c3b-49c2-930e-dbb2486100e7/download/jumlah-kematian-ibu-menurut-kecamatan.xlsx',
      byteSize: 80508,
      // last_modified 2026-06-23T10:43:30 UTC
      modified: '2026-06-23T12:43:30+02:00',
    },
  ],
};

const geoserver = 'https://geoportal.sumbarprov.go.id/geoserver/ows';
const layer = 'geonode%3Askpg_sumbar_april_2023_ar';
const bbox = 'bbox=98.5966798%2C-3.3500023%2C101.8929175%2C0.9073892';
const wfs = (outputFormat: string) =>
  `${geoserver}?service=WFS&version=1.0.0&request=GetFeature&typename=${layer}&outputFormat=${outputFormat}&srs=EPSG%3A4326`;
const getMap = (format: string) =>
  `${geoserver}?service=WMS&request=GetMap&layers=${layer}&format=${format}&height=550&width=550&srs=EPSG%3A4326&${bbox}`;
const file = (name: string, kind: string, format: string, accessUrl: string) => ({
  title: `skpg_sumbar_april_2023_ar.${name}`,
  description: `SKPG SUMATERA BARAT APRIL 2023 (${kind} Format)`,
  format,
  accessUrl,
});
const service = {
  title: 'geonode:skpg_sumbar_april_2023_ar',
  description: 'geonode Service - Provides Layer: SKPG SUMATERA BARAT APRIL 2023',
  accessUrl: geoserver,
};

describe('data.go.id (Satu Data Indonesia), package_show of a harvested regional dataset', () => {
  it('maps every field the model carries', async () => {
    expect(await shown(resultMember(showFile))).toEqual(kampar);
  });
});

describe('data.go.id (Satu Data Indonesia), package_search rows=2', () => {
  it('reads the page: total, both datasets, and an odd facet it never asked for', async () => {
    const page = await searched(resultMember(searchFile), { limit: 2 });
    expect(page.total).toBe(622223);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toEqual(kampar);
    // search_facets holds only `"": {items: [{name: "."}]}`: none of the facets asked for
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

  it('maps a CSW harvest (ckanext-spatial): contact, reference date, OGC protocols', async () => {
    const page = await searched(resultMember(searchFile), { limit: 2 });
    expect(page.items[1]).toEqual({
      id: '0000aa74-bced-4e2d-a984-f816b1059523',
      portal: 'compat',
      // `guid` is a bare UUID, not a URI; there is no `url`: no uri, no landing page
      title: 'SKPG SUMATERA BARAT APRIL 2023',
      description:
        'Dataset ini memuat informasi Sistem Peringatan Dini Kerawanan Pangan dan Gizi (SKPG) Provinsi Sumatera Barat bulan April tahun 2023. Sesuai dengan ketentuan dalam Peraturan Badan Pangan Nasional No 16 Tahun 2022 tentang Penyelenggaraan Sistem Peringatan Dini Kerawanan Pangan dan Gizi (SKPG), bahwa penyelenggaraan SKPG menjadi tanggung jawab pemerintah Pusat, Pemerintah Provinsi dan Pemerintah Kabupaten/kota. SKPG Provinsi Sumatera Barat  digambarkan dalam peta rencana dengan tingkat ketelitian 1:3.000.000.',
      keywords: ['gizi', 'indonesia', 'kerawanan-pangan', 'skpg'],
      themes: [],
      publisher: { name: 'Provinsi Sumatera Barat' },
      contact: { email: 'dispangan.sumbar@gmail.com' }, // the `contact-email` extra
      // no licence: `license_title: null`, no `license_id`, the `licence` extra is "[]"
      // dataset-reference-date publication 2025-10-10T09:13:00Z (with its zone), summer time
      issued: '2025-10-10T11:13:00+02:00',
      // metadata_modified 2026-07-08T02:30:30 UTC
      modified: '2026-07-08T04:30:30+02:00',
      distributions: [
        // "Unnamed resource" is the name ckanext-spatial writes; WWW:LINK names no format
        {
          title: 'Unnamed resource',
          description: "Online link to the 'SKPG SUMATERA BARAT APRIL 2023' description on GeoNode",
          accessUrl: 'https://geoportal.sumbarprov.go.id/catalogue/#/dataset/1119',
        },
        // empty format, WWW:DOWNLOAD protocol: no format to take
        {
          title: 'skpg_sumbar_april_2023_ar.shx',
          description: 'SKPG SUMATERA BARAT APRIL 2023 (skpg_sumbar_april_2023_ar Format)',
          accessUrl: 'https://geoportal.sumbarprov.go.id/api/v2/assets/574/link',
        },
        // the portal's format (the service) is kept, whatever the name's extension says
        file('jpg', 'JPEG', 'WMS', getMap('image%2Fjpeg')),
        file(
          'zip',
          'Zipped Shapefile',
          'WFS',
          `${wfs('SHAPE-ZIP')}&format_options=charset%3AUTF-8`,
        ),
        file('gml', 'GML 2.0', 'WFS', wfs('gml2')),
        file('csv', 'CSV', 'WFS', wfs('csv')),
        file(
          'png',
          'Legend',
          'WMS',
          `${geoserver}?service=WMS&request=GetLegendGraphic&format=image/png&WIDTH=20&HEIGHT=20&LAYER=geonode:skpg_sumbar_april_2023_ar&STYLE=skpg_sumbar_april_2023_ar&version=1.3.0&sld_version=1.1.0&legend_options=fontAntiAliasing:true;fontSize:12;forceLabels:on`,
        ),
        file('gml', 'GML 3.1.1', 'WFS', wfs('text%2Fxml%3B+subtype%3Dgml%2F3.1.1')),
        file('excel', 'Excel', 'WFS', wfs('excel')),
        file('png', 'PNG', 'WMS', getMap('image%2Fpng')),
        file('pdf', 'PDF', 'WMS', getMap('application%2Fpdf')),
        file(
          'png',
          'Thumbnail',
          'JPEG',
          'https://geoportal.sumbarprov.go.id/uploaded/thumbs/dataset-0a347356-b37e-4a50-b298-8d73c4de69dd-thumb-398b0a31-21dc-404e-a21e-25cbce1535e1.jpg',
        ),
        file('json', 'GeoJSON', 'WFS', `${wfs('json')}&srsName=EPSG%3A4326`),
        { ...service, format: 'WMS' }, // format "WMS", protocol OGC:WMS
        { ...service, format: 'WFS' }, // format "WFS", protocol OGC:WFS
      ],
    });
  });
});
