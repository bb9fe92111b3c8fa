import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * What an app's bundler keeps of the published build (packages/react/dist and
 * packages/components/dist, from `pnpm build`): only the widgets whose wrappers the app uses,
 * each with its registration. esbuild stands in for the app's bundler (Vite, webpack and Rollup
 * read `sideEffects` and `@__PURE__` the same way).
 */
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const TAGS = [
  'saxon-actor-map',
  'saxon-dataset-search',
  'saxon-entry-form',
  'saxon-event-list',
  'saxon-topic-list',
];

async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: packageDir, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    // Only what the React package and the widgets decide is under test.
    external: ['react', 'react-dom', 'lit', 'lit/*', '@lit/reactive-element', '@saxon-ai/sdk'],
  });
  return result.outputFiles[0]!.text;
}

/** The widget tags whose registration (`defineElement("saxon-…", …)`) is in a bundle. */
const registered = (code: string) =>
  TAGS.filter((tag) => new RegExp(`createWrapper\\(\\s*"${tag}"`).test(code));
/** The widget tags whose element code is in a bundle (each names itself in its warnings). */
const widgetCode = (code: string) =>
  TAGS.filter((tag) => new RegExp(`attributeWarning\\(\\s*"${tag}"`).test(code));

describe('@saxon-ai/react in an app bundle', () => {
  it('keeps the one wrapper used, with its element and registration, and drops the others', async () => {
    const code = await bundle(
      "import { SaxonTopicList } from '@saxon-ai/react';\nexport const used = SaxonTopicList;",
    );
    expect(registered(code)).toEqual(['saxon-topic-list']);
    expect(widgetCode(code)).toEqual(['saxon-topic-list']);
  });

  it('keeps the same from the per-widget subpath', async () => {
    const code = await bundle(
      "import { SaxonEventList } from '@saxon-ai/react/event-list';\nexport const used = SaxonEventList;",
    );
    expect(registered(code)).toEqual(['saxon-event-list']);
    expect(widgetCode(code)).toEqual(['saxon-event-list']);
  });

  it('keeps nothing of a wrapper that is imported but never used', async () => {
    const code = await bundle("import { SaxonActorMap } from '@saxon-ai/react';\nexport {};");
    expect(registered(code)).toEqual([]);
    expect(widgetCode(code)).toEqual([]);
  });
});
