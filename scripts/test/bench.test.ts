import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { phasesOf } from '../../bench/event-phases.mjs';
import { brokenGoals } from '../../bench/goals.mjs';
import { renderReport } from '../../bench/report.mjs';
import {
  BUDGET_REASONS,
  overBudget,
  SIZE_BUDGETS,
  SIZE_GOALS,
  unexplainedBudgets,
} from '../../bench/sizes.mjs';

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
    // The budget in kB at 1 %, e.g. 23.5 → "0.235 kB".
    const cut = String((SIZE_BUDGETS['sdk-directory']! * 1000 * 0.01) / 1000).replace('.', '\\.');
    expect(output).toMatch(
      new RegExp(`SDK: createDirectoryClient \\+ one list call: [\\d.]+ kB gzip > ${cut} kB`),
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

describe('pnpm bench: why a budget stands above its goal (issues 25 and 27)', () => {
  const machine = {
    os: 'Linux',
    cpu: 'cpu',
    memory: '1 GB',
    node: '24',
    chromium: '–',
    versions: {},
  };
  const row = (id: string, gzip: number, budget: number, goal?: number, reason?: string) => ({
    id,
    label: `bundle ${id}`,
    min: gzip * 3,
    gzip,
    budget,
    ...(goal === undefined ? {} : { goal }),
    ...(reason === undefined ? {} : { reason }),
    reference: false,
  });

  it('gives every budget above its goal, or without one, a reason in bench/sizes.mjs', () => {
    for (const [id, budget] of Object.entries(SIZE_BUDGETS)) {
      const goal = SIZE_GOALS[id];
      if (goal === undefined || budget > goal) expect(BUDGET_REASONS[id]?.trim(), id).toBeTruthy();
    }
  });

  it('flags a budget above its goal without a reason, not one at its goal', () => {
    const rows = [
      row('at-goal', 900, 1000, 1000),
      row('explained', 900, 2000, 1000, 'The new feature X.'),
      row('unexplained', 900, 2000, 1000),
      row('no-goal', 900, 2000),
    ];
    expect(unexplainedBudgets(rows).map((r) => r.id)).toEqual(['unexplained', 'no-goal']);
  });

  it('prints each reason in BENCHMARKS.md beside its budget and goal', () => {
    const report = renderReport({
      date: '2026-12-05T06:00:00.000Z',
      machine,
      sizes: [
        row('at-goal', 900, 1000, 1000),
        row('explained', 1500, 2000, 1000, 'The new feature X.'),
        row('unexplained', 900, 2000),
      ],
    });
    expect(report).toContain('- bundle explained — budget 2.0 kB, goal 1.0 kB: The new feature X.');
    expect(report).toContain(
      '- bundle unexplained — budget 2.0 kB, no goal: ✗ no reason recorded in bench/sizes.mjs.',
    );
    expect(report).not.toContain('- bundle at-goal');
  });

  it('shows the per-module breakdown of an SDK bundle, largest first', () => {
    const report = renderReport({
      date: '2026-12-05T06:00:00.000Z',
      machine,
      sizes: [
        {
          ...row('sdk', 5000, 6000, 4000, 'Reason.'),
          breakdown: {
            total: 10_000,
            groups: { ky: 6000, SDK: 4000 },
            modules: [
              { module: 'ky/core/Ky.js', bytes: 6000 },
              { module: 'http/transport.ts', bytes: 4000 },
            ],
          },
        },
      ],
    });
    expect(report).toContain('### Where the SDK bytes come from');
    expect(report).toContain(
      '**bundle sdk** — 10.0 kB minified: ky 6.0 kB (60 %), SDK 4.0 kB (40 %).',
    );
    expect(report).toMatch(
      /\| ky\/core\/Ky\.js \| 6\.0 \| 60 % \|\n\| http\/transport\.ts \| 4\.0 \| 40 % \|/,
    );
  });
});

describe("pnpm bench --check: the widgets' timing goals (issue 27)", () => {
  const figure = (value: number) => ({ median: value, min: value - 10, max: value + 10, runs: 5 });
  const browser = (map10k: number, map100k: number, events1000: number) => ({
    map10k: figure(map10k),
    map100k: figure(map100k),
    events1000: figure(events1000),
  });

  it('fails above 150 ms (10,000 actors), 600 ms (100,000) and 400 ms (1,000 events)', () => {
    expect(brokenGoals({ browser: browser(150, 600, 400) })).toEqual([]);
    expect(brokenGoals({ browser: browser(151, 601, 401) })).toEqual([
      'map 10k first paint 151 ms > 150 ms',
      'map 100k first paint 601 ms > 600 ms',
      '1,000 events rendered in 401 ms > 400 ms',
    ]);
  });

  it('reports the goals, the baseline beside this build and where the time goes', () => {
    const profile = {
      window: 120,
      kinds: [{ name: 'style', ms: 4 }],
      script: [
        { name: 'zod', ms: 40 },
        { name: 'supercluster', ms: 30 },
      ],
    };
    const profiles = { map10k: profile, map100k: profile, events1000: profile };
    const report = renderReport({
      machine: { os: 'Linux', cpu: 'x', memory: '1 GiB', node: 'v24', chromium: 'C', versions: {} },
      date: '2026-12-05T06:00:00.000Z',
      browser: {
        ...browser(120, 500, 300),
        events1000Floor: figure(170),
        events1000DetailsAfter: figure(90),
        baseline: { ...browser(240, 1000, 900), profile: profiles },
        profile: profiles,
      },
    });
    expect(report).toContain('| event list: render 1,000 events | 300 (290–310) ms | ≤ 400 ms ✓ |');
    // the Lit floor of the same markup, as a reference row without a goal
    expect(report).toMatch(/\| reference: the same markup [^|]*\| 170 \(160–180\) ms \| \|/);
    expect(report).toContain(
      "| event list: after the last page's frame, until every event shows its details | 90 (80–100) ms | |",
    );
    expect(report).toContain(
      '| actor map: first clustered paint, 10,000 actors | 240 (230–250) ms | 120 (110–130) ms | 0.50 |',
    );
    expect(report).toContain(
      '| actor map: first clustered paint, 10,000 actors | baseline | 120 | style 4 | zod 40 · supercluster 30 |',
    );
    expect(report).toContain(
      '| event list: render 1,000 events | this build | 120 | style 4 | zod 40 · supercluster 30 |',
    );
  });

  it("splits a page's window into phases that add up to it", () => {
    const notes = {
      // the answer of the page before, then this page's (its headers came before its last byte)
      answers: [40, 95],
      // the update of the page before, "loading more…", the one that shows the events, a later one
      updates: [
        [50, 60],
        [92, 93],
        [130, 190],
        [205, 206],
      ] as [number, number][],
    };
    const phases = phasesOf({ from: 100, to: 200 }, notes)!;
    expect(phases).toEqual({ window: 100, answer: 0, read: 30, render: 60, frame: 10 });
    // the main thread busy when the answer came: it reached the script 20 ms into the window
    expect(phasesOf({ from: 100, to: 200 }, { ...notes, answers: [40, 120] })).toEqual({
      window: 100,
      answer: 20,
      read: 10,
      render: 60,
      frame: 10,
    });
    // no update in the window, or no answer before it: nothing to split
    expect(phasesOf({ from: 100, to: 125 }, notes)).toBeUndefined();
    expect(phasesOf({ from: 100, to: 200 }, { ...notes, answers: [] })).toBeUndefined();
  });

  it('reports the phases of the list beside those of the floor', () => {
    const stat = (median: number) => ({ median, min: median, max: median, runs: 5 });
    const pages = (first: number[], later: number[]) => {
      const phases = (values: number[]) =>
        Object.fromEntries(
          ['window', 'answer', 'read', 'render', 'frame'].map((phase, i) => [
            phase,
            stat(values[i]!),
          ]),
        );
      return { first: phases(first), later: phases(later) };
    };
    const report = renderReport({
      machine: { os: 'Linux', cpu: 'x', memory: '1 GiB', node: 'v24', chromium: 'C', versions: {} },
      date: '2026-12-06T02:00:00.000Z',
      browser: {
        events1000: figure(450),
        eventPhases: {
          list: pages([170, 56, 16, 96, 2], [290, 11, 24, 214, 33]),
          floor: pages([44, 2, 6, 32, 0], [121, 2, 18, 99, 5]),
        },
      },
    });
    expect(report).toContain('| event list | first page | 170 | 56 | 16 | 96 | 2 |');
    expect(report).toContain('| event list | pages 2–5 | 290 | 11 | 24 | 214 | 33 |');
    expect(report).toContain('| reference: Lit alone | pages 2–5 | 121 | 2 | 18 | 99 | 5 |');
  });
});

describe('pnpm bench: directory-server goals', () => {
  const row = (engine: string, scenario: string, ratio: number, p99: number) => ({
    scenario,
    label: scenario,
    list: scenario.startsWith('list'),
    engine,
    median: 1000 * ratio,
    min: 1000 * ratio,
    max: 1000 * ratio,
    runs: 3,
    ratio,
    requests: 100,
    cacheHits: engine === 'demo' ? undefined : 0,
    p50: p99 / 2,
    p99,
  });
  const directory = (rows: ReturnType<typeof row>[], notes: string[] = []) => ({
    actors: 10_000,
    concurrency: 16,
    rounds: 3,
    maxRequests: 3000,
    maxSeconds: 2,
    notes,
    rows,
  });

  it('misses the list goal when SQLite serves fewer lists than the demo API, not on GeoJSON', () => {
    const results = (listRatio: number, geojsonRatio: number) => ({
      directory: directory([
        row('demo', 'listUncached', 1, 80),
        row('sqlite', 'listUncached', listRatio, 10),
        row('sqlite', 'geojsonUncached', geojsonRatio, 10),
      ]),
    });
    expect(brokenGoals(results(1, 0.2))).toEqual([]);
    expect(brokenGoals(results(0.99, 1))).toEqual([
      'directory listUncached: SQLite 0.99× the demo API < 1×',
    ]);
  });

  it("misses the latency goal at a p99 of 50 ms on either engine, never on the demo API's", () => {
    const results = (p99: number) => ({
      directory: directory([
        row('demo', 'geojsonCached', 1, 500),
        row('sqlite', 'geojsonCached', 2, p99),
        row('postgres', 'geojsonCached', 2, p99),
      ]),
    });
    expect(brokenGoals(results(49.9))).toEqual([]);
    expect(brokenGoals(results(50))).toEqual([
      'directory geojsonCached sqlite: p99 50.0 ms ≥ 50 ms',
      'directory geojsonCached postgres: p99 50.0 ms ≥ 50 ms',
    ]);
  });

  it('reports measured against goal with ✓/✗ and says when PostgreSQL was skipped', () => {
    const report = renderReport({
      date: '2026-12-04T21:00:00.000Z',
      machine: { os: 'Linux', cpu: 'cpu', memory: '1 GB', node: '24', chromium: '–', versions: {} },
      directory: directory(
        [row('demo', 'listCached', 1, 30), row('sqlite', 'listCached', 0.5, 60)],
        ['PostgreSQL skipped: no PostgreSQL binaries on this machine.'],
      ),
    });
    expect(report).toContain('## Directory server vs demo API');
    expect(report).toContain('- PostgreSQL skipped: no PostgreSQL binaries on this machine.');
    expect(report).toContain(
      '| listCached | server, SQLite | 500 (500–500) | 0.50 | ≥ 1× ✗ under | 30.0 | 60.0 | < 50 ✗ over | 0 % |',
    );
    expect(report).toContain(
      '| listCached | demo API (in memory) | 1000 (1000–1000) | 1.00 |  | 15.0 | 30.0 |  | – |',
    );
  });
});
