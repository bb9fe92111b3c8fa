import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, `N passed, N failed` (and `N skipped`), the form CI systems
 * read to tell a run that tested something from one that tested nothing. A test that failed and
 * then passed on CI's one retry counts as passed but is named above that line as flaky, so a
 * flaky test is seen and fixed rather than hidden by the retry.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const flaky: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
        if (state === 'passed' && test.diagnostic()?.flaky)
          flaky.push(`${relative(process.cwd(), module.moduleId)} > ${test.fullName}`);
      }
    }
    for (const name of flaky) process.stdout.write(`\nflaky (passed on retry): ${name}`);
    const tail = skipped ? `, ${skipped} skipped` : '';
    const flakyTail = flaky.length ? `, ${flaky.length} flaky` : '';
    process.stdout.write(`\n${passed} passed, ${failed} failed${tail}${flakyTail}\n`);
  }
}
