import { Hono, type Context } from 'hono';
import { PREVIEW_SAMPLES, type SampleFile } from '../../data/files/preview-samples.js';
import { HOSTILE_TEXT } from '../hostile.js';

/** The hostile corpus in CSV cells and GeoJSON properties: a preview must show it as text. */
function hostileSamples(): Record<string, () => SampleFile> {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const csv = [
    'Nr;Text;Wert',
    ...HOSTILE_TEXT.map((text, i) => `${i + 1};${quote(text)};${quote(text)}`),
  ];
  const geojson = {
    type: 'FeatureCollection',
    features: HOSTILE_TEXT.map((text, i) => ({
      type: 'Feature',
      id: i + 1,
      geometry: { type: 'Point', coordinates: [13.7373 + i / 1000, 51.0504] },
      properties: { name: text, [text.slice(0, 60) || 'leer']: i },
    })),
  };
  const make = (body: Uint8Array, contentType: string) => () => ({
    body,
    size: body.length,
    contentType,
  });
  return {
    'feindlich.csv': make(utf8(csv.join('\r\n') + '\r\n'), 'text/csv; charset=utf-8'),
    'feindlich.geojson': make(utf8(JSON.stringify(geojson)), 'application/geo+json'),
  };
}

/**
 * The preview samples (data/files/preview-samples.ts) below one path. `withCors: false` is the
 * host a page may not read from: the answer carries no Access-Control-Allow-Origin (mounted
 * ahead of the demo API's CORS middleware), as many portals' file servers do.
 */
export function createPreviewSamples({ withCors }: { withCors: boolean }): Hono {
  const samples = { ...PREVIEW_SAMPLES, ...hostileSamples() };
  const made = new Map<string, SampleFile>();
  const app = new Hono();
  app.get('/:name', (c: Context) => {
    const name = c.req.param('name') ?? '';
    const make = Object.hasOwn(samples, name) ? samples[name] : undefined;
    if (!make) return c.text('Not found', 404);
    const sample = made.get(name) ?? make();
    if (sample.body instanceof Uint8Array) made.set(name, sample);
    const headers: Record<string, string> = {
      'content-type': sample.contentType,
      'content-length': String(sample.size),
      'content-disposition': `attachment; filename="${name}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    };
    if (withCors) headers['access-control-allow-origin'] = '*';
    // With an ETag of its own, the demo API's etag middleware does not read a stream to hash it
    // (it would hold all 50 MB before sending the first byte).
    if (!(sample.body instanceof Uint8Array)) headers.etag = `W/"${name}-${sample.size}"`;
    const body =
      sample.body instanceof Uint8Array ? (sample.body as Uint8Array<ArrayBuffer>) : sample.body();
    return c.body(body, 200, headers);
  });
  return app;
}
