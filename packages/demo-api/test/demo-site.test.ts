import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../src/node.js';
import { checkPdf, checkShapefile, checkXml, parseCsv, unzip } from './file-formats.js';
import { TEST_NOW } from './helpers.js';

// Every outward link of the demo data must work offline, on the origin the API was reached
// through (here a random port on 127.0.0.1): downloads are real files of their format, landing,
// documentation, event, registration and online pages are HTML pages of the demo site.

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer({ port: 0, now: () => TEST_NOW });
});
afterAll(() => server.close());

const get = (url: string) => fetch(url.startsWith('http') ? url : `${server.url}${url}`);
const getJson = async <T = any>(path: string): Promise<T> => (await get(path)).json() as T;

type Ring = [number, number][];
const kreise = JSON.parse(
  readFileSync(new URL('../data/kreise.geojson', import.meta.url), 'utf8'),
) as { features: { properties: { ags: string }; geometry: { coordinates: Ring[] } }[] };
function insideKreis([x, y]: [number, number], ags: string): boolean {
  const rings = kreise.features.find((f) => f.properties.ags === ags)!.geometry.coordinates;
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

interface Download {
  url: string;
  mediaType?: string;
  byteSize?: number;
  /** Kreis of the dataset, when it has one: GeoJSON features must lie in it. */
  ags?: string;
}

async function checkDownload({ url, mediaType, byteSize, ags }: Download): Promise<void> {
  expect(new URL(url).origin, url).toBe(server.url);
  const response = await get(url);
  expect(response.status, url).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const type = response.headers.get('content-type')!;
  expect(type.split(';')[0], url).toBe(mediaType ?? 'text/xml');
  expect(response.headers.get('content-length'), url).toBe(String(bytes.length));
  if (byteSize !== undefined) expect(bytes.length, url).toBe(byteSize);
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  expect(response.headers.get('etag')).toBeTruthy();
  expect(response.headers.get('content-disposition'), url).toMatch(
    /^(attachment|inline); filename="[a-z0-9-]+(\.[a-z]+)+"$/,
  );
  const text = new TextDecoder().decode(bytes);
  switch (mediaType) {
    case 'text/csv': {
      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual(expect.arrayContaining(['Bezeichnung', 'Gebiet', 'Wert']));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toHaveLength(header!.length);
      break;
    }
    case 'application/json':
      expect(JSON.parse(text).daten.length).toBeGreaterThan(0);
      break;
    case 'application/geo+json': {
      const collection = JSON.parse(text);
      expect(collection.type).toBe('FeatureCollection');
      expect(collection.features.length).toBeGreaterThan(0);
      for (const feature of collection.features) {
        expect(feature.geometry.type).toBe('Point');
        const point = feature.geometry.coordinates;
        expect(
          ags
            ? insideKreis(point, ags)
            : kreise.features.some((f) => insideKreis(point, f.properties.ags)),
        ).toBe(true);
      }
      break;
    }
    case 'application/xml':
      expect(checkXml(text)).toBe('datensatz');
      break;
    case 'application/pdf':
      checkPdf(bytes);
      break;
    case 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
      const files = unzip(bytes);
      expect(Object.keys(files)).toEqual(
        expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml']),
      );
      expect(checkXml(new TextDecoder().decode(files['xl/worksheets/sheet1.xml']))).toBe(
        'worksheet',
      );
      break;
    }
    case 'application/zip': {
      const files = unzip(bytes);
      if (url.endsWith('.shp.zip')) checkShapefile(files);
      else {
        const csv = Object.keys(files).find((name) => name.endsWith('.csv'))!;
        expect(parseCsv(new TextDecoder().decode(files[csv])).length).toBeGreaterThan(1);
      }
      break;
    }
    case undefined:
      expect(url).toMatch(/SERVICE=(WMS|WFS)/);
      expect(checkXml(text)).toMatch(/^(WMS_Capabilities|wfs:WFS_Capabilities)$/);
      break;
    default:
      throw new Error(`unexpected media type ${mediaType} of ${url}`);
  }
}

const kreisOf = (geocoding: string | undefined) =>
  /districtKey\/(\d{5})/.exec(geocoding ?? '')?.[1];

