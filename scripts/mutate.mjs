// `pnpm mutate [area…] [--force]`: Stryker over each named area (all of them without arguments),
// one after another, then MUTATION.md from the JSON reports. Areas: mutation/areas.mjs. `--force`
// (passed on to Stryker, as any other `--` option) re-tests every mutant instead of reusing the
// incremental file: needed after adding tests that may kill static mutants, whose results Stryker
// otherwise keeps as long as their file is unchanged.
import { spawnSync } from 'node:child_process';
import { areas } from '../mutation/areas.mjs';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const options = args.filter((arg) => arg.startsWith('--'));
const requested = args.filter((arg) => !arg.startsWith('--'));
const names = requested.length > 0 ? requested : Object.keys(areas);
for (const name of names) {
  if (!areas[name]) {
    console.error(`unknown area "${name}"; known: ${Object.keys(areas).join(', ')}`);
    process.exit(2);
  }
}

for (const name of names) {
  console.log(`\n=== mutating ${name} ===`);
  const run = spawnSync('stryker', ['run', ...options], {
    stdio: 'inherit',
    env: { ...process.env, MUTATE_AREA: name },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const report = spawnSync(process.execPath, ['scripts/mutation-report.mjs'], { stdio: 'inherit' });
process.exit(report.status ?? 1);
