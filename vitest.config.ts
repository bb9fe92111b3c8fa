import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { demoApiCommands } from './scripts/test/demo-api-commands.ts';

const chromium = playwright({
  launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
});

// A fresh object per project: vitest writes the resolved instance name into it.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: chromium,
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

// On CI a failed test runs once more: the shared CI machines are noisy, and a red run
// lands nothing. The summary names every test that needed the retry (see summary-reporter.ts), so
// flakiness stays visible; locally there is no retry.
const retry = process.env['CI'] ? 1 : 0;

// `expect.poll` waits for a state (a queue loaded, a status announced); vitest's default of one
// second failed on a busy 2-core CI machine (journey-new-actor passed only on retry). A poll still
// ends as soon as its state is there; the limit is for a state that never comes.
const expectOptions = { poll: { timeout: 10_000 } };

// @saxon-ai/react is tested on React 19 (the `browser` project) and on React 18: its test file for
// React 18 runs in a project that resolves `react` and `react-dom` (and their subpaths) to the npm
// aliases `react-18` and `react-dom-18` in packages/react's devDependencies, for every importer.
const react18 = fileURLToPath(new URL('./packages/react/node_modules/', import.meta.url));
const react18Test = 'packages/react/test/react-18.browser.test.ts';

export default defineConfig({
  test: {
    // vitest's default (cores − 1) is one worker on a 2-core machine: every node test file then
    // runs one after another beside the browser project, and the node files are the longest path
    // (measured on this repo's full suite on 2 cores: 1,140 s with 1 worker, 866 s with 2).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', './scripts/test/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'node',
          include: ['packages/*/test/**/*.test.ts', 'scripts/test/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          environment: 'node',
          globals: false,
          // On CI one PostgreSQL cluster for the run; each file still gets its own database.
          globalSetup: ['packages/directory-server/test/support/postgres.global-setup.ts'],
          retry,
          expect: expectOptions,
          // Many node tests start servers and talk HTTP; on a loaded machine 5 s is not enough.
          // A timeout is a limit for a hung test, not an assertion about speed (that is `pnpm bench`).
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the test iframe.
        optimizeDeps: {
          include: [
            'lit',
            'lit/decorators.js',
            'lit/directive.js',
            'lit/directives/if-defined.js',
            'lit/directives/live.js',
            'lit/directives/repeat.js',
            'ky',
            'zod/mini',
            'ical.js',
            'supercluster',
            'fflate',
          ],
        },
        test: {
          name: 'browser',
          include: ['packages/components/src/**/*.test.ts', 'packages/*/test/**/*.browser.test.ts'],
          exclude: [react18Test, '**/node_modules/**'],
          globalSetup: ['scripts/test/demo-api.setup.ts'],
          // One demo API serves every browser test file, and its faults are global: files run one
          // after another so a fault switched on by one file never reaches another.
          fileParallelism: false,
          retry,
          expect: expectOptions,
          browser: { ...browser(), commands: demoApiCommands },
        },
      },
      {
        resolve: {
          alias: [{ find: /^react(-dom)?(\/.*)?$/, replacement: `${react18}react$1-18$2` }],
        },
        test: {
          name: 'browser-react-18',
          include: [react18Test],
          globalSetup: ['scripts/test/demo-api.setup.ts'],
          retry,
          expect: expectOptions,
          browser: browser(),
        },
      },
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          retry,
          expect: expectOptions,
          // The first story of a file waits for Vite to transform its widget on demand; on a loaded
          // machine that alone passed 15 s. A limit for a hung story, not a speed assertion.
          testTimeout: 30_000,
          browser: browser(),
        },
      },
    ],
  },
});