async function checkPage(url: string, title?: string): Promise<string> {
  expect(new URL(url).origin, url).toBe(server.url);
  const response = await get(url);
  expect(response.status, url).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  const html = await response.text();
  expect(html).toMatch(/^<!doctype html>\n<html lang="de">/);
  expect(html).toMatch(/<h1>.+<\/h1>/);
  expect(html).toContain('<a href="/">');
  expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
  if (title) {
    const escaped = title
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      .replaceAll("'", '&#39;');
    expect(html).toContain(`${escaped}</`);
  }
  return html;
}

describe('demo links: datasets', () => {
  it(
    'every distribution link of a CKAN search page is a file of its format',
    { timeout: 120_000 },
    async () => {
      const { result } = await getJson('/ckan/api/3/action/package_search?rows=1000');
      expect(result.count).toBe(246);
      const downloads = new Map<string, Download>();
      for (const pkg of result.results) {
        const geocoding = pkg.extras.find((e: any) => e.key === 'politicalGeocodingURI')?.value;
        const ags = kreisOf(geocoding);
        for (const resource of pkg.resources) {
          for (const url of [resource.url, resource.access_url, resource.download_url].filter(
            Boolean,
          )) {
            downloads.set(url, {
              url,
              mediaType: resource.mimetype ?? undefined,
              byteSize: resource.size ?? undefined,
              ags,
            });
          }
        }
      }
      expect(downloads.size).toBeGreaterThan(450);
      for (const download of downloads.values()) await checkDownload(download);
    },
  );

  it(
    'every distribution link of an EntryStore search answer is a file of its format',
    { timeout: 120_000 },
    async () => {
      const query = encodeURIComponent('rdfType:http\\://www.w3.org/ns/dcat#Distribution');
      const links: Download[] = [];
      for (let offset = 0; ; offset += 100) {
        const body = await getJson(
          `/entrystore/store/search?type=solr&query=${query}&limit=100&offset=${offset}`,
        );
        for (const child of body.resource.children) {
          for (const graph of Object.values<any>(child.metadata)) {
            const first = (p: string) => graph[`http://www.w3.org/ns/dcat#${p}`]?.[0]?.value;
            const mediaType = first('mediaType')?.replace(
              'https://www.iana.org/assignments/media-types/',
              '',
            );
            const size = first('byteSize');
            for (const url of [first('accessURL'), first('downloadURL')].filter(Boolean)) {
              links.push({
                url,
                mediaType,
                byteSize: size === undefined ? undefined : Number(size),
              });
            }
          }
        }
        if (offset + 100 >= body.results) break;
      }
      expect(links.length).toBeGreaterThan(700);
      for (const link of links) await checkDownload(link);
    },
  );

  it(
    'landing pages and documentation links are pages of the demo portal',
    { timeout: 120_000 },
    async () => {
      const { result } = await getJson('/ckan/api/3/action/package_search?rows=1000');
      let pages = 0;
      for (const pkg of result.results) {
        const landing = pkg.extras.find((e: any) => e.key === 'uri')?.value;
        if (landing) {
          const html = await checkPage(landing, pkg.title);
          for (const resource of pkg.resources) {
            expect(html).toContain(`href="${resource.url.replaceAll('&', '&amp;')}"`);
          }
          pages++;
        }
        for (const [, link] of pkg.notes.matchAll(/\]\(([^)]+)\)/g))
          await checkPage(link, pkg.title);
      }
      expect(pages).toBeGreaterThan(200);
      const missing = await get('/demo/portal/datensatz/gibt-es-nicht');
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
    },
  );
});

describe('demo links: events', () => {
  it(
    'every event, registration and online link is a page of the demo site',
    { timeout: 60_000 },
    async () => {
      const { items } = await getJson('/directory/v1/events?from=2000-01-01&limit=200');
      expect(items.length).toBeGreaterThan(40);
      let links = 0;
      for (const event of items) {
        for (const url of [event.url, event.registrationUrl, event.onlineUrl].filter(Boolean)) {
          const html = await checkPage(url, event.title);
          // An English title keeps its language inside the German page.
          if (event.language === 'en') expect(html).toMatch(/<h1>[^<]*<span lang="en">/);
          links++;
        }
      }
      expect(links).toBeGreaterThan(70);
    },
  );
});
