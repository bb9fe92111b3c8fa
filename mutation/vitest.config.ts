// The vitest config Stryker runs: the node project's settings, limited to the test files of the
// area being mutated (see areas.mjs). Not used by `pnpm test`.
import { defineConfig } from 'vitest/config';
import { currentArea } from './areas.mjs';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    // MUTATE_TESTS (comma-separated) narrows a quick run to the files written for one change.
    include: process.env.MUTATE_TESTS?.split(',') ?? currentArea().tests,
    exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
    environment: 'node',
    globals: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
