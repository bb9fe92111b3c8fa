// `pnpm mutate [area…]`: Stryker over each named area (all of them without arguments), one after
// another, then MUTATION.md from the JSON reports. Areas: mutation/areas.mjs.
import { spawnSync } from 'node:child_process';
import { areas } from '../mutation/areas.mjs';

const requested = process.argv.slice(2).filter((arg) => arg !== '--');
const names = requested.length > 0 ? requested : Object.keys(areas);
for (const name of names) {
  if (!areas[name]) {
    console.error(`unknown area "${name}"; known: ${Object.keys(areas).join(', ')}`);
    process.exit(2);
  }
}

for (const name of names) {
  console.log(`\n=== mutating ${name} ===`);
  const run = spawnSync('stryker', ['run'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATE_AREA: name },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const report = spawnSync(process.execPath, ['scripts/mutation-report.mjs'], { stdio: 'inherit' });
process.exit(report.status ?? 1);
