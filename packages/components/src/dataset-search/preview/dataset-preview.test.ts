// The preview of a dataset's files in <saxon-dataset-search>, in Chromium against the demo API's
// CKAN and EntryStore emulations: demo datasets' own files, and the demo API's preview samples
// (German CSV, Windows-1252, a host without CORS, broken and hostile files).
import type { PortalType } from '@saxon-ai/sdk';
import { userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { until } from '../../../test/fixture.js';
import { deepActiveElement, demoClient } from '../../../test/support/dataset-search.js';
import {
  clientWithFiles,
  distributionRow,
  openDataset,
  openPreview,
  previewButton,
  previewPanel,
  sample,
  sampleDistribution,
} from '../../../test/support/dataset-preview.js';

const BIKE = 'ÖPNV + Rad: Bike+Ride-Anlagen im Verbundgebiet';
const COUNTS = 'Verkehrszählung "Blaues Wunder" 2024';

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => {
  document.body.replaceChildren();
});

const headers = (table: Element) =>
  [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());

describe.each<PortalType>(['ckan', 'entrystore'])('dataset preview on %s', (type) => {
  it('fetches nothing before "Vorschau" is pressed, then shows a CSV file as a table', async () => {
    const requested: string[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) requested.push(entry.name);
    });
    observer.observe({ type: 'resource' });
    const el = await openDataset(demoClient(type), 'Bike+Ride', BIKE);
    const row = distributionRow(el, `${BIKE} (CSV)`);
    const button = previewButton(row)!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(previewPanel(row).hidden).toBe(true);
    expect(button.getAttribute('aria-controls')).toBe(previewPanel(row).id);
    expect(requested.filter((url) => url.includes('/demo/dateien/'))).toEqual([]);

    const panel = await openPreview(el, `${BIKE} (CSV)`);
    observer.disconnect();
    // read and parsed by the preview's Web Worker
    expect(requested.filter((url) => url.includes('preview-worker'))).toHaveLength(1);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    const table = panel.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent!.trim()).toMatch(/^Alle \d+ Zeilen$/);
    expect(headers(table).length).toBeGreaterThan(2);
    for (const th of table.querySelectorAll('thead th'))
      expect(th.getAttribute('scope')).toBe('col');
    expect(table.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
    const region = panel.querySelector('[role="region"]')!;
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('aria-labelledby')).toBe(table.querySelector('caption')!.id);
  });

  it('shows a GeoJSON file on the Kreis map with its attribute table', async () => {
    const el = await openDataset(demoClient(type), 'Bike+Ride', BIKE);
    const panel = await openPreview(el, 'Geodaten (GeoJSON)');
    const map = panel.querySelector('[part="preview-map"] svg')!;
    expect(map.getAttribute('role')).toBe('img');
    expect(map.getAttribute('aria-label')).toMatch(/^Karte mit \d+ Objekten in Sachsen/);
    expect(map.querySelectorAll('.kreis')).toHaveLength(13);
    expect(map.querySelectorAll('.feature').length).toBeGreaterThan(0);
    const table = panel.querySelector('table')!;
    expect(headers(table)[0]).toBe('Geometrie');
    expect(table.querySelector('caption')!.textContent).toMatch(/Objekt/);
    expect(panel.textContent).toContain('© GeoBasis-DE / BKG');
  });

  it('shows a JSON file as a tree that opens and closes from the keyboard', async () => {
    const el = await openDataset(demoClient(type), 'Blaues Wunder', COUNTS);
    const panel = await openPreview(el, 'Daten (JSON)');
    const tree = panel.querySelector('[part="preview-json"]')!;
    const root = tree.querySelector('details')!;
    expect(root.open).toBe(true);
    const closed = [...tree.querySelectorAll('details')].find((d) => !d.open)!;
    expect(closed).toBeDefined();
    expect(closed.querySelector('ul')).toBeNull(); // children render only when opened
    closed.querySelector('summary')!.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => expect(closed.querySelector('ul')).not.toBeNull());
    expect(closed.open).toBe(true);
  });
});

