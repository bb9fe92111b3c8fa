// Issue 26: the preview under Trusted Types (`require-trusted-types-for 'script'`). With the
// widgets' documented allow-list (`trusted-types lit-html saxon-json-ld saxon-preview-worker`) the
// Web Worker starts through the `saxon-preview-worker` policy and nothing is refused; with an
// allow-list that lacks that name, the preview is read in the page instead, with the same caps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fileRow,
  openDataset,
  readMarks,
  startPreviewSite,
  type AddedFile,
  type PreviewSite,
} from './support/preview-page.js';
import type { StaticServer } from './static-server.js';

const STRICT = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  'connect-src {demo}',
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
];

let preview: PreviewSite;
let documented: StaticServer;
let withoutWorkerPolicy: StaticServer;
const files = (): AddedFile[] => [
  {
    name: 'Einwohner (CSV)',
    url: `${preview.demo.url}/demo/vorschau/einwohner-kreise.csv`,
    format: 'CSV',
  },
  {
    name: 'Ladesäulen (GeoJSON)',
    url: `${preview.demo.url}/demo/vorschau/ladesaeulen.geojson`,
    format: 'GeoJSON',
  },
  {
    name: 'Groß (CSV, 50 MB)',
    url: `${preview.demo.url}/demo/vorschau/gross-50mb.csv`,
    format: 'CSV',
  },
];

beforeAll(async () => {
  preview = await startPreviewSite();
  documented = await preview.site([
    ...STRICT,
    'trusted-types lit-html saxon-json-ld saxon-preview-worker',
  ]);
  withoutWorkerPolicy = await preview.site([...STRICT, 'trusted-types lit-html saxon-json-ld']);
}, 120_000);

afterAll(() => preview?.close());

/** Presses a file's "Vorschau" and waits for its panel (content or failure). */
async function open(page: Parameters<typeof fileRow>[0], name: string) {
  const file = fileRow(page, name);
  await file.locator('[part="preview-button"]').click();
  await file.locator('.preview-panel').waitFor({ timeout: 120_000 });
  return file;
}

describe('dataset preview under Trusted Types', () => {
  it('with the documented allow-list: CSV and GeoJSON previews from the Web Worker, no violation', async () => {
    const { page, violations, problems, workers } = await openDataset(
      preview.browser,
      documented.url,
      files(),
    );
    const csv = await open(page, 'Einwohner (CSV)');
    expect(await csv.locator('[part="preview-error"]').count()).toBe(0);
    expect(await csv.locator('table th[scope="col"]').count()).toBeGreaterThan(1);
    await expect.poll(() => csv.locator('tbody tr').count()).toBeGreaterThan(5);
    const geo = await open(page, 'Ladesäulen (GeoJSON)');
    expect(await geo.locator('[part="preview-error"]').count()).toBe(0);
    await geo.locator('.preview-map svg').waitFor();
    await expect.poll(() => geo.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(workers.filter((url) => url.endsWith('/chunks/preview-worker.js'))).toHaveLength(2);
    expect(await readMarks(page)).toEqual({ worker: 2, page: 0 });
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('without the worker policy in the allow-list: read in the page with the same caps', async () => {
    const { page, violations, problems, workers } = await openDataset(
      preview.browser,
      withoutWorkerPolicy.url,
      files(),
    );
    const csv = await open(page, 'Einwohner (CSV)');
    expect(await csv.locator('[part="preview-error"]').count()).toBe(0);
    await expect.poll(() => csv.locator('tbody tr').count()).toBeGreaterThan(5);
    const geo = await open(page, 'Ladesäulen (GeoJSON)');
    await geo.locator('.preview-map svg').waitFor();
    const large = await open(page, 'Groß (CSV, 50 MB)');
    await expect.poll(() => large.locator('tbody tr').count(), { timeout: 120_000 }).toBe(100);
    expect(await large.locator('[part="preview"]').textContent()).toContain(
      'Gelesen wurden nur die ersten 2 MB der Datei.',
    );
    expect(workers).toEqual([]);
    expect(await readMarks(page)).toEqual({ worker: 0, page: 3 });
    // the one refusal is the policy's name, once (the policy is asked for once per page)
    expect(violations).toEqual(['trusted-types: trusted-types-policy saxon-preview-worker']);
    expect(problems.filter((p) => !/saxon-preview-worker/.test(p))).toEqual([]);
    await page.context().close();
  }, 240_000);
});
