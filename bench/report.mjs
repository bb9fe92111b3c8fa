// Renders BENCHMARKS.md from a results object: every figure beside its budget or goal, the
// reference rows, and the machine and versions it ran on.
import { breakdownLines } from './breakdown-table.mjs';
import { cdnBaselineSection, cdnBreakdownSection } from './cdn-report.mjs';
import { GOALS } from './goals.mjs';
import { previewSection } from './preview-report.mjs';
import { fmt } from './stats.mjs';

const kB = (bytes) => (bytes / 1000).toFixed(1);
/** ✓, or what went wrong: over a ceiling (the default) or under a floor. */
const verdict = (ok, miss = 'over') => (ok ? '✓' : `✗ ${miss}`);
const ms = (stat) =>
  stat ? `${fmt(stat.median, 0)} (${fmt(stat.min, 0)}–${fmt(stat.max, 0)})` : '–';

function sizesSection(rows) {
  const lines = [
    '## Bundle sizes',
    '',
    'esbuild, minified, production conditions; gzip level 9. kB = 1000 bytes. App rows bundle one',
    "import the way an app's bundler would; script-tag rows are the files in",
    '`packages/components/dist/cdn/` as shipped (licence comments included).',
    '',
    'The **budget** is enforced: `pnpm bench:sizes` (in `.ci/run`) fails above it. The **goal** is',
    "issue 27's target (issue 11's for the all-widgets bundle). Where a goal is missed, the budget is",
    'the size measured when it was set plus a little (about 8 % for the SDK rows, 0.5 kB for the',
    'script-tag rows), so nothing grows unnoticed, the row says how far the goal is, and the list',
    'below the table says why the budget stands there. A "first results" row adds the lazy file a',
    'widget loads before it can show anything (the dataset search its portal adapter). The two "floor"',
    'reference rows are the required libraries with none of our code: the SDK stack (fetch, zod/mini)',
    'and the widget stack (Lit, fetch, zod/mini). A goal minus its floor is the room it leaves for the',
    "SDK's and the widget's own code.",
    '',
    '| bundle | minified kB | gzip kB | budget kB | | goal kB | |',
    '| --- | ---: | ---: | ---: | --- | ---: | --- |',
  ];
  for (const row of rows.filter((r) => !r.reference)) {
    const budget = row.budget === undefined ? '–' : kB(row.budget);
    const status = row.budget === undefined ? '' : verdict(row.gzip <= row.budget);
    const goal = row.goal === undefined ? '–' : kB(row.goal);
    const goalStatus =
      row.goal === undefined
        ? ''
        : row.gzip <= row.goal
          ? '✓'
          : `✗ ${kB(row.gzip - row.goal)} kB over`;
    lines.push(
      `| ${row.label} | ${kB(row.min)} | ${kB(row.gzip)} | ${budget} | ${status} | ${goal} | ${goalStatus} |`,
    );
  }
  const explained = rows.filter(
    (row) => row.budget !== undefined && (row.goal === undefined || row.budget > row.goal),
  );
  if (explained.length) {
    lines.push('', '**Why these budgets stand above their goal** (or have none):', '');
    for (const row of explained) {
      const goal = row.goal === undefined ? 'no goal' : `goal ${kB(row.goal)} kB`;
      const reason = row.reason?.trim() || '✗ no reason recorded in bench/sizes.mjs.';
      lines.push(`- ${row.label} — budget ${kB(row.budget)} kB, ${goal}: ${reason}`);
    }
  }
  lines.push(
    '',
    '**Reference rows** (same run, same settings):',
    '',
    '| bundle | minified kB | gzip kB |',
    '| --- | ---: | ---: |',
  );
  for (const row of rows.filter((r) => r.reference))
    lines.push(`| ${row.label} | ${kB(row.min)} | ${kB(row.gzip)} |`);
  return lines.join('\n');
}

const TOP_MODULES = 12;

/** Where each SDK bundle's bytes come from: per origin, then the largest modules. */
function breakdownSection(rows) {
  const measured = rows.filter((row) => row.breakdown);
  if (!measured.length) return undefined;
  const lines = [
    '### Where the SDK bytes come from',
    '',
    "esbuild's metafile of each SDK row, bundled from the sources (the built chunks hide module",
    'names): minified bytes per module, which add up to the bundle (gzip does not split by module).',
    'The floor row above is the least fetch and zod/mini can weigh.',
  ];
  for (const row of measured) {
    lines.push(
      ...breakdownLines(
        `**${row.label}** — ${kB(row.breakdown.total)} kB minified`,
        row.breakdown,
        TOP_MODULES,
      ),
    );
  }
  return lines.join('\n');
}

