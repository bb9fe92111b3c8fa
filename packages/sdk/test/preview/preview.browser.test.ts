import { describe, expect, inject, it } from 'vitest';
import {
  loadPreview,
  PreviewBlockedError,
  readPreviewBytes,
  tableFromBytesInSlices,
  type Preview,
} from '../../src/preview/index.js';

// In Chromium, from the test page's origin to the demo API on another: CORS is real here.
const server = inject('demoApiUrl');
const sample = (name: string, format: string) => ({
  format,
  downloadUrl: `${server}/demo/vorschau/${name}`,
});

function inWorker(
  bytes: Uint8Array,
  info: object,
): Promise<{ preview?: Preview; error?: string; problem?: string }> {
  const worker = new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ bytes, info });
  });
}

describe('preview in the browser', () => {
  it('reads a cross-origin file the host allows (CORS), Windows-1252 decoded by Chromium', async () => {
    expect(new URL(server).origin).not.toBe(location.origin);
    const preview = await loadPreview(sample('gemeinden-windows-1252.csv', 'CSV'));
    expect(preview).toMatchObject({
      kind: 'table',
      encoding: 'windows-1252',
      delimiter: ';',
      totalRows: 10,
    });
    expect(preview.kind === 'table' && preview.rows[0]![0]).toBe('Görlitz');
  });

  it('a host without CORS permission gives PreviewBlockedError, not a blank result', async () => {
    const url = `${server}/demo/ohne-cors/einwohner-kreise.csv`;
    const error = await loadPreview({ format: 'CSV', downloadUrl: url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreviewBlockedError);
    expect((error as PreviewBlockedError).code).toBe('preview_blocked');
    expect((error as PreviewBlockedError).url).toBe(url);
    expect((error as Error).message).toMatch(
      /^Die Datei kann in dieser Seite nicht gelesen werden/,
    );
  });

  it('the same file on the allowing host loads (the block is the missing header, nothing else)', async () => {
    const preview = await loadPreview(sample('einwohner-kreise.csv', 'CSV'));
    expect(preview).toMatchObject({ kind: 'table', totalRows: 13 });
  });

  it(
    'caps the 50 MB file in the browser: bytes read ≤ cap, truncated',
    { timeout: 60_000 },
    async () => {
      const preview = await loadPreview(sample('gross-50mb.csv', 'CSV'), { maxBytes: 500_000 });
      expect(preview).toMatchObject({ kind: 'table', truncated: true });
    expect('totalRows' in preview).toBe(false);
      expect(preview.kind === 'table' && preview.bytesRead).toBeLessThanOrEqual(500_000);
      expect(preview.kind === 'table' && preview.rows).toHaveLength(100);
    },
  );

  it('parses in a Web Worker: bytes read in the page, the preview made off the main thread', async () => {
    const read = await readPreviewBytes(`${server}/demo/vorschau/haltestellen-bom.csv`);
    const answer = await inWorker(read.bytes, {
      format: 'CSV',
      mediaType: read.contentType,
      complete: read.complete,
    });
    expect(answer.preview).toMatchObject({ kind: 'table', bom: true, totalRows: 5 });
    const broken = await inWorker(new TextEncoder().encode('{"a":'), {
      format: 'JSON',
      complete: true,
    });
    expect(broken).toEqual({ error: 'PreviewFormatError', problem: 'invalid_json' });
  });

  it(
    'parses a capped 2 MB table in slices on the main thread, yielding between them',
    { timeout: 60_000 },
    async () => {
      const read = await readPreviewBytes(`${server}/demo/vorschau/gross-50mb.csv`);
      let pauses = 0;
      const preview = await tableFromBytesInSlices(
        read.bytes,
        { format: 'CSV', mediaType: read.contentType, complete: read.complete },
        { pause: () => new Promise((resolve) => setTimeout(() => resolve(pauses++), 0)) },
      );
      expect(read.bytes.length).toBe(2_000_000);
      expect(pauses).toBe(Math.ceil(2_000_000 / 65_536) - 1);
      expect(preview).toMatchObject({ kind: 'table', truncated: true, bytesRead: 2_000_000 });
    },
  );
});