describe('dataset preview of the demo API samples', () => {
  const files = [
    sampleDistribution('Einwohner (CSV, deutsch)', sample('einwohner-kreise.csv'), 'CSV'),
    sampleDistribution('Gemeinden (Windows-1252)', sample('gemeinden-windows-1252.csv'), 'CSV'),
    sampleDistribution('Gesperrt (CSV)', sample('einwohner-kreise.csv', { cors: false }), 'CSV'),
    sampleDistribution('Fehlt (CSV)', sample('gibt-es-nicht.csv'), 'CSV'),
    sampleDistribution('Kaputt (JSON)', sample('kaputt.json'), 'JSON'),
    sampleDistribution('Groß (JSON)', sample('gross-3mb.json'), 'JSON'),
    sampleDistribution('Feindlich (CSV)', sample('feindlich.csv'), 'CSV'),
    sampleDistribution('Feindlich (GeoJSON)', sample('feindlich.geojson'), 'GeoJSON'),
    sampleDistribution('Groß (CSV)', sample('gross-50mb.csv'), 'CSV'),
  ];
  const open = (type: PortalType = 'ckan') =>
    openDataset(clientWithFiles(type, files), 'Blaues Wunder', COUNTS);

  it.each<PortalType>(['ckan', 'entrystore'])(
    'reads a semicolon CSV with German numbers, right-aligned, on %s',
    async (type) => {
      const el = await open(type);
      const panel = await openPreview(el, 'Einwohner (CSV, deutsch)');
      const facts = panel.querySelector('[part="preview-facts"]')!.textContent!;
      expect(facts).toContain('Trennzeichen: Semikolon');
      expect(facts).toContain('Zahlen im deutschen Format');
      const table = panel.querySelector('table')!;
      const numeric = [...table.querySelectorAll('tbody tr:first-child td')].map((td) =>
        td.classList.contains('num'),
      );
      expect(numeric).toContain(true);
      expect(numeric).toContain(false);
      const td = table.querySelector<HTMLElement>('tbody td.num')!;
      expect(getComputedStyle(td).textAlign).toBe('right');
    },
  );

  it('decodes a Windows-1252 file', async () => {
    const el = await open();
    const panel = await openPreview(el, 'Gemeinden (Windows-1252)');
    expect(panel.querySelector('[part="preview-facts"]')!.textContent).toContain('WINDOWS-1252');
    const text = panel.querySelector('table')!.textContent!;
    expect(text).toMatch(/[äöüßÄÖÜ]/);
    expect(text).not.toContain('\uFFFD');
  });

  it('says when the host does not let the page read the file, with the download link', async () => {
    const el = await open();
    const panel = await openPreview(el, 'Gesperrt (CSV)');
    const error = panel.querySelector('[part="preview-error"]')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('(CORS)');
    const link = error.querySelector<HTMLAnchorElement>('[part="preview-download"]')!;
    expect(link.href).toBe(sample('einwohner-kreise.csv', { cors: false }));
    expect(error.querySelector('[part="preview-retry"]')).not.toBeNull();
  });

  it('on entrystore too: decodes a Windows-1252 file and says when a file is blocked', async () => {
    const el = await open('entrystore');
    const decoded = await openPreview(el, 'Gemeinden (Windows-1252)');
    expect(decoded.querySelector('[part="preview-facts"]')!.textContent).toContain('WINDOWS-1252');
    expect(decoded.querySelector('table')!.textContent).not.toContain('\uFFFD');
    const blocked = await openPreview(el, 'Gesperrt (CSV)');
    expect(blocked.querySelector('[part="preview-error"]')!.textContent).toContain('(CORS)');
  });

  it('says "not found" for a 404 and loads again on "Erneut versuchen"', async () => {
    const el = await open();
    const panel = await openPreview(el, 'Fehlt (CSV)');
    expect(panel.textContent).toContain('HTTP 404');
    panel.querySelector<HTMLButtonElement>('[part="preview-retry"]')!.click();
    await until(() => expect(panel.textContent).toContain('wird geladen'));
    await until(() => expect(panel.textContent).toContain('HTTP 404'), 30_000);
  });

  it('says why a broken or too large JSON file has no preview', async () => {
    const el = await open();
    const broken = await openPreview(el, 'Kaputt (JSON)');
    expect(broken.textContent).toContain('Die Datei lässt sich nicht als JSON lesen');
    expect(broken.querySelector('[part="preview-retry"]')).toBeNull();
    const large = await openPreview(el, 'Groß (JSON)');
    expect(large.textContent).toContain('zu groß');
    expect(large.querySelector('[part="preview-download"]')).not.toBeNull();
  });

  it('shows the hostile corpus in CSV cells and GeoJSON properties as text', async () => {
    const el = await open();
    const csv = await openPreview(el, 'Feindlich (CSV)');
    const geo = await openPreview(el, 'Feindlich (GeoJSON)');
    for (const panel of [csv, geo]) {
      expect(
        panel.querySelector('script, img, iframe, object, embed, svg a, [onerror], [onclick]'),
      ).toBeNull();
      expect(panel.querySelectorAll('table tbody tr').length).toBeGreaterThan(5);
    }
    expect(csv.querySelector('table')!.textContent).toContain('<script>');
    expect(geo.querySelector('table')!.textContent).toContain('<script>');
  });

  it('caps a 50 MB CSV at the preview limit and says how much it read', async () => {
    const el = await open();
    const panel = await openPreview(el, 'Groß (CSV)');
    const table = panel.querySelector('table')!;
    // the rows appear a few per task
    await until(() => expect(table.querySelectorAll('tbody tr')).toHaveLength(100), 30_000);
    expect(table.querySelector('caption')!.textContent!.trim()).toBe(
      'Die ersten 100 Zeilen der Datei',
    );
    expect(panel.textContent).toMatch(/Gelesen wurden nur die ersten 2 MB der Datei/);
  });

  it('is reached, opened and closed from the keyboard; the table region scrolls with the keys', async () => {
    const el = await open();
    const row = distributionRow(el, 'Einwohner (CSV, deutsch)');
    const button = previewButton(row)!;
    button.focus();
    await userEvent.keyboard('{Enter}');
    const panel = previewPanel(row);
    await until(() => expect(panel.querySelector('table')).not.toBeNull(), 30_000);
    expect(deepActiveElement()).toBe(button);
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()).toBe(panel.querySelector('[role="region"]'));
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await userEvent.keyboard(' ');
    await until(() => expect(button.getAttribute('aria-expanded')).toBe('false'));
    expect(panel.hidden).toBe(true);
  });
});
