import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    directory: 'src/directory/index.ts',
    'open-data': 'src/open-data/index.ts',
    ckan: 'src/open-data/ckan/index.ts',
    entrystore: 'src/open-data/entrystore/index.ts',
    // Not public entries, files of their own so that an app that only reads gets no zod (issue
    // 27): esbuild puts modules reached from the same entries in one chunk, and the directory's
    // admin client (its zod schemas run when its chunk loads) is reached from the same entries as
    // the read client and the transform its generated checks share with the schemas.
    'directory-client': 'src/directory/client.ts',
    'directory-schema-rules': 'src/directory/schema-rules.ts',
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
