import { HOSTILE_TEXT } from '@saxon-ai/demo-api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  loadPreview,
  previewFromBytes,
  PreviewFormatError,
  PreviewTooLargeError,
  ServerError,
  TimeoutError,
  type Distribution,
  type Preview,
  type TablePreview,
} from '../../src/preview/index.js';
import { startTestServer } from '../demo-server.js';

// Every preview sample of the demo API (packages/demo-api/data/README.md, "Preview samples"),
// read over real HTTP on 127.0.0.1.
let demo: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  demo = await startTestServer();
});
afterEach(() => demo.clearFaults());
afterAll(() => demo.close());

const sample = (name: string, format?: string): Distribution => ({
  downloadUrl: `${demo.url}/demo/vorschau/${name}`,
  ...(format ? { format } : {}),
});
const bytesOf = async (name: string) =>
  new Uint8Array(await (await fetch(`${demo.url}/demo/vorschau/${name}`)).arrayBuffer());

function table(preview: Preview): TablePreview {
  if (preview.kind !== 'table') throw new Error(`expected a table, got ${preview.kind}`);
  return preview;
}

describe('CSV and TSV samples', () => {
  it('semicolon, German numbers, UTF-8', async () => {
    const preview = table(await loadPreview(sample('einwohner-kreise.csv', 'CSV')));
    expect(preview).toMatchObject({
      format: 'CSV',
      delimiter: ';',
      encoding: 'utf-8',
      bom: false,
      numberFormat: 'de',
      totalRows: 13,
      truncated: false,
      columns: [
        'Kreis',
        'AGS',
        'Einwohner',
        'Fläche in km²',
        'Einwohner je km²',
        'Veränderung in %',
      ],
      numericColumns: [false, true, true, true, true, true],
    });
    expect(preview.columnNumberFormats[3]).toBe('de');
    expect(preview.rows.map((row) => row[0])).toContain(
      'Landkreis Sächsische Schweiz-Osterzgebirge',
    );
    expect(preview.rows[0]![3]).toMatch(/^\d{1,3}(\.\d{3})*,\d{2}$/);
    expect(preview.bytesRead).toBe((await bytesOf('einwohner-kreise.csv')).length);
  });

  it('Windows-1252 declared in the Content-Type: umlauts, „quotes“, a quoted line break', async () => {
    const preview = table(await loadPreview(sample('gemeinden-windows-1252.csv', 'CSV')));
    expect(preview).toMatchObject({ encoding: 'windows-1252', delimiter: ';', totalRows: 10 });
    expect(preview.columns).toEqual([
      'Gemeinde',
      'Kreis (AGS)',
      'Haushaltsansatz in €',
      'Bemerkung',
    ]);
    expect(preview.rows[0]![0]).toBe('Görlitz');
    expect(preview.rows[0]![3]).toBe(
      'Straße „Am Brückentor“ – gesperrt; Umleitung\r\nüber die Obermühle',
    );
    expect(preview.rows.map((row) => row[0])).toEqual(
      expect.arrayContaining(['Weißwasser/O.L.', 'Zwönitz', 'Großröhrsdorf']),
    );
    expect(preview.columnNumberFormats[2]).toBe('de');
  });

  it('Windows-1252 without a declared charset is detected (the bytes are not UTF-8)', async () => {
    const bytes = await bytesOf('gemeinden-windows-1252.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const preview = table(previewFromBytes(bytes, { mediaType: 'text/csv', complete: true }));
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.rows[1]![0]).toBe('Löbau');
  });

  it('UTF-8 with a byte order mark, commas inside quoted fields, English decimals', async () => {
    const preview = table(await loadPreview(sample('haltestellen-bom.csv', 'CSV')));
    expect(preview).toMatchObject({
      bom: true,
      encoding: 'utf-8',
      delimiter: ',',
      numberFormat: 'en',
      totalRows: 5,
    });
    expect(preview.columns[0]).toBe('Haltestelle');
    expect(preview.rows[0]!.slice(0, 2)).toEqual([
      'Dresden, Postplatz',
      '1, 2, 4, 6, 8, 9, 11, 12',
    ]);
    expect(preview.rows[4]![1]).toBe('"Stadtbus" 10, 20');
    expect(preview.numericColumns).toEqual([false, false, true, true]);
  });

  it('tab-separated', async () => {
    const preview = table(await loadPreview(sample('messstellen.tsv', 'TSV')));
    expect(preview).toMatchObject({
      format: 'TSV',
      delimiter: '\t',
      totalRows: 13,
      numberFormat: 'en',
    });
    expect(preview.columns).toEqual([
      'Messstelle',
      'Kreis',
      'Datum',
      'NO2 in µg/m³',
      'PM10 in µg/m³',
    ]);
    expect(preview.numericColumns).toEqual([false, false, false, true, true]);
  });

  it('keeps the hostile corpus in cells as text, unchanged', async () => {
    // UTF-8 cannot carry a lone surrogate: the file (and so the preview) has U+FFFD there.
    const expected = HOSTILE_TEXT.map((text) =>
      new TextDecoder().decode(new TextEncoder().encode(text)),
    );
    const preview = table(await loadPreview(sample('feindlich.csv', 'CSV'), { maxRows: 1000 }));
    expect(preview.totalRows).toBe(HOSTILE_TEXT.length);
    expect(preview.rows.map((row) => row[1])).toEqual(expected);
    expect(preview.rows.map((row) => row[2])).toEqual(expected);
  });
});

