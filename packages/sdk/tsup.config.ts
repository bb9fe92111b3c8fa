import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    directory: 'src/directory/index.ts',
    'open-data': 'src/open-data/index.ts',
    ckan: 'src/open-data/ckan/index.ts',
    entrystore: 'src/open-data/entrystore/index.ts',
    // Loaded only when a preview is opened; shares the HTTP errors' chunk with the others.
    preview: 'src/preview/index.ts',
  },
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
});