function throughputSection(result) {
  const lines = [
    '## SDK throughput',
    '',
    `\`GET /directory/v1/actors\` requests to the demo API on 127.0.0.1 (its own process), ${result.concurrency} at a time, in`,
    `${result.rounds} rounds after ${result.warmupRounds} warm-up rounds: each round runs a block of ${result.requests} requests per client,`,
    'back to back, in an order that rotates every round and reverses every other cycle. Requests per',
    "second: median (min–max) of the blocks. Ratio: median of each round's req/s ÷ the same round's raw",
    'fetch, with its 95 % confidence interval (distribution-free, from order statistics), quartiles and',
    'range, so load swings of a shared machine hit every client alike. The goal counts as met only when',
    'the whole interval is at or above it. CPU ratio: the same per round with client CPU per request.',
    'CPU: median µs per request of the client process and of the server process. The ky row (the HTTP',
    "layer the SDK was built on until issue 27) and the SDK without validation show where a client's",
    'cost comes from.',
    '',
    `| client | req/s | ratio (95 % CI) | ratio IQR (range) | CPU ratio (IQR) | client CPU µs/req | server CPU µs/req | goal |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of result.rows) {
    const goal =
      row.name === '@saxon-ai/sdk (validated)'
        ? `≥ ${GOALS.throughputRatio} ${verdict((row.ratios?.ciLow ?? row.ratio) >= GOALS.throughputRatio, 'under')}`
        : '';
    const interval = row.ratios
      ? ` (${fmt(row.ratios.ciLow, 2)}–${fmt(row.ratios.ciHigh, 2)})`
      : '';
    const cpu = row.cpuRatios
      ? `${fmt(row.cpuRatios.median, 2)} (${fmt(row.cpuRatios.q1, 2)}–${fmt(row.cpuRatios.q3, 2)})`
      : '–';
    const ratios = row.ratios
      ? `${fmt(row.ratios.q1, 2)}–${fmt(row.ratios.q3, 2)} (${fmt(row.ratios.min, 2)}–${fmt(row.ratios.max, 2)})`
      : '–';
    lines.push(
      `| ${row.name} | ${fmt(row.median, 0)} (${fmt(row.min, 0)}–${fmt(row.max, 0)}) | ${fmt(row.ratio, 2)}${interval} | ${ratios} | ${cpu} | ${fmt(row.clientCpuMicros, 0)} | ${fmt(row.serverCpuMicros, 0)} | ${goal} |`,
    );
  }
  return lines.join('\n');
}

function validationSection(result) {
  return [
    '## Validation cost',
    '',
    `A CKAN \`package_search\` page of ${result.datasets} datasets (${kB(result.bytes)} kB of JSON from the demo API),`,
    "parsed and validated with the SDK's zod schemas (the goal's figure), then also mapped to the",
    `model as every search does, against \`JSON.parse\` alone. ${result.jsonOnly.runs} measured runs after 10 warm-ups, each`,
    'run timing every step once in a rotating order; ms median (min–max).',
    '',
    '| step | ms | ratio | goal |',
    '| --- | ---: | ---: | --- |',
    `| JSON.parse | ${ms(result.jsonOnly)} | 1.00 | |`,
    `| SDK: parse + validate | ${ms(result.validated)} | ${fmt(result.ratio, 2)} | ≤ ${GOALS.validationRatio} ${verdict(result.ratio <= GOALS.validationRatio)} |`,
    `| SDK: parse + validate + map to the model | ${ms(result.sdk)} | ${fmt(result.mappedRatio, 2)} | |`,
  ].join('\n');
}