// The demo writes the 50 MB file while it sends it; on a loaded machine that takes seconds.
describe('the 50 MB CSV and the byte cap', { timeout: 60_000 }, () => {
  it('reads no more than the default cap and shows the first 100 whole rows', async () => {
    const distribution = sample('gross-50mb.csv', 'CSV');
    const preview = table(await loadPreview(distribution));
    expect(preview.bytesRead).toBeLessThanOrEqual(2_000_000);
    expect(preview.bytesRead).toBeGreaterThan(1_900_000);
    expect(preview.truncated).toBe(true);
    expect(preview.totalRows).toBeUndefined();
    expect(preview.byteSize).toBeGreaterThan(49_000_000);
    expect(preview.rows).toHaveLength(100);
    expect(preview.rows.every((row) => row.length === 6 && row[5] === 'gültig')).toBe(true);
    expect(preview).toMatchObject({ delimiter: ';', numberFormat: 'de' });
  });

  it('drops the row the cap cuts: a 1000-byte cap gives exactly the whole rows in it', async () => {
    const response = await fetch(`${demo.url}/demo/vorschau/gross-50mb.csv`);
    const reader = response.body!.getReader();
    const { value } = await reader.read();
    await reader.cancel();
    const text = new TextDecoder().decode(value!);
    const [header, first] = text.split('\r\n');
    const headerBytes = new TextEncoder().encode(`${header}\r\n`).length;
    const rowBytes = new TextEncoder().encode(`${first}\r\n`).length;
    const preview = table(await loadPreview(sample('gross-50mb.csv', 'CSV'), { maxBytes: 1000 }));
    expect(preview.bytesRead).toBe(1000);
    expect(preview.rows).toHaveLength(Math.floor((1000 - headerBytes) / rowBytes));
    expect(preview.rows.at(-1)![0]).toBe(String(preview.rows.length).padStart(8, '0'));
    expect(preview.rows.at(-1)![5]).toBe('gültig');
  });

  it('reports a file that fits exactly into the cap as whole', async () => {
    const size = (await bytesOf('messstellen.tsv')).length;
    const preview = table(await loadPreview(sample('messstellen.tsv', 'TSV'), { maxBytes: size }));
    expect(preview).toMatchObject({ truncated: false, totalRows: 13, bytesRead: size });
  });
});

