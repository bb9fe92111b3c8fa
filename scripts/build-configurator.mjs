#!/usr/bin/env node
// Builds the Musterstadt site's embed configurator (packages/components/src/configurator) into
// examples/municipal-site/dist/embed-configurator.js: one minified ES module with Lit inside and
// the widgets' attributes from the package's custom-elements.json (so `pnpm build` of the
// components runs first). The site itself has no build step; this file is its only built part.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const components = fileURLToPath(new URL('../packages/components/', import.meta.url));
const fullManifest = JSON.parse(readFileSync(`${components}custom-elements.json`, 'utf8'));

/** The manifest with what the configurator reads: custom elements and their attributes. */
const manifest = {
  modules: fullManifest.modules.map((module) => ({
    declarations: (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map(({ customElement, tagName, attributes }) => ({
        customElement,
        tagName,
        attributes: (attributes ?? []).map(
          ({ name, type, default: value, description, deprecated }) => ({
            name,
            type,
            default: value,
            description,
            deprecated,
          }),
        ),
      })),
  })),
};

/** What each widget starts with on the demo site: the APIs the site serves itself. */
const presets = {
  'saxon-dataset-search': { 'api-type': 'ckan', 'api-url': '/ckan' },
  'saxon-actor-map': { 'api-url': '/directory/v1' },
  'saxon-event-list': { 'api-url': '/directory/v1' },
  'saxon-topic-list': { 'api-url': '/directory/v1' },
  'saxon-entry-form': { 'api-url': '/directory/v1' },
};

await build({
  stdin: {
    contents: [
      "import { defineConfigurator } from './define-configurator.ts';",
      `defineConfigurator(${JSON.stringify(manifest)}, ${JSON.stringify(presets)});`,
    ].join('\n'),
    resolveDir: `${components}src/configurator`,
    sourcefile: 'embed-configurator-entry.ts',
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
  tsconfig: `${components}tsconfig.json`,
  legalComments: 'eof',
  outfile: fileURLToPath(
    new URL('../examples/municipal-site/dist/embed-configurator.js', import.meta.url),
  ),
  logLevel: 'warning',
});
console.log('examples/municipal-site/dist/embed-configurator.js');
