import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    define: 'src/define.ts',
    // The dataset preview's Web Worker, beside the lazily loaded chunk that starts it with
    // `new Worker(new URL('./preview-worker.js', import.meta.url))` (chunks and entries share dist/).
    'preview-worker': 'src/dataset-search/preview/preview-worker.ts',
  },
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  // The npm build leaves Lit and the SDK to the consumer's bundler; the CDN bundles inline them.
  external: ['lit', /^lit\//, /^@lit\//, '@saxon-ai/sdk'],
});
