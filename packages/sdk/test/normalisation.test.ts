import { describe, expect, it } from 'vitest';
import { createCkanClient } from '../src/open-data/ckan/client.js';
import { parseCkanPackage } from '../src/open-data/ckan/parse.js';
import { ckanPackageSchema } from '../src/open-data/ckan/schemas.js';
import { readFacets } from '../src/open-data/entrystore/facets.js';
import { bestLiteral } from '../src/open-data/entrystore/rdf.js';
import { FIELD } from '../src/open-data/entrystore/terms.js';
import { localized } from '../src/open-data/text.js';
import {
  categoryThemes,
  mediaTypeFormat,
  normalizeFormat,
  protocolFormat,
} from '../src/open-data/vocabulary.js';
import { ResponseValidationError } from '../src/index.js';
import { raw } from './compat/map.js';
import { replayCkan } from './compat/replay-server.js';

/** The rules of the README's "Normalisation" section, one block each. */

const pkg = (fields: Record<string, unknown>) =>
  parseCkanPackage(ckanPackageSchema.parse({ id: 'p', name: 'p-name', ...fields }), {
    portal: 'x',
    language: 'de',
  });

/**
 * The recorded Zürich search page with `search_facets` put in by hand: CKAN's documented facet
 * shape for the fields asked for, plus the Solr entries it was never asked for.
 */
function pageWithFacets(searchFacets: unknown): string {
  return JSON.stringify({
    success: true,
    result: {
      ...raw('compat/stadt-zuerich-package_search-verkehr.json'),
      search_facets: searchFacets,
    },
  });
}

async function searchWith(body: string, query = {}) {
  const replay = await replayCkan({ package_search: { body } });
  try {
    const client = createCkanClient({ type: 'ckan', baseUrl: replay.baseUrl, id: 'x' });
    const page = await client.search(query);
    return { page, fq: new URL(replay.requests[0]!, 'http://x').searchParams.get('fq') ?? '' };
  } finally {
    await replay.close();
  }
}

describe('tolerant where it costs nothing, strict where it matters', () => {
  it('ignores facet entries it never asked for (queries: [], pivot: {})', async () => {
    const { page } = await searchWith(
      pageWithFacets({
        queries: [],
        pivot: {},
        res_format: {
          title: 'res_format',
          items: [{ name: 'CSV', display_name: 'CSV', count: 2 }],
        },
      }),
    );
    expect(page.facets.format).toEqual([{ value: 'CSV', label: 'CSV', count: 2 }]);
  });

  it('still rejects a facet it asked for when its shape breaks the model', async () => {
    const broken = pageWithFacets({ res_format: { title: 'res_format', items: 'CSV' } });
    await expect(searchWith(broken)).rejects.toBeInstanceOf(ResponseValidationError);
  });
});

describe('language maps', () => {
  it('choose the client language, then German, then English, then any non-empty', () => {
    const map = { fr: 'Titre', it: '', en: 'Title', de: 'Titel' };
    expect(localized(map, 'en')).toBe('Title');
    expect(localized({ ...map, en: '' }, 'en')).toBe('Titel');
    expect(localized({ fr: 'Titre', en: 'Title', de: ' ' }, 'de')).toBe('Title');
    expect(localized({ fr: 'Titre', it: null }, 'de')).toBe('Titre');
    expect(localized({ fr: '', de: '' }, 'de')).toBeUndefined();
    expect(localized('plain', 'en')).toBe('plain');
  });

  it('read scheming `*_translated` fields before the plain ones', () => {
    const dataset = pkg({
      title: 'Plain title',
      title_translated: { en: 'English title', de: 'Deutscher Titel' },
      notes_translated: { en: 'Only English notes' },
    });
    expect(dataset.title).toBe('Deutscher Titel');
    expect(dataset.description).toBe('Only English notes');
  });

  it('apply the same order to EntryStore literals (untagged counts as the portal language)', () => {
    const literal = (value: string, lang?: string) => ({
      type: 'literal' as const,
      value,
      ...(lang ? { lang } : {}),
    });
    expect(bestLiteral([literal('Titre', 'fr'), literal('Title', 'en')], 'de')).toBe('Title');
    expect(bestLiteral([literal('Title', 'en'), literal('Titel')], 'de')).toBe('Titel');
    expect(bestLiteral([literal('Titel', 'de'), literal('Title', 'en')], 'en')).toBe('Title');
  });
});

