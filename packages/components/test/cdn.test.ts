// The script-tag bundles in dist/cdn/ (built by `pnpm build`): self-contained, minified, with source
// maps, and safe to load twice on one page under a strict Content-Security-Policy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cdnDir,
  startStrictCspSite,
  widgetPage,
  type StrictCspSite,
} from './support/strict-csp-site.js';

// Every .ts file in src/cdn/ is an entry, as in scripts/build-cdn.mjs (src/cdn/lazy/ holds parts).
const entries = readdirSync(new URL('../src/cdn/', import.meta.url))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''));

/** The paths a bundle loads with `import()`. */
const dynamicImports = (code: string) =>
  [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]!);

describe('dist/cdn bundles', () => {
  beforeAll(() => {
    if (!existsSync(`${cdnDir}saxon-widgets.js`)) {
      throw new Error('dist/cdn/ is missing: run `pnpm build` first (`pnpm test` does).');
    }
  });

  it('has one minified ES module with a source map per entry, self-contained but for its lazy chunks', () => {
    expect(entries).toContain('saxon-widgets');
    for (const name of entries) {
      const code = readFileSync(`${cdnDir}${name}.js`, 'utf8');
      const map = JSON.parse(readFileSync(`${cdnDir}${name}.js.map`, 'utf8')) as {
        sources: string[];
      };
      expect(code).toMatch(new RegExp(`//# sourceMappingURL=${name}\\.js\\.map\\s*$`));
      expect(map.sources.some((source) => source.includes('lit-html'))).toBe(true);
      expect(map.sources.some((source) => source.includes('sdk'))).toBe(true);
      // self-contained: no static import of anything (bare or relative) is left …
      expect(code).not.toMatch(/\bimport\s*[{*\w][^;]*?from\s*["']/);
      // … and `import()` only of its own lazy chunks, beside it in chunks/
      for (const target of dynamicImports(code)) {
        expect(target, `${name}.js imports ${target}`).toMatch(
          new RegExp(`^\\./chunks/${name}-[\\w.-]+\\.js$`),
        );
        expect(existsSync(`${cdnDir}${target}`), `${target} exists`).toBe(true);
      }
      // production: no Node globals, no Lit dev mode, minified
      expect(code).not.toContain('process.env');
      expect(code).not.toContain('Lit is in dev mode');
      // minified: long lines (which line comes first depends on the module order: the template
      // literals of lit-html keep their line breaks)
      expect(Math.max(...code.split('\n').map((line) => line.length))).toBeGreaterThan(5000);
      expect(code).not.toContain('ALLOWED_PROTOCOLS'); // … and local names shortened
    }
  });

  it('loads lazily only what a widget opens later: the preview, its map, the actor card', () => {
    const lazy = (name: string) => dynamicImports(readFileSync(`${cdnDir}${name}.js`, 'utf8'));
    // Every entry: its English texts (the shared ones, `en`, and each widget's) only for a page in
    // English (shared/i18n/locales.ts).
    const parts = (name: string) =>
      lazy(name)
        .map((target) => new RegExp(`^\\./chunks/${name}-(.+)-\\w+\\.js$`).exec(target)?.[1])
        .sort();
    // The SDK's own lazy parts (issue 27) in every widget that reads the directory: zod with the
    // schemas, for the issues of a malformed answer, the write side of the public submissions,
    // and the checks of the actor area's answers, loaded with its first request.
    const SDK_LAZY = ['directory-actors', 'public-submissions-checked', 'schemas', 'shapes'];
    // the dataset search: the detail view (and from it the preview), the region map, the time
    // fields, the expert panel and the JSON-LD of an opened dataset — each only when the visitor
    // gets there —, the facets (loaded beside the first search, never before the results) and the
    // adapter of the portal's kind, one of the two, for the first search
    expect(parts('saxon-dataset-search')).toEqual([
      'ckan',
      'dataset-json-ld',
      'detail.view',
      'en',
      'entrystore',
      'expert-panel.view',
      'facets.view',
      'messages.en',
      'region-map.view',
      'shapes',
      'time-fields.view',
    ]);
    // the actor map: the Kreis outlines (loaded beside the actors), the card and its open data
    expect(parts('saxon-actor-map')).toEqual(
      ['card', 'card-datasets', 'en', 'kreis-outlines', 'messages.en', ...SDK_LAZY].sort(),
    );
    // … and its outlines are not in the entry
    expect(readFileSync(`${cdnDir}saxon-actor-map.js`, 'utf8')).not.toMatch(/13\.7662,51\.1752/);
    // … and the card loads the adapter it needs, not both
    const card = readdirSync(`${cdnDir}chunks/`).find((file) =>
      /^saxon-actor-map-card-datasets-\w+\.js$/.test(file),
    )!;
    expect(
      dynamicImports(readFileSync(`${cdnDir}chunks/${card}`, 'utf8'))
        .map((target) => /^\.\/saxon-actor-map-(.+)-\w+\.js$/.exec(target)?.[1])
        .sort(),
    ).toEqual(['ckan', 'entrystore']);
    // the event list: its JSON-LD, loaded with the first shown events (nobody waits for it)
    expect(parts('saxon-event-list')).toEqual(['en', 'json-ld', 'messages.en', ...SDK_LAZY].sort());
    expect(parts('saxon-topic-list')).toEqual(['en', 'messages.en', ...SDK_LAZY].sort());
    expect(parts('saxon-entry-form')).toEqual(
      ['en', 'fields.messages.en', 'messages.en', ...SDK_LAZY].sort(),
    );
    // The Kreis outlines come only with a GeoJSON preview, not with the widget or the panel.
    const search = readFileSync(`${cdnDir}saxon-dataset-search.js`, 'utf8');
    expect(search).not.toContain('Sächsische Schweiz-Osterzgebirge');
    expect(search).not.toContain('Die Datei ist für eine Vorschau zu groß');
  });

  it("carries the checks of the directory's actor answers in no entry, only in their chunk", () => {
    // Read from the source maps: which files the checks' generated source went into.
    const source = 'sdk/src/generated/checks/directory-actors.ts';
    const sources = (file: string) =>
      (JSON.parse(readFileSync(`${cdnDir}${file}.map`, 'utf8')) as { sources: string[] }).sources;
    const carries = (file: string) => sources(file).some((path) => path.endsWith(source));
    for (const name of entries) expect(carries(`${name}.js`), `${name}.js`).toBe(false);
    const holders = readdirSync(`${cdnDir}chunks/`).filter(
      (file) => file.endsWith('.js') && file !== 'preview-worker.js' && carries(`chunks/${file}`),
    );
    // One chunk for each widget that reads the directory, and for all widgets together.
    expect(
      holders.map((file) => /^(saxon-[a-z-]+?)-directory-actors-\w+\.js$/.exec(file)?.[1]),
    ).toEqual([
      'saxon-actor-map',
      'saxon-entry-form',
      'saxon-event-list',
      'saxon-topic-list',
      'saxon-widgets',
    ]);
  });

  it('carries neither portal adapter in an entry: each is a chunk of its own', () => {
    // What only the CKAN adapter says (its search action) and only the EntryStore adapter (its
    // Solr search): in the adapter's own chunk, in no entry and in no chunk of the other.
    const marks = { ckan: 'package_search', entrystore: 'solr' };
    const chunks = readdirSync(`${cdnDir}chunks/`).filter((file) => file.endsWith('.js'));
    for (const name of entries) {
      const code = readFileSync(`${cdnDir}${name}.js`, 'utf8');
      expect(
        Object.values(marks).filter((mark) => code.includes(mark)),
        `adapter code in ${name}.js`,
      ).toEqual([]);
    }
    for (const [adapter, mark] of Object.entries(marks)) {
      const holders = chunks.filter((file) =>
        readFileSync(`${cdnDir}chunks/${file}`, 'utf8').includes(mark),
      );
      expect(holders.length, `chunks with ${mark}`).toBeGreaterThan(0);
      for (const file of holders)
        expect(file, `${mark} in ${file}`).toMatch(new RegExp(`-${adapter}-\\w+\\.js$`));
    }
  });

  it('has chunks that import only their own entry and their sibling chunks', () => {
    const chunks = readdirSync(`${cdnDir}chunks/`).filter((file) => file.endsWith('.js'));
    expect(chunks).toContain('preview-worker.js');
    for (const file of chunks) {
      const code = readFileSync(`${cdnDir}chunks/${file}`, 'utf8');
      expect(code).toMatch(
        new RegExp(`//# sourceMappingURL=${file.replace('.', '\\.')}\\.map\\s*$`),
      );
      expect(existsSync(`${cdnDir}chunks/${file}.map`)).toBe(true);
      expect(code).not.toContain('process.env');
      const owner = entries.find((name) => file.startsWith(`${name}-`));
      const imports = [
        // static imports and re-exports: statements, not text that merely reads like one (the
        // expert panel's SDK snippet holds `"import", …, "from"` as strings)
        ...[
          ...code.matchAll(
            /(?:^|[;\n])\s*(?:import|export)\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+|[\w$]+)?\s*(?:from\s*)?["']([^"']+)["']/g,
          ),
        ].map((m) => m[1]!),
        ...dynamicImports(code),
      ];
      if (!owner) {
        // the worker: one self-contained file
        expect(file).toBe('preview-worker.js');
        expect(imports).toEqual([]);
        continue;
      }
      for (const target of imports) {
        expect(
          target === `../${owner}.js` || new RegExp(`^\\./${owner}-[\\w.-]+\\.js$`).test(target),
          `${file} imports ${target}`,
        ).toBe(true);
        expect(existsSync(new URL(target, `file://${cdnDir}chunks/`).pathname)).toBe(true);
      }
    }
  });

  it("carries only its own widget's texts in a single-widget bundle", () => {
    // One German text of each widget, looked for in every bundle.
    const texts = {
      'saxon-dataset-search': 'Offene Daten durchsuchen',
      'saxon-actor-map': 'Landkreis oder kreisfreie Stadt',
      'saxon-event-list': 'Veranstaltungen filtern',
      'saxon-entry-form': 'Nachricht an die Redaktion',
      'saxon-topic-list': 'Alle Themen zeigen',
    };
    for (const [bundle, own] of Object.entries(texts)) {
      const code = readFileSync(`${cdnDir}${bundle}.js`, 'utf8');
      expect(code).toContain(own);
      for (const [other, text] of Object.entries(texts))
        if (other !== bundle) expect(code, `${other} text in ${bundle}.js`).not.toContain(text);
    }
    // saxon-widgets.js carries every widget's; the entry form's in its chunk, loaded on first use
    const all = readFileSync(`${cdnDir}saxon-widgets.js`, 'utf8');
    const { 'saxon-entry-form': formText, ...others } = texts;
    for (const text of Object.values(others)) expect(all).toContain(text);
    expect(all).not.toContain(formText);
    const formChunk = readdirSync(`${cdnDir}chunks/`).find((file) =>
      /^saxon-widgets-entry-form-\w+\.js$/.test(file),
    )!;
    expect(readFileSync(`${cdnDir}chunks/${formChunk}`, 'utf8')).toContain(formText);
    expect(dynamicImports(all)).toContain(`./chunks/${formChunk}`);
  });
});

describe('pages with dist/cdn bundles under a strict CSP and Trusted Types', () => {
  let env: StrictCspSite;

  beforeAll(async () => {
    // Two URLs for one file make the browser evaluate two separate copies, as a CMS plugin and a
    // hand-written snippet would; a third loads the single-widget bundle on top.
    const twoCopies = (apiUrl: string) =>
      widgetPage({
        title: 'Zwei Kopien',
        scripts: [
          '/copy-a/saxon-widgets.js',
          '/copy-b/saxon-widgets.js',
          '/copy-c/saxon-topic-list.js',
          '/probe.js',
        ],
        body: `<saxon-topic-list api-url="${apiUrl}/directory/v1"></saxon-topic-list>`,
      });
    // Compares what each copy exports with what the registry holds.
    const probe = `import * as a from '/copy-a/saxon-widgets.js';
import * as b from '/copy-b/saxon-widgets.js';
import * as c from '/copy-c/saxon-topic-list.js';
window.__copies = {
  distinct: a.SaxonTopicList !== b.SaxonTopicList && b.SaxonTopicList !== c.SaxonTopicList,
  registered: [a, b, c].findIndex((m) => customElements.get('saxon-topic-list') === m.SaxonTopicList),
};`;
    // The dataset search alone, on a CKAN and on an EntryStore portal.
    const search = (apiUrl: string, type: 'ckan' | 'entrystore') =>
      widgetPage({
        title: 'Offene Daten',
        scripts: ['/copy-a/saxon-dataset-search.js'],
        body: `<saxon-dataset-search api-type="${type}" api-url="${apiUrl}/${type === 'ckan' ? 'ckan' : 'entrystore/store'}"></saxon-dataset-search>`,
      });
    env = await startStrictCspSite({
      routes: ['/copy-a/', '/copy-b/', '/copy-c/'],
      files: (apiUrl) => ({
        '/': twoCopies(apiUrl),
        '/probe.js': probe,
        '/ckan.html': search(apiUrl, 'ckan'),
        '/entrystore.html': search(apiUrl, 'entrystore'),
      }),
    });
  });

  afterAll(() => env?.close());

  it('two copies of saxon-widgets.js on one page raise no error, and the elements work', async () => {
    const { context, page, problems } = await env.watchedPage();
    await page.goto(`${env.site.url}/`);

    await expect
      .poll(() => page.locator('saxon-topic-list [part="item"]').count(), { timeout: 10_000 })
      .toBe(17);
    expect(await page.locator('saxon-topic-list [role="status"]').textContent()).toContain(
      '17 Themen',
    );
    const copies = await page.evaluate(() => (window as { __copies?: unknown }).__copies);
    expect(copies).toEqual({ distinct: true, registered: 0 });
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000); // a loaded machine takes longer than the 5 s default to start the page

  it("loads the dataset search's adapter for the portal's kind only, as a chunk the CSP allows", async () => {
    for (const [type, other] of [
      ['ckan', 'entrystore'],
      ['entrystore', 'ckan'],
    ] as const) {
      const { context, page, problems, scripts } = await env.watchedPage();
      await page.goto(`${env.site.url}/${type}.html`);
      await expect
        .poll(() => page.locator('saxon-dataset-search [part="result-link"]').count(), {
          timeout: 30_000,
        })
        .toBeGreaterThan(0);
      const adapters = scripts.filter((path) => /-(ckan|entrystore)-\w+\.js$/.test(path));
      expect(adapters, type).toEqual([
        expect.stringMatching(
          new RegExp(`^/copy-a/chunks/saxon-dataset-search-${type}-\\w+\\.js$`),
        ),
      ]);
      expect(scripts.some((path) => path.includes(`-${other}-`))).toBe(false);
      expect(problems, type).toEqual([]);
      await context.close();
    }
  }, 90_000);
});