function browserSection(browser) {
  const lines = ['## Widgets in Chromium', ''];
  if (browser.notes?.length) lines.push(...browser.notes.map((note) => `- ${note}`), '');
  const rows = [];
  if (browser.map10k)
    rows.push(
      `| actor map: data → first clustered paint, 10,000 actors | ${ms(browser.map10k)} ms | ≤ ${GOALS.mapFirstPaint10k} ms ${verdict(browser.map10k.median <= GOALS.mapFirstPaint10k)} |`,
    );
  if (browser.map100k)
    rows.push(
      `| actor map: data → first clustered paint, 100,000 actors | ${ms(browser.map100k)} ms | ≤ ${GOALS.mapFirstPaint100k} ms ${verdict(browser.map100k.median <= GOALS.mapFirstPaint100k)} |`,
    );
  if (browser.zoomFrames)
    rows.push(
      `| actor map: frame time while zooming (10,000 actors), p95 | ${ms(browser.zoomFrames)} ms | |`,
    );
  if (browser.typing) {
    rows.push(
      `| dataset search: requests for 10 characters typed 50 ms apart | ${browser.typing.requests.median} (max ${browser.typing.requests.max}) | ≤ ${GOALS.typingRequests} ${verdict(browser.typing.requests.max <= GOALS.typingRequests)} |`,
    );
    rows.push(
      `| dataset search: stale answers rendered | ${browser.typing.staleRenders.max} | ${GOALS.typingStaleRenders} ${verdict(browser.typing.staleRenders.max <= GOALS.typingStaleRenders)} |`,
    );
  }
  if (browser.events1000)
    rows.push(
      `| event list: render 1,000 events | ${ms(browser.events1000)} ms | ≤ ${GOALS.events1000} ms ${verdict(browser.events1000.median <= GOALS.events1000)} |`,
    );
  if (browser.events1000DetailsAfter)
    rows.push(
      `| event list: after the last page's frame, until every event shows its details | ${ms(browser.events1000DetailsAfter)} ms | |`,
    );
  if (browser.events1000Floor)
    rows.push(
      `| reference: the same markup from the answer's strings, Lit alone (bench/events-floor-element.js) | ${ms(browser.events1000Floor)} ms | |`,
    );
  for (const [name, vitals] of Object.entries(browser.pageVitals ?? {})) {
    const page = `Musterstadt page, ${name} ${vitals.width} px`;
    rows.push(
      `| ${page}: Cumulative Layout Shift | ${fmt(vitals.cls.median, 3)} (${fmt(vitals.cls.min, 3)}–${fmt(vitals.cls.max, 3)}) | < ${GOALS.pageLayoutShift} ${verdict(vitals.cls.max < GOALS.pageLayoutShift)} |`,
      `| ${page}: Largest Contentful Paint | ${ms(vitals.lcp)} ms | |`,
      `| ${page}: Total Blocking Time | ${ms(vitals.tbt)} ms | |`,
      `| ${page}: long tasks | ${vitals.longTasks.median} (${vitals.longTasks.min}–${vitals.longTasks.max}) | |`,
    );
  }
  if (rows.length)
    lines.push('| figure | median (min–max) | goal |', '| --- | --- | --- |', ...rows);
  if (browser.baseline) lines.push('', ...baselineTable(browser));
  if (browser.eventPhases) lines.push('', ...eventPhasesTable(browser.eventPhases));
  if (browser.profile) lines.push('', ...profileTables(browser));
  return lines.join('\n');
}

const PHASE_BUILDS = {
  list: 'event list',
  floor: 'reference: Lit alone',
};

