import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_SAMPLES } from '../data/files/preview-samples.js';
import { startDemoServer, type DemoServer } from '../src/node.js';
import { parseCsv } from './file-formats.js';
import { demoApi } from './helpers.js';

// The preview samples under /demo/vorschau/ (with CORS) and /demo/ohne-cors/ (without).
const api = demoApi();
const NAMES = [...Object.keys(PREVIEW_SAMPLES), 'feindlich.csv', 'feindlich.geojson'].filter(
  (name) => name !== 'gross-50mb.csv',
);
const bytes = async (path: string) => {
  const response = await api.app.request(`http://127.0.0.1${path}`, {
    headers: { origin: 'https://gemeinde.example' },
  });
  return { response, body: new Uint8Array(await response.arrayBuffer()) };
};

type Ring = [number, number][];
const kreise = JSON.parse(
  readFileSync(new URL('../data/kreise.geojson', import.meta.url), 'utf8'),
) as {
  features: { properties: { ags: string }; geometry: { coordinates: Ring[] } }[];
};
function insideKreis([x, y]: [number, number], ags: string): boolean {
  let inside = false;
  for (const ring of kreise.features.find((f) => f.properties.ags === ags)!.geometry.coordinates) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

// The 3 MB JSON passes the etag middleware's hash; on a loaded machine that takes seconds.
describe('preview samples', { timeout: 60_000 }, () => {
  it.each(NAMES)('%s: same bytes on both hosts, CORS only on /demo/vorschau/', async (name) => {
    const open = await bytes(`/demo/vorschau/${name}`);
    const closed = await bytes(`/demo/ohne-cors/${name}`);
    expect(open.response.status).toBe(200);
    expect(closed.response.status).toBe(200);
    expect(open.response.headers.get('access-control-allow-origin')).toBe('*');
    expect(closed.response.headers.get('access-control-allow-origin')).toBeNull();
    expect(open.response.headers.get('content-length')).toBe(String(open.body.length));
    expect(Buffer.from(closed.body).equals(Buffer.from(open.body))).toBe(true);
    expect(open.response.headers.get('content-type')).toBe(
      closed.response.headers.get('content-type'),
    );
  });

  it('an unknown sample is a 404', async () => {
    expect((await bytes('/demo/vorschau/gibt-es-nicht.csv')).response.status).toBe(404);
    expect((await bytes('/demo/vorschau/__proto__')).response.status).toBe(404);
  });

  it('the Windows-1252 file is not UTF-8, declares its charset and holds umlauts', async () => {
    const { response, body } = await bytes('/demo/vorschau/gemeinden-windows-1252.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=windows-1252');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(body)).toThrow();
    const rows = parseCsv(new TextDecoder('windows-1252').decode(body), ';');
    expect(rows.map((row) => row[0])).toEqual([
      'Gemeinde',
      'Görlitz',
      'Löbau',
      'Weißwasser/O.L.',
      'Zwönitz',
      'Bärenstein',
      'Großenhain',
      'Schöneck/Vogtl.',
      'Glashütte',
      'Großröhrsdorf',
      'Markkleeberg',
    ]);
    expect(rows.every((row) => row.length === 4)).toBe(true);
    expect(rows[1]![2]).toMatch(/^\d{1,3}(\.\d{3})*,\d{2}$/);
  });

  it('the BOM file starts with EF BB BF; the TSV has tabs; the German CSV has ; and decimal commas', async () => {
    expect([...(await bytes('/demo/vorschau/haltestellen-bom.csv')).body.slice(0, 3)]).toEqual([
      0xef, 0xbb, 0xbf,
    ]);
    const tsv = new TextDecoder().decode((await bytes('/demo/vorschau/messstellen.tsv')).body);
    expect(
      tsv
        .split('\n')
        .filter(Boolean)
        .every((line) => line.split('\t').length === 5),
    ).toBe(true);
    const csv = parseCsv(
      new TextDecoder().decode((await bytes('/demo/vorschau/einwohner-kreise.csv')).body),
      ';',
    );
    expect(csv).toHaveLength(14);
    expect(csv.slice(1).every((row) => /^-?\d+,\d{2}$/.test(row[5]!))).toBe(true);
  });

  it('the GeoJSON points lie inside the Kreis they name, in all 13 Kreise', async () => {
    const collection = JSON.parse(
      new TextDecoder().decode((await bytes('/demo/vorschau/ladesaeulen.geojson')).body),
    ) as {
      features: { geometry: { coordinates: [number, number] }; properties: { ags: string } }[];
    };
    expect(new Set(collection.features.map((f) => f.properties.ags)).size).toBe(13);
    for (const feature of collection.features) {
      expect(insideKreis(feature.geometry.coordinates, feature.properties.ags)).toBe(true);
    }
  });
});

describe('the 50 MB CSV, written while it is sent', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer({ port: 0 });
  });
  afterAll(() => server.close());

  it(
    'sends exactly Content-Length bytes of whole, fixed-width rows',
    { timeout: 120_000 },
    async () => {
      const response = await fetch(`${server.url}/demo/vorschau/gross-50mb.csv`);
      const length = Number(response.headers.get('content-length'));
      expect(length).toBeGreaterThan(49_000_000);
      expect(length).toBeLessThanOrEqual(50_000_100);
      expect(response.headers.get('etag')).toBe(`W/"gross-50mb.csv-${length}"`);
      let received = 0;
      let tail = '';
      const decoder = new TextDecoder();
      for await (const chunk of response.body!) {
        received += chunk.length;
        tail = (tail + decoder.decode(chunk, { stream: true })).slice(-200);
      }
      expect(received).toBe(length);
      expect(tail.endsWith(';gültig\r\n')).toBe(true);
    },
  );

  it(
    'the first chunk arrives without the whole file being made first',
    { timeout: 60_000 },
    async () => {
      const response = await fetch(`${server.url}/demo/vorschau/gross-50mb.csv`);
      const reader = response.body!.getReader();
      const { value } = await reader.read();
      await reader.cancel();
      const [header, first] = new TextDecoder().decode(value).split('\r\n');
      expect(header).toBe('Nr;Zeitpunkt;Messstelle;AGS;Wert;Status');
      expect(first).toMatch(
        /^00000001;2026-11-01T00:01:00\+01:00;DESN0001;14\d{3};\d\.\d{3},\d{2};gültig$/,
      );
    },
  );
});