describe('GeoJSON and JSON samples', () => {
  it('GeoJSON: all features, their extent and property names', async () => {
    const preview = await loadPreview(sample('ladesaeulen.geojson', 'GeoJSON'));
    const raw = JSON.parse(new TextDecoder().decode(await bytesOf('ladesaeulen.geojson'))) as {
      features: { geometry: { coordinates: [number, number] } }[];
    };
    const xs = raw.features.map((f) => f.geometry.coordinates[0]);
    const ys = raw.features.map((f) => f.geometry.coordinates[1]);
    expect(preview).toMatchObject({
      kind: 'geojson',
      featureCount: 39,
      truncated: false,
      propertyNames: ['name', 'kreis', 'ags', 'ladepunkte'],
      bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
    });
    const [west, south, east, north] = (preview as { bbox: number[] }).bbox;
    // Inside Saxony's bounding box.
    expect(west).toBeGreaterThanOrEqual(11.87);
    expect(east).toBeLessThanOrEqual(15.04);
    expect(south).toBeGreaterThanOrEqual(50.17);
    expect(north).toBeLessThanOrEqual(51.69);
  });

  it('GeoJSON: features capped by maxFeatures, the count and extent still of all', async () => {
    const all = await loadPreview(sample('ladesaeulen.geojson', 'GeoJSON'));
    const capped = await loadPreview(sample('ladesaeulen.geojson', 'GeoJSON'), { maxFeatures: 5 });
    expect(capped).toMatchObject({ featureCount: 39, truncated: true });
    expect(capped.kind === 'geojson' && capped.features).toHaveLength(5);
    expect(capped.kind === 'geojson' && capped.bbox).toEqual(all.kind === 'geojson' && all.bbox);
  });

  it('GeoJSON: hostile property names and values stay data', async () => {
    const preview = await loadPreview(sample('feindlich.geojson', 'GeoJSON'));
    if (preview.kind !== 'geojson') throw new Error(preview.kind);
    // JSON escapes a lone surrogate (`\ud800`), so here even that survives unchanged.
    expect(preview.features.map((f) => f.properties!.name)).toEqual([...HOSTILE_TEXT]);
    expect(preview.propertyNames).toContain('__proto__');
    expect(Object.getPrototypeOf(preview.features[0]!.properties)).toBe(Object.prototype);
  });

  it('JSON: the parsed value when the file is whole', async () => {
    const preview = await loadPreview(sample('haushalt.json', 'JSON'));
    const bytes = await bytesOf('haushalt.json');
    expect(preview).toEqual({
      kind: 'json',
      value: JSON.parse(new TextDecoder().decode(bytes)),
      bytesRead: bytes.length,
    });
  });

  it('JSON over the cap: PreviewTooLargeError with the cap, no parse of a fragment', async () => {
    const error = await loadPreview(sample('gross-3mb.json', 'JSON')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreviewTooLargeError);
    expect((error as PreviewTooLargeError).limit).toBe(2_000_000);
    expect((error as Error).message).toContain('2000000 Bytes');
    const geo = await loadPreview(sample('ladesaeulen.geojson', 'GeoJSON'), {
      maxBytes: 500,
      language: 'en',
    }).catch((e: unknown) => e);
    expect(geo).toBeInstanceOf(PreviewTooLargeError);
    expect((geo as Error).message).toMatch(
      /^The file is larger than the preview's limit of 500 bytes/,
    );
  });
});

describe('broken files and failures', () => {
  it.each([
    ['kaputt-anfuehrung.csv', 'CSV', 'unterminated_quote'],
    ['fehlerseite.csv', 'CSV', 'html'],
    ['kaputt.json', 'JSON', 'invalid_json'],
    ['kein-geojson.geojson', 'GeoJSON', 'not_geojson'],
  ])('%s → PreviewFormatError (%s: %s)', async (name, format, problem) => {
    const error = await loadPreview(sample(name, format)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreviewFormatError);
    expect((error as PreviewFormatError).problem).toBe(problem);
    expect((error as PreviewFormatError).url).toBe(sample(name).downloadUrl);
  });

  it('an HTTP 503 is the SDK ServerError', async () => {
    await demo.setFaults([{ path: '/demo/vorschau/haushalt.json', status: 503 }]);
    const error = await loadPreview(sample('haushalt.json', 'JSON')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(503);
  });

  it('a body that stalls after the headers ends in TimeoutError with the timeout option', async () => {
    await demo.setFaults([{ path: '/demo/vorschau/einwohner-kreise.csv', stall: 'after-headers' }]);
    const error = await loadPreview(sample('einwohner-kreise.csv', 'CSV'), { timeout: 300 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeout).toBe(300);
  });

  it("the caller's abort rejects with the signal's reason", async () => {
    await demo.setFaults([
      { path: '/demo/vorschau/einwohner-kreise.csv', stall: 'before-headers' },
    ]);
    const controller = new AbortController();
    const reason = new DOMException('weg', 'AbortError');
    const loading = loadPreview(sample('einwohner-kreise.csv', 'CSV'), {
      signal: controller.signal,
    });
    controller.abort(reason);
    await expect(loading).rejects.toBe(reason);
  });
});