/** The 1,000-event windows phase by phase (bench/event-phases.mjs), the list beside the floor. */
function eventPhasesTable(phases) {
  const rows = Object.entries(phases).flatMap(([build, pages]) =>
    [
      ['first', 'first page'],
      ['later', 'pages 2–5'],
    ].map(
      ([key, label]) =>
        `| ${PHASE_BUILDS[build] ?? build} | ${label} | ${['window', 'answer', 'read', 'render', 'frame'].map((phase) => fmt(pages[key][phase].median, 0)).join(' | ')} |`,
    ),
  );
  return [
    '**Where the 1,000-event windows go** — runs of their own, in which the page notes when',
    '`fetch()` hands over each answer and when each update of the element starts and ends (nothing',
    "in the element's code; the floor is measured the same way). Per page: until the answer reaches",
    "the page's script (the main thread busy with other work, such as the element starting up),",
    'reading and checking it up to the update that shows its events, that update (render and',
    'commit), and from its end to the frame (`updated()`, other tasks). Medians in ms over the runs;',
    'the phases of one run add up to its window.',
    '',
    '| build | pages | window | answer reaches the script | reading + check | render | after render → frame |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}

const TIMED = [
  ['map10k', 'actor map: first clustered paint, 10,000 actors'],
  ['map100k', 'actor map: first clustered paint, 100,000 actors'],
  ['events1000', 'event list: render 1,000 events'],
];

/** This build beside the baseline build (`--baseline-cdn`), measured in the same run. */
function baselineTable(browser) {
  const rows = TIMED.filter(([key]) => browser[key] && browser.baseline[key]).map(
    ([key, label]) =>
      `| ${label} | ${ms(browser.baseline[key])} ms | ${ms(browser[key])} ms | ${fmt(browser[key].median / browser.baseline[key].median, 2)} |`,
  );
  return [
    "**Before and after** (`--baseline-cdn`: the baseline build's bundles measured side by side with",
    "this build's, each run measuring the baseline first on a page of its own):",
    '',
    '| figure | baseline ms | this build ms | ratio |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
  ];
}

const top = (rows, count) =>
  rows
    .slice(0, count)
    .map((row) => `${row.name.replace(/\|/g, '\\|')} ${fmt(row.ms, 0)}`)
    .join(' · ');

/**
 * Where the time goes: one traced run per figure (a Chromium performance trace with V8's sampling
 * profiler), summed over the measured windows.
 */
function profileTables(browser) {
  const lines = [
    '**Where the time goes** — one traced run per figure (Chromium trace with the V8 sampling',
    'profiler, which slows the page: compare shares, not absolute ms), summed over the measured',
    'windows on the main thread. Rendering: trace events by kind. Script: sampled self time by source',
    "module (the bundles' source maps), `(program)` being the browser's own work outside script",
    '(e.g. `Response.json()` parsing) and `(garbage collector)` the garbage collection.',
    '',
    '| figure | build | window ms | rendering ms | top script modules, self ms |',
    '| --- | --- | ---: | --- | --- |',
  ];
  const builds = [['this build', browser.profile]];
  if (browser.baseline?.profile) builds.unshift(['baseline', browser.baseline.profile]);
  for (const [key, label] of TIMED)
    for (const [build, profiles] of builds) {
      const profile = profiles[key];
      if (!profile) continue;
      lines.push(
        `| ${label} | ${build} | ${fmt(profile.window, 0)} | ${top(profile.kinds, 5)} | ${top(profile.script, 8)} |`,
      );
    }
  return lines;
}

const ENGINES = {
  demo: 'demo API (in memory)',
  sqlite: 'server, SQLite',
  postgres: 'server, PostgreSQL',
};

function directorySection(result) {
  const lines = [
    '## Directory server vs demo API',
    '',
    `${result.actors.toLocaleString('en')} actors (the 50 seed actors plus the demo API's deterministic synthetic ones) on`,
    '`@saxon-ai/directory-server` over SQLite and over PostgreSQL (a throwaway cluster) and on the',
    `in-memory demo API, each in a process of its own; ${result.concurrency} keep-alive clients on 127.0.0.1 in the`,
    `bench process. ${result.rounds} rounds after a warm-up, each scenario and server at most ${result.maxRequests} requests or`,
    `${result.maxSeconds} s per round, the servers' order rotated. Requests per second: median (min–max); × demo: median ÷`,
    "the demo API's median; latency p50/p99 over every measured request. **Cached** rows repeat a few",
    'URLs, so the server answers from its response cache; **uncached** rows give every request a URL of',
    'its own (another offset/limit or bounding box), so the database computes every answer. The cache',
    'hit column is counted from `Server-Timing`; the demo API has no response cache.',
    '',
  ];
  if (result.notes.length) lines.push(...result.notes.map((note) => `- ${note}`), '');
  lines.push(
    '| request | server | req/s | × demo | goal | p50 ms | p99 ms | goal | cache hits |',
    '| --- | --- | ---: | ---: | --- | ---: | ---: | --- | ---: |',
  );
  for (const row of result.rows) {
    const ratioGoal =
      row.engine === 'sqlite' && row.list
        ? `≥ ${GOALS.directoryListRatio}× ${verdict(row.ratio >= GOALS.directoryListRatio, 'under')}`
        : '';
    const latencyGoal =
      row.engine === 'demo'
        ? ''
        : `< ${GOALS.directoryP99} ${verdict(row.p99 < GOALS.directoryP99)}`;
    const hits = row.cacheHits === undefined ? '–' : `${fmt(row.cacheHits * 100, 0)} %`;
    lines.push(
      `| ${row.label} | ${ENGINES[row.engine]} | ${fmt(row.median, 0)} (${fmt(row.min, 0)}–${fmt(row.max, 0)}) | ${fmt(row.ratio, 2)} | ${ratioGoal} | ${fmt(row.p50, 1)} | ${fmt(row.p99, 1)} | ${latencyGoal} | ${hits} |`,
    );
  }
  return lines.join('\n');
}

export function renderReport(results) {
  const m = results.machine;
  const parts = [
    '# Benchmarks',
    '',
    '<!-- Written by `pnpm bench` (bench/run.mjs); do not edit by hand. -->',
    '',
    `Measured ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${m.os}, ${m.cpu}, ${m.memory} RAM;`,
    `Node.js ${m.node}; ${m.chromium}.`,
    `Versions: ${Object.entries(m.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}.`,
    '',
    'Every timing is a median over repeated runs with its min and max; ratios compare figures measured',
    'side by side in the same run. Absolute numbers depend on the machine. `pnpm bench --check` fails',
    'on a broken size budget or a missed speed goal; CI runs the size part (`pnpm bench:sizes`).',
  ];
  if (results.sizes) parts.push('', sizesSection(results.sizes));
  const breakdowns = results.sizes && breakdownSection(results.sizes);
  if (breakdowns) parts.push('', breakdowns);
  for (const section of results.sizes
    ? [cdnBaselineSection(results.sizes), cdnBreakdownSection(results.sizes)]
    : [])
    if (section) parts.push('', section);
  if (results.throughput) parts.push('', throughputSection(results.throughput));
  if (results.validation) parts.push('', validationSection(results.validation));
  if (results.browser) parts.push('', browserSection(results.browser));
  if (results.preview) parts.push('', previewSection(results.preview));
  if (results.directory) parts.push('', directorySection(results.directory));
  return `${parts.join('\n')}\n`;
}
