// Issue 26: a 50 MB CSV preview is read and parsed off the main thread and never reads more than
// its cap, and the page keeps drawing frames meanwhile. Structural checks only — the timing
// figure (longest main-thread task) is measured by `pnpm bench` (bench/preview.mjs).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fileRow,
  openDataset,
  readMarks,
  startPreviewSite,
  type PreviewSite,
} from './support/preview-page.js';
import type { StaticServer } from './static-server.js';

const FILE_SIZE = 50_000_000;
const HEADER = 'Nr;Kreis;Wert\r\n';
const line = (n: number) => `${n};Landkreis Sächsische Schweiz-Osterzgebirge;${n * 3},5\r\n`;

/**
 * A file server that writes a 50 MB CSV as fast as the reader takes it (waiting for `drain`, as
 * a real server does) and counts the bytes it wrote until the reader went away.
 */
interface CountingServer {
  url: string;
  written: number;
  closedEarly: Promise<boolean>;
  server: Server;
}

async function startCountingServer(): Promise<CountingServer> {
  let resolveClosed: (early: boolean) => void = () => {};
  const state: CountingServer = {
    url: '',
    written: 0,
    closedEarly: new Promise((resolve) => (resolveClosed = resolve)),
    server: createServer((request, response) => {
      response.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-length': String(FILE_SIZE),
        'access-control-allow-origin': '*',
        'cache-control': 'no-store',
      });
      let next = 1;
      let done = false;
      response.on('close', () => resolveClosed(!done));
      const write = () => {
        while (!response.destroyed) {
          const left = FILE_SIZE - state.written;
          let chunk = state.written === 0 ? HEADER : '';
          while (chunk.length < 64_000) chunk += line(next++);
          const bytes = Buffer.from(chunk).subarray(0, left);
          state.written += bytes.length;
          if (state.written >= FILE_SIZE) {
            done = true;
            response.end(bytes);
            return;
          }
          if (!response.write(bytes)) {
            response.once('drain', write);
            return;
          }
        }
      };
      write();
    }),
  };
  await new Promise<void>((resolve) => state.server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}/gross.csv`;
  return state;
}

let preview: PreviewSite;
let site: StaticServer;
let files: CountingServer;

beforeAll(async () => {
  preview = await startPreviewSite();
  files = await startCountingServer();
  site = await preview.site([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src {demo} ${new URL(files.url).origin}`,
    "base-uri 'none'",
  ]);
}, 120_000);

afterAll(async () => {
  await preview?.close();
  await new Promise((resolve) => files?.server.close(resolve));
});

describe('50 MB CSV preview off the main thread', () => {
  it('reads at most its cap in the Web Worker, hands the page only the capped rows, and the page keeps drawing frames', async () => {
    const name = 'Gezählt (CSV, 50 MB)';
    const { page, problems, violations, workers } = await openDataset(preview.browser, site.url, [
      { name, url: files.url, format: 'CSV' },
    ]);
    const file = fileRow(page, name);
    // frames are counted from before the press; the count when the worker's answer is shown
    await page.evaluate(() => {
      const state = { frames: 0, beforeAnswer: -1 };
      (window as unknown as { __frames: typeof state }).__frames = state;
      const root = document.querySelector('saxon-dataset-search')!.shadowRoot!;
      const frame = () => {
        state.frames++;
        if (state.beforeAnswer < 0 && root.querySelector('.preview-panel'))
          state.beforeAnswer = state.frames;
        if (state.beforeAnswer < 0 || state.frames < 1000) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await file.locator('[part="preview-button"]').click();
    await expect.poll(() => file.locator('tbody tr').count(), { timeout: 120_000 }).toBe(100);
    expect((await file.locator('caption').textContent())?.trim()).toBe(
      'Die ersten 100 Zeilen der Datei',
    );
    expect(await file.locator('[part="preview"]').textContent()).toContain(
      'Gelesen wurden nur die ersten 2 MB der Datei.',
    );
    // the file server saw the reader go away long before the end of the file
    expect(await files.closedEarly).toBe(true);
    expect(files.written).toBeLessThan(FILE_SIZE / 4);
    // read and parsed in the worker, not in the page
    expect(workers.filter((url) => url.endsWith('/chunks/preview-worker.js'))).toHaveLength(1);
    expect(await readMarks(page)).toEqual({ worker: 1, page: 0 });
    // the page drew frames while the worker read and parsed: a blocked main thread draws none
    const frames = await page.evaluate(
      () => (window as unknown as { __frames: { beforeAnswer: number } }).__frames.beforeAnswer,
    );
    expect(frames).toBeGreaterThan(3);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 240_000);
});
