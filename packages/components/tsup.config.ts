import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    define: 'src/define.ts',
    // One entry per widget, imported by nobody: it makes esbuild split the code of each widget into
    // a chunk of its own (code is grouped by the entries that reach it), so an app that imports one
    // class from the index — as each @saxon-ai/react wrapper does — bundles that widget alone.
    'widgets/actor-map': 'src/actor-map/actor-map.ts',
    'widgets/dataset-search': 'src/dataset-search/dataset-search.ts',
    'widgets/entry-form': 'src/entry-form/entry-form.ts',
    'widgets/event-list': 'src/event-list/event-list.ts',
    'widgets/topic-list': 'src/topic-list/topic-list.ts',
    // The dataset preview's Web Worker, beside the lazily loaded chunk that starts it with
    // `new Worker(new URL('./preview-worker.js', import.meta.url))` (chunks and entries share dist/).
    'preview-worker': 'src/dataset-search/preview/preview-worker.ts',
  },
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  // Types for the package's own entry points (the widget entries above only shape the chunks).
  dts: { entry: { index: 'src/index.ts', define: 'src/define.ts' } },
  sourcemap: true,
  clean: true,
  splitting: true,
  // The npm build leaves Lit and the SDK to the consumer's bundler; the CDN bundles inline them.
  external: ['lit', /^lit\//, /^@lit\//, '@saxon-ai/sdk'],
});
