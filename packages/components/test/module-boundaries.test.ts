// Who may import whom inside packages/components/src, so every widget stays one folder that can be
// copied: `shared/` knows no widget, no widget reaches into another, and the code we ship never
// pulls in the demo API (a dev tool with fake data). The package entries (`index.ts`, `define.ts`,
// `cdn/`) are the only files that name every widget.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const srcDir = new URL('../src/', import.meta.url).pathname;
const demoApiDir = new URL('../../demo-api/', import.meta.url).pathname;

/** Folders of `src/` that are not widgets: the shared base, the script-tag entries, the docs. */
const NOT_WIDGETS = new Set(['shared', 'cdn', 'docs']);
const widgets = readdirSync(srcDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !NOT_WIDGETS.has(entry.name))
  .map((entry) => entry.name);

/** Tests, stories and test helpers run in vitest and Storybook only; everything else ships. */
const isShipped = (file: string) =>
  !/\.(test|stories)\.ts$/.test(file) && !file.endsWith('test-support.ts');

interface Import {
  /** As written. */
  specifier: string;
  /** The absolute path a relative specifier points at; undefined for a package name. */
  target?: string;
}

/** Static, dynamic and side-effect imports, and files opened with `new URL('…', import.meta.url)`. */
export function importsOf(file: string, code: string): Import[] {
  const { importedFiles } = ts.preProcessFile(code, true, true);
  const specifiers = importedFiles.map((imported) => imported.fileName);
  for (const match of code.matchAll(/new URL\(\s*['"`]([^'"`]+)['"`]\s*,\s*import\.meta\.url/g)) {
    specifiers.push(match[1]!);
  }
  return specifiers.map((specifier) => ({
    specifier,
    target: specifier.startsWith('.') ? resolve(dirname(file), specifier) : undefined,
  }));
}

/** The top folder of `src/` a path lies in (`shared`, `actor-map`, …), or undefined outside `src/`. */
function folderOf(path: string): string | undefined {
  const inside = relative(srcDir, path);
  if (inside.startsWith('..') || !inside.includes(sep)) return undefined;
  return inside.split(sep)[0];
}

/** Whether an import reaches the demo API, by package name or by relative path. */
const reachesDemoApi = ({ specifier, target }: Import) =>
  specifier === '@saxon-ai/demo-api' ||
  specifier.startsWith('@saxon-ai/demo-api/') ||
  (target !== undefined && `${target}${sep}`.startsWith(demoApiDir));

interface Source {
  /** Relative to `src/`. */
  file: string;
  folder: string | undefined;
  imports: Import[];
}

function readSources(): Source[] {
  return (readdirSync(srcDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts'))
    .map((file) => {
      const path = join(srcDir, file);
      return { file, folder: folderOf(path), imports: importsOf(path, readFileSync(path, 'utf8')) };
    });
}

/** `file → specifier` for each import that breaks a rule, so a failure names the line to fix. */
export function boundaryViolations(sources: Source[]) {
  const crossing = (source: Source, allowed: (folder: string | undefined) => boolean) =>
    source.imports
      .filter(({ target }) => target !== undefined && !allowed(folderOf(target)))
      .map(({ specifier }) => `${source.file} → ${specifier}`);
  return {
    sharedImportsWidget: sources
      .filter((source) => source.folder === 'shared')
      .flatMap((source) => crossing(source, (folder) => !widgets.includes(folder ?? ''))),
    widgetImportsWidget: sources
      .filter((source) => widgets.includes(source.folder ?? ''))
      .flatMap((source) =>
        crossing(source, (folder) => folder === source.folder || !widgets.includes(folder ?? '')),
      ),
    shippedImportsDemoApi: sources
      .filter((source) => isShipped(source.file))
      .flatMap((source) =>
        source.imports
          .filter(reachesDemoApi)
          .map(({ specifier }) => `${source.file} → ${specifier}`),
      ),
  };
}

describe('module boundaries of packages/components/src', () => {
  const sources = readSources();
  const violations = boundaryViolations(sources);

  it('finds the widgets and their imports', () => {
    expect(widgets).toEqual(
      expect.arrayContaining([
        'actor-map',
        'dataset-search',
        'entry-form',
        'event-list',
        'topic-list',
      ]),
    );
    const shared = sources.filter((source) => source.folder === 'shared');
    expect(shared.length).toBeGreaterThan(10);
    expect(shared.flatMap((source) => source.imports).length).toBeGreaterThan(10);
  });

  it('shared/ imports no widget folder', () => {
    expect(violations.sharedImportsWidget).toEqual([]);
  });

  it('no widget folder imports another widget folder', () => {
    expect(violations.widgetImportsWidget).toEqual([]);
  });

  it('shipped code (not tests, stories or test helpers) never imports the demo API', () => {
    expect(violations.shippedImportsDemoApi).toEqual([]);
  });

  it('recognises each kind of forbidden import (the rules can fail)', () => {
    const fake = (file: string, code: string): Source => {
      const path = join(srcDir, file);
      return { file, folder: folderOf(path), imports: importsOf(path, code) };
    };
    const bad = boundaryViolations([
      fake('shared/x.ts', "import type { actorMapDe } from '../actor-map/messages.js';"),
      fake('topic-list/x.ts', "export { SaxonActorMap } from '../actor-map/actor-map.js';"),
      fake('actor-map/a.ts', "const d = await import('../../../demo-api/src/index.js');"),
      fake('actor-map/b.ts', "import { createDemoApi } from '@saxon-ai/demo-api';"),
      fake(
        'actor-map/c.ts',
        "const u = new URL('../../../demo-api/data/k.geojson', import.meta.url);",
      ),
      fake('actor-map/ok.test.ts', "import { createDemoApi } from '@saxon-ai/demo-api';"),
    ]);
    expect(bad.sharedImportsWidget).toEqual(['shared/x.ts → ../actor-map/messages.js']);
    expect(bad.widgetImportsWidget).toEqual(['topic-list/x.ts → ../actor-map/actor-map.js']);
    expect(bad.shippedImportsDemoApi).toEqual([
      'actor-map/a.ts → ../../../demo-api/src/index.js',
      'actor-map/b.ts → @saxon-ai/demo-api',
      'actor-map/c.ts → ../../../demo-api/data/k.geojson',
    ]);
  });
});
