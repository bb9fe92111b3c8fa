// The script-tag part of `pnpm bench` (issue 27): sizes of a dist/cdn/ directory with the files a
// page needs for its first results, and the per-module breakdown and baseline comparison in the
// report.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { cdnBaselineSection, cdnBreakdownSection } from '../../bench/cdn-report.mjs';
import { cdnFileSizes, grouped, origin } from '../../bench/cdn-sizes.mjs';

const dir = mkdtempSync(join(tmpdir(), 'saxon-bench-cdn-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('script-tag sizes', () => {
  it("adds the portal adapter a dataset search loads to the entry's size, each gzipped alone", () => {
    mkdirSync(join(dir, 'chunks'));
    const entry = 'export const widget = 1;'.repeat(50);
    const ckan = 'export const ckan = 2;'.repeat(20);
    writeFileSync(join(dir, 'saxon-dataset-search.js'), entry);
    writeFileSync(join(dir, 'saxon-event-list.js'), entry);
    writeFileSync(join(dir, 'chunks/saxon-dataset-search-ckan-AB12CD34.js'), ckan);
    const gz = (text: string) => gzipSync(text, { level: 9 }).length;
    expect(cdnFileSizes(dir)).toEqual({
      'cdn-saxon-dataset-search': { min: entry.length, gzip: gz(entry) },
      'cdn-saxon-dataset-search+ckan': {
        min: entry.length + ckan.length,
        gzip: gz(entry) + gz(ckan),
      },
      'cdn-saxon-event-list': { min: entry.length, gzip: gz(entry) },
    });
  });

  it("adds a widget registered on first use, with the chunks its chunk imports, to the all-widgets file's size", () => {
    const all = join(dir, 'on-use');
    mkdirSync(join(all, 'chunks'), { recursive: true });
    const entry = 'export const widgets = 1;'.repeat(50);
    const form =
      'import{a as b}from"./saxon-widgets-chunk-KR12EIS3.js";import{$0a as c}from"../saxon-widgets.js";export const form = 2;'.repeat(
        3,
      );
    const kreise = 'export const kreise = 3;'.repeat(30);
    const english = 'export const en = 4;'.repeat(10);
    writeFileSync(join(all, 'saxon-widgets.js'), entry);
    writeFileSync(join(all, 'chunks/saxon-widgets-entry-form-AB12CD34.js'), form);
    writeFileSync(join(all, 'chunks/saxon-widgets-chunk-KR12EIS3.js'), kreise);
    // loaded with import() only for an English page: not part of the row
    writeFileSync(join(all, 'chunks/saxon-widgets-messages.en-EN12EN12.js'), english);
    const gz = (text: string) => gzipSync(text, { level: 9 }).length;
    expect(cdnFileSizes(all)).toEqual({
      'cdn-saxon-widgets': { min: entry.length, gzip: gz(entry) },
      'cdn-saxon-widgets+entry-form': {
        min: entry.length + form.length + kreise.length,
        gzip: gz(entry) + gz(form) + gz(kreise),
      },
    });
  });

  it('groups modules by library, the SDK, and our widget folders', () => {
    expect(
      origin('/r/node_modules/.pnpm/ky@2.1.0/node_modules/ky/distribution/core/Ky.js'),
    ).toEqual({
      group: 'ky',
      module: 'ky/core/Ky.js',
    });
    expect(origin('/r/packages/sdk/src/http/transport.ts')).toEqual({
      group: 'SDK',
      module: 'http/transport.ts',
    });
    expect(origin('/r/packages/components/src/shared/pager.ts')).toEqual({
      group: 'components/shared',
      module: 'shared/pager.ts',
    });
    const { total, groups, modules } = grouped([
      ['/r/packages/components/src/shared/pager.ts', 300],
      ['/r/packages/components/src/dataset-search/facets.view.ts', 500],
      ['/r/packages/components/src/shared/theme.ts', 200],
    ]);
    expect(total).toBe(1000);
    expect(groups).toEqual({ 'components/shared': 500, 'components/dataset-search': 500 });
    expect(modules.map((m) => m.module)).toEqual([
      'dataset-search/facets.view.ts',
      'shared/pager.ts',
      'shared/theme.ts',
    ]);
  });
});

describe('the report of the script-tag sizes', () => {
  const row = {
    id: 'cdn-saxon-dataset-search',
    label: 'script tag: dist/cdn/saxon-dataset-search.js',
    min: 9000,
    gzip: 3000,
    reference: false,
    baseline: { min: 12_000, gzip: 4200 },
    cdnBreakdown: {
      total: 10_000,
      groups: { ky: 6000, 'components/dataset-search': 4000 },
      modules: [
        { module: 'ky/core/Ky.js', bytes: 6000 },
        { module: 'dataset-search/facets.view.ts', bytes: 4000 },
      ],
      lazy: [{ file: 'chunks/saxon-dataset-search-ckan-AB12CD34.js', bytes: 2500 }],
    },
  };

  it('shows where each bundle’s bytes come from, largest first, and its lazy files', () => {
    const section = cdnBreakdownSection([row])!;
    expect(section).toContain('### Where the script-tag bytes come from');
    expect(section).toContain(
      '**script tag: dist/cdn/saxon-dataset-search.js** — 3.0 kB gzip, 10.0 kB minified: ky 6.0 kB (60 %), components/dataset-search 4.0 kB (40 %).',
    );
    expect(section).toMatch(
      /\| ky\/core\/Ky\.js \| 6\.0 \| 60 % \|\n\| dataset-search\/facets\.view\.ts \| 4\.0 \| 40 % \|/,
    );
    expect(section).toContain('Lazy files: chunks/saxon-dataset-search-ckan 2.5 kB (minified).');
    expect(cdnBreakdownSection([{ ...row, cdnBreakdown: undefined }])).toBeUndefined();
  });

  it('puts a baseline build’s sizes beside this one', () => {
    expect(cdnBaselineSection([row])).toContain(
      '| script tag: dist/cdn/saxon-dataset-search.js | 4.2 | 3.0 | -1.2 |',
    );
    expect(cdnBaselineSection([{ ...row, baseline: undefined }])).toBeUndefined();
  });
});
