import { defineConfig } from 'tsup';

export default defineConfig({
  // One module per element (`@saxon-ai/react/actor-map`, …) and the index that re-exports them;
  // the wrappers come from scripts/generate-framework-wrappers.mjs.
  entry: ['src/generated/*.ts'],
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  dts: true,
  sourcemap: true,
  clean: true,
  // Shared code goes to chunks, so `@saxon-ai/react` and `@saxon-ai/react/actor-map` hand out the
  // same component.
  splitting: true,
  external: ['react', '@lit/react', '@saxon-ai/components'],
});
