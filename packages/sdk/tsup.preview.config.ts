import { defineConfig } from 'tsup';

/**
 * `@saxon-ai/sdk/preview`, built after the other entries (`pnpm build`) into the same `dist/`.
 * Its own build takes the HTTP error classes from the open-data entry's built file instead of
 * sharing a chunk with the other entries: one class for both (`instanceof` across entries), and
 * the other entries' chunks stay exactly as they are — in the same build, esbuild would split
 * their shared HTTP chunk and change what an app that never previews a file bundles.
 */
export default defineConfig({
  entry: { preview: 'src/preview/index.ts' },
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: false,
  treeshake: true,
  splitting: false,
  esbuildPlugins: [
    {
      name: 'http-errors-from-open-data',
      setup(build) {
        build.onResolve({ filter: /\/http\/errors\.js$/ }, () => ({
          path: './open-data.js',
          external: true,
        }));
      },
    },
  ],
});
