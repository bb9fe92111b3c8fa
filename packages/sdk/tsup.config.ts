import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    directory: 'src/directory/index.ts',
    'open-data': 'src/open-data/index.ts',
    ckan: 'src/open-data/ckan/index.ts',
    entrystore: 'src/open-data/entrystore/index.ts',
  },
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  // `@saxon-ai/sdk/preview` is built after this by tsup.preview.config.ts (see there why).
});
