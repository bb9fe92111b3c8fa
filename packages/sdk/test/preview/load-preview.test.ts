import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenDataClient, type Distribution, type OpenDataClient } from '../../src/index.js';
import {
  loadPreview,
  NotFoundError,
  PreviewBlockedError,
  PreviewFormatError,
  previewKind,
  previewUrl,
} from '../../src/preview/index.js';
import { startTestServer } from '../demo-server.js';

let demo: Awaited<ReturnType<typeof startTestServer>>;
let ckan: OpenDataClient;

beforeAll(async () => {
  demo = await startTestServer();
  ckan = createOpenDataClient({ type: 'ckan', baseUrl: `${demo.url}/ckan` });
});
afterAll(() => demo.close());

/** A port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('loadPreview over HTTP against the demo portal', () => {
  it('previews the CSV distributions found through the CKAN client, in both styles', async () => {
    const page = await ckan.search({ format: ['CSV'], limit: 12 });
    const delimiters = new Set<string>();
    for (const dataset of page.items) {
      const distribution = dataset.distributions.find((d) => d.format === 'CSV')!;
      expect(previewKind(distribution)).toBe('table');
      const preview = await loadPreview(distribution);
      if (preview.kind !== 'table') throw new Error(preview.kind);
      const csv = await (await fetch(previewUrl(distribution)!)).text();
      const lines = csv.trimEnd().split('\r\n');
      const german = lines[0]!.includes(';');
      delimiters.add(preview.delimiter);
      expect(preview).toMatchObject({
        format: 'CSV',
        delimiter: german ? ';' : ',',
        encoding: 'utf-8',
        bom: false,
        columns: [
          'Nr',
          'Bezeichnung',
          'Gebiet',
          'AGS',
          'Stichtag',
          'Wert',
          'Längengrad',
          'Breitengrad',
        ],
        totalRows: lines.length - 1,
        truncated: false,
        bytesRead: new TextEncoder().encode(csv).length,
        numericColumns: [true, false, false, true, false, true, true, true],
      });
      expect(preview.numberFormat).toBe(german ? 'de' : 'en');
      expect(preview.rows[0]![0]).toBe('1');
    }
    // The demo writes about a third of its CSV files the German way.
    expect([...delimiters].sort()).toEqual([',', ';']);
  });

  it('rejects a missing file with the SDK NotFoundError', async () => {
    const distribution: Distribution = {
      format: 'CSV',
      downloadUrl: `${demo.url}/demo/dateien/gibt-es-nicht.csv`,
    };
    await expect(loadPreview(distribution)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('rejects an unreachable host with PreviewBlockedError, naming the URL', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/daten.csv`;
    const error = await loadPreview({ format: 'CSV', downloadUrl: url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreviewBlockedError);
    expect((error as PreviewBlockedError).url).toBe(url);
    expect((error as Error).message).toContain('CORS');
  });

  it('refuses a distribution without an http(s) link', async () => {
    const error = await loadPreview({ format: 'CSV', downloadUrl: 'javascript:alert(1)' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PreviewFormatError);
    expect((error as PreviewFormatError).problem).toBe('no_url');
  });

  it('answers images and PDF with a link, without a request', async () => {
    await demo.clearRequests();
    const pdf = `${demo.url}/demo/dateien/x/bericht.pdf`;
    expect(await loadPreview({ format: 'PDF', downloadUrl: pdf })).toEqual({
      kind: 'link',
      reason: 'pdf',
      url: pdf,
    });
    expect(
      await loadPreview({ mediaType: 'image/png', downloadUrl: `${demo.url}/a.png` }),
    ).toMatchObject({
      kind: 'link',
      reason: 'image',
    });
    expect(await demo.requests('/demo/dateien/x')).toEqual([]);
  });
});