describe('categories', () => {
  it('map OGD 1.x categories by GovData’s table and theme labels in German and English', () => {
    expect(categoryThemes('bildung_wissenschaft')).toEqual(['EDUC', 'TECH']);
    expect(categoryThemes('transport_verkehr')).toEqual(['TRAN']);
    expect(categoryThemes('geo')).toEqual([]);
    expect(categoryThemes('umwelt', 'Umwelt')).toEqual(['ENVI']);
    expect(categoryThemes('g-17', 'Transport')).toEqual(['TRAN']);
    expect(
      categoryThemes('http://publications.europa.eu/resource/authority/data-theme/AGRI'),
    ).toEqual(['AGRI']);
  });

  it('split the CKAN groups facet into themes and the portal’s own categories', async () => {
    const { page } = await searchWith(
      pageWithFacets({
        groups: {
          title: 'groups',
          items: [
            { name: 'bildung_wissenschaft', display_name: 'Bildung und Wissenschaft', count: 3 },
            { name: 'educ', display_name: 'Bildung, Kultur und Sport', count: 2 },
            { name: 'geo', display_name: 'Geographie, Geologie und Geobasisdaten', count: 4 },
            { name: 'mobilitat', display_name: { de: 'Mobilität', fr: 'Mobilité' }, count: 1 },
          ],
        },
      }),
    );
    expect(page.facets.theme).toEqual([
      { value: 'EDUC', label: 'Bildung, Kultur und Sport', count: 5 },
      { value: 'TECH', label: 'Wissenschaft und Technologie', count: 3 },
    ]);
    expect(page.facets.category).toEqual([
      { value: 'geo', label: 'Geographie, Geologie und Geobasisdaten', count: 4 },
      { value: 'mobilitat', label: 'Mobilität', count: 1 },
    ]);
  });

  it('filter a theme through its OGD categories too, and a category by its name', async () => {
    const { fq } = await searchWith(pageWithFacets({}), { theme: ['TRAN'], category: ['geo'] });
    expect(fq).toBe('groups:("tran" OR "transport_verkehr") AND groups:("geo")');
  });

  it('keep EntryStore themes outside the EU vocabulary as categories', () => {
    const facets = readFacets(
      {
        resource: { children: [] },
        results: 0,
        limit: 0,
        offset: 0,
        facetFields: [
          {
            name: FIELD.theme,
            valueCount: 2,
            values: [
              {
                name: 'http://publications.europa.eu/resource/authority/data-theme/TRAN',
                count: 2,
              },
              { name: 'https://example.org/themes/mobility', count: 1 },
            ],
          },
        ],
      },
      ['theme', 'category'],
      'de',
      () => undefined,
    );
    expect(facets.theme).toEqual([{ value: 'TRAN', label: 'Verkehr', count: 2 }]);
    expect(facets.category).toEqual([
      {
        value: 'https://example.org/themes/mobility',
        label: 'https://example.org/themes/mobility',
        count: 1,
      },
    ]);
  });
});

describe('timestamps by field', () => {
  it('reads resource `last_modified` as UTC and resource `modified` (DCAT) as Berlin time', () => {
    const [dcat, ckan] = pkg({
      resources: [
        { modified: '2024-07-01T10:00:00', last_modified: '2024-07-01T10:00:00' },
        { last_modified: '2024-07-01T10:00:00', created: '2024-01-01T00:00:00' },
      ],
    }).distributions;
    expect(dcat!.modified).toBe('2024-07-01T10:00:00+02:00');
    expect(ckan!.modified).toBe('2024-07-01T12:00:00+02:00'); // not 10:00+02:00
  });

  it('prefers harvested dates (extras, top-level, ISO reference dates) over CKAN’s UTC ones', () => {
    const base = {
      metadata_created: '2020-01-01T10:00:00',
      metadata_modified: '2020-07-01T10:00:00',
    };
    expect(pkg(base)).toMatchObject({
      issued: '2020-01-01T11:00:00+01:00',
      modified: '2020-07-01T12:00:00+02:00',
    });
    expect(pkg({ ...base, issued: '2019-05-02T00:00:00', modified: '' })).toMatchObject({
      issued: '2019-05-02T00:00:00+02:00',
      modified: '2020-07-01T12:00:00+02:00',
    });
    const extras = [
      {
        key: 'dataset-reference-date',
        value:
          '[{"type": "creation", "value": "2016-01-01"}, {"type": "revision", "value": "2023-06-13T08:00:00"}]',
      },
    ];
    expect(pkg({ ...base, extras })).toMatchObject({
      issued: '2016-01-01',
      modified: '2023-06-13T08:00:00+02:00',
    });
  });
});

describe('formats', () => {
  it('take the service an OGC protocol field names when `format` is empty', () => {
    expect(protocolFormat('OGC:WMS-http-get-capabilities')).toBe('WMS');
    expect(protocolFormat('OGC:WFS')).toBe('WFS');
    expect(protocolFormat('ogc:wmts')).toBe('WMTS');
    expect(protocolFormat('WWW:DOWNLOAD-URL')).toBeUndefined();
    const [empty, named] = pkg({
      resources: [
        { format: '', resource_locator_protocol: 'OGC:WFS' },
        { format: 'CSV', protocol: 'OGC:WMS' },
      ],
    }).distributions;
    expect(empty!.format).toBe('WFS');
    expect(named!.format).toBe('CSV');
  });

  it('have one spelling each: unknown codes upper-cased, names kept, media types looked up', () => {
    expect(normalizeFormat('dxf')).toBe('DXF');
    expect(normalizeFormat('DXF')).toBe('DXF');
    expect(normalizeFormat('geojson')).toBe('GeoJSON');
    expect(normalizeFormat('GeoJSON')).toBe('GeoJSON');
    expect(normalizeFormat('application/geo+json')).toBe('GeoJSON');
    expect(normalizeFormat('Kartenviewer')).toBe('Kartenviewer');
    expect(mediaTypeFormat('application/geo+json')).toBe('GeoJSON');
    expect(mediaTypeFormat('application/octet-stream')).toBeUndefined();
  });

  it('merge spellings in the format facet and filter by all of them', async () => {
    const { page, fq } = await searchWith(
      pageWithFacets({
        res_format: {
          title: 'res_format',
          items: [
            { name: 'dxf', display_name: 'dxf', count: 3 },
            { name: 'DXF', display_name: 'DXF', count: 2 },
            { name: 'geojson', display_name: 'geojson', count: 1 },
          ],
        },
      }),
      { format: ['DXF'] },
    );
    expect(page.facets.format).toEqual([
      { value: 'DXF', label: 'DXF', count: 5 },
      { value: 'GeoJSON', label: 'GeoJSON', count: 1 },
    ]);
    expect(fq).toBe('res_format:("DXF" OR "dxf")');
  });
});
