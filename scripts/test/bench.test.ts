import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
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
});
