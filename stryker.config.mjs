// @ts-check
// Mutation testing (`pnpm mutate`, see mutation/README.md): one area at a time, chosen by
// MUTATE_AREA. Not part of `pnpm test` or CI.
import { currentArea } from './mutation/areas.mjs';

const area = currentArea();

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: area.mutate,
  // pnpm keeps each package's dependencies private, so Stryker cannot find its plugins by itself.
  plugins: [
    import.meta.resolve('@stryker-mutator/vitest-runner'),
    import.meta.resolve('@stryker-mutator/typescript-checker'),
  ],
  testRunner: 'vitest',
  vitest: { configFile: 'mutation/vitest.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'mutation/tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  ignoreStatic: area.ignoreStatic ?? false,
  // The machine has 2 cores shared with others.
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
  incremental: true,
  incrementalFile: `mutation/incremental/${area.name}.json`,
  reporters: ['json', 'clear-text', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${area.name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: area.goal, low: area.goal - 10, break: null },
  timeoutMS: 20_000,
  // The sandbox copy needs only the two packages under test (node_modules are linked, not copied).
  ignorePatterns: [
    'packages/components',
    'packages/directory-server',
    'examples',
    'bench',
    'storybook-static',
    '.storybook',
    'reports',
    'mutation/incremental',
    '**/dist',
  ],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
