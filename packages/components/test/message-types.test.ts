// The published type declarations (dist/index.d.ts, built by `pnpm build`) must know every message
// key: `registerLocale()` and `Messages` are typed by them. Each widget adds its keys to
// `SaxonMessageMap` by augmentation in its `messages.ts`, and bundling the declarations keeps an
// augmentation only when the widget's code imports that file; this test notices one that got lost.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url).pathname;
const declarations = new URL('../dist/index.d.ts', import.meta.url).pathname;

/** Each catalog of German texts that registers keys: `[file, const name]`. */
function germanCatalogs(): [string, string][] {
  const files = [
    'shared/i18n/de.ts',
    ...readdirSync(src, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(`${src}${entry.name}/messages.ts`))
      .map((entry) => `${entry.name}/messages.ts`),
  ];
  return files.map((file) => {
    const text = readFileSync(`${src}${file}`, 'utf8');
    const registered = /interface SaxonMessageMap extends Record<keyof typeof (\w+), Message>/.exec(
      text,
    );
    expect(registered, `${file} adds its keys to SaxonMessageMap`).not.toBeNull();
    return [file, registered![1]!];
  });
}

describe('message keys in the published types', () => {
  it('registers the shared keys and every widget’s keys in dist/index.d.ts', () => {
    if (!existsSync(declarations)) {
      throw new Error('dist/index.d.ts is missing: run `pnpm build` first (`pnpm test` does).');
    }
    const published = readFileSync(declarations, 'utf8');
    const catalogs = germanCatalogs();
    expect(catalogs.map(([file]) => file)).toEqual(
      expect.arrayContaining(['shared/i18n/de.ts', 'dataset-search/messages.ts']),
    );
    for (const [file, name] of catalogs) {
      expect(
        published,
        `${file}: its SaxonMessageMap augmentation is missing from dist/index.d.ts`,
      ).toMatch(
        new RegExp(`interface SaxonMessageMap extends Record<keyof typeof ${name}, Message>`),
      );
    }
  });
});
