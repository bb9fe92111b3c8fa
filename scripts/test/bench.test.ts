import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { brokenGoals } from '../../bench/goals.mjs';
import { overBudget } from '../../bench/sizes.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

async function sizeCheck(factor: number) {
  try {
    const { stdout } = await run(
      process.execPath,
      [
        'bench/run.mjs',
        '--only',
        'sizes',
        '--check',
        '--no-write',
        '--budget-factor',
        String(factor),
      ],
      { cwd: root, timeout: 120_000 },
    );
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('pnpm bench --check (sizes)', () => {
  it('fails on an over-budget bundle: every budget cut to 1 %', async () => {
    const { code, output } = await sizeCheck(0.01);
    expect(code).toBe(1);
    expect(output).toMatch(/budget\(s\) broken/);
    expect(output).toMatch(
      /SDK: createDirectoryClient \+ one list call: [\d.]+ kB gzip > 0\.215 kB/,
    );
  }, 120_000);

  it('compares gzip sizes with budgets scaled by the factor', () => {
    const rows = [
      { id: 'a', label: 'a', min: 0, gzip: 1000, budget: 2000, reference: false },
      { id: 'b', label: 'b', min: 0, gzip: 3000, budget: 2000, reference: false },
      { id: 'c', label: 'c', min: 0, gzip: 9000, reference: true },
    ];
    expect(overBudget(rows).map((row) => row.id)).toEqual(['b']);
    expect(overBudget(rows, 0.4).map((row) => row.id)).toEqual(['a', 'b']);
  });

  it('counts a Musterstadt layout shift of 0.05 or more at any width as a missed goal', () => {
    const figure = (value: number) => ({ median: value, min: value, max: value, runs: 1 });
    const vitals = (width: number, cls: number) => ({
      width,
      cls: figure(cls),
      lcp: figure(900),
      tbt: figure(0),
      longTasks: figure(0),
    });
    const results = (phoneShift: number) => ({
      browser: { pageVitals: { desktop: vitals(1280, 0), phone: vitals(375, phoneShift) } },
    });
    expect(brokenGoals(results(0.049))).toEqual([]);
    expect(brokenGoals(results(0.05))).toEqual(['Musterstadt phone: CLS 0.050 ≥ 0.05']);
  });
});
