import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    directory: 'src/directory/index.ts',
    'open-data': 'src/open-data/index.ts',
    ckan: 'src/open-data/ckan/index.ts',
    entrystore: 'src/open-data/entrystore/index.ts',
    // Not a public entry: the transform the generated directory checks share with the directory's
    // schemas, in a file of its own. Without it esbuild puts it in the schemas' chunk (both are
    // reached from the same entries, the admin client using the schemas), and an app that only
    // reads would get the schemas and zod with it (issue 27).
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
