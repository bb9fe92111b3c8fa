#!/usr/bin/env node
// `pnpm bench`: sizes, SDK throughput, validation cost, the widgets' browser figures and the
// directory server's throughput against the demo API, written to
// BENCHMARKS.md and bench-results.json. Never part of `pnpm test`.
//
//   pnpm bench                          everything, writes both files
//   pnpm bench --only sizes             one part (sizes | throughput | validation | browser |
//                                       preview | directory)
//   pnpm bench --check                  exit 1 when a budget is broken (CI: --only sizes)
//   --no-write                          print only; leave the report files alone
//   --budget-factor 0.01                scale the size budgets (the self-test proves --check fails)
//   --baseline-cdn <dir>                also measure the widgets of another build's dist/cdn/ (e.g.
//                                       main's), side by side, with a profile of each; the size
//                                       part shows that build's script-tag sizes beside these
//   --widgets map                       of the browser part only some (map | typing | events |
//                                       vitals, comma-separated), with their profiles
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { brokenGoals } from './goals.mjs';
import { machine } from './machine.mjs';
import { renderReport } from './report.mjs';
import { measureSizes, missingBudgets, overBudget, unexplainedBudgets } from './sizes.mjs';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    check: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    'budget-factor': { type: 'string', default: '1' },
    'baseline-cdn': { type: 'string' },
    widgets: { type: 'string' },
  },
});
const parts = values.only
  ? values.only.split(',')
  : ['sizes', 'throughput', 'validation', 'browser', 'preview', 'directory'];
const factor = Number(values['budget-factor']);
const results = { machine: await machine(), date: new Date().toISOString() };
const failures = [];

if (parts.includes('sizes')) {
  console.log('▸ sizes');
  results.sizes = await measureSizes({ baselineCdn: values['baseline-cdn'] });
  for (const row of results.sizes) {
    const budget = row.budget ? ` (budget ${(row.budget * factor) / 1000} kB)` : '';
    const baseline = row.baseline ? `, baseline ${(row.baseline.gzip / 1000).toFixed(1)} kB` : '';
    console.log(
      `  ${row.label.padEnd(52)} ${(row.gzip / 1000).toFixed(1).padStart(6)} kB gzip${budget}${baseline}`,
    );
  }
  for (const row of overBudget(results.sizes, factor)) {
    failures.push(
      `${row.label}: ${(row.gzip / 1000).toFixed(1)} kB gzip > ${(row.budget * factor) / 1000} kB`,
    );
  }
  for (const id of missingBudgets(results.sizes)) failures.push(`${id}: no bundle to measure`);
  for (const row of unexplainedBudgets(results.sizes)) {
    failures.push(`${row.label}: budget above its goal without a reason in BUDGET_REASONS`);
  }
}
if (parts.includes('throughput')) {
  console.log('▸ SDK throughput');
  const { measureThroughput } = await import('./throughput.mjs');
  results.throughput = await measureThroughput();
  for (const row of results.throughput.rows) {
    const { q1, q3, min, max } = row.ratios;
    console.log(
      `  ${row.name.padEnd(30)} ${row.median.toFixed(0).padStart(5)} req/s  ratio ${row.ratio.toFixed(2)} (95% CI ${row.ratios.ciLow.toFixed(2)}–${row.ratios.ciHigh.toFixed(2)}, IQR ${q1.toFixed(2)}–${q3.toFixed(2)}, ${min.toFixed(2)}–${max.toFixed(2)})  CPU ratio ${row.cpuRatios.median.toFixed(2)} (IQR ${row.cpuRatios.q1.toFixed(2)}–${row.cpuRatios.q3.toFixed(2)})  client ${row.clientCpuMicros.toFixed(0)} µs/req  server ${row.serverCpuMicros?.toFixed(0) ?? '–'} µs/req`,
    );
  }
}
if (parts.includes('validation')) {
  console.log('▸ validation cost');
  const { measureValidation } = await import('./validation.mjs');
  results.validation = await measureValidation();
  console.log(
    `  ${results.validation.datasets} datasets: parse + validate ${results.validation.ratio.toFixed(2)}× JSON.parse, with mapping ${results.validation.mappedRatio.toFixed(2)}×`,
  );
}
if (parts.includes('browser')) {
  console.log('▸ widgets in Chromium');
  const { measureBrowser } = await import('./browser.mjs');
  results.browser = await measureBrowser({
    baselineDir: values['baseline-cdn'],
    ...(values.widgets ? { parts: values.widgets.split(',') } : {}),
  });
}
if (parts.includes('preview')) {
  console.log('▸ dataset preview of a 50 MB CSV in Chromium');
  const { measurePreview } = await import('./preview.mjs');
  results.preview = await measurePreview();
  const { longestTask, traced } = results.preview;
  const cpu = traced.longestCpu[0];
  console.log(
    `  longest main-thread task ${longestTask.median.toFixed(0)} ms (${longestTask.min.toFixed(0)}–${longestTask.max.toFixed(0)}); traced run: longest ${traced.longestWall[0]?.wall.toFixed(0)} ms wall, most CPU ${cpu?.cpu.toFixed(1)} ms (${cpu?.work.map((w) => `${w.name} ${w.ms.toFixed(1)}`).join(', ')}); load ${results.preview.load.map((l) => l.toFixed(1)).join(' → ')}`,
  );
}

if (parts.includes('directory')) {
  console.log('▸ directory server vs demo API');
  const { measureDirectory } = await import('./directory.mjs');
  results.directory = await measureDirectory();
  for (const note of results.directory.notes) console.log(`  ${note}`);
  for (const row of results.directory.rows) {
    const hits =
      row.cacheHits === undefined ? '' : `  cache hits ${(row.cacheHits * 100).toFixed(0)} %`;
    console.log(
      `  ${row.scenario.padEnd(16)} ${row.engine.padEnd(9)} ${row.median.toFixed(0).padStart(6)} req/s  ×${row.ratio.toFixed(2)} demo  p50 ${row.p50.toFixed(1)} ms  p99 ${row.p99.toFixed(1)} ms${hits}`,
    );
  }
}

failures.push(...brokenGoals(results));

if (!values['no-write'] && !values.only) {
  writeFileSync(
    new URL('../bench-results.json', import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), renderReport(results));
  console.log('\nwrote BENCHMARKS.md and bench-results.json');
}

if (values.check && failures.length) {
  console.error(`\n✗ ${failures.length} budget(s) broken:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
if (values.check) console.log('\n✓ every budget holds');
