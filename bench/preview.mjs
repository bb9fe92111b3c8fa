// The dataset preview of a 50 MB CSV (issue 26: "the main thread never blocks > 50 ms during a
// preview"): the script-tag bundle of `<saxon-dataset-search>` on a page of its own, the demo API's
// streamed 50 MB file added to a dataset's files, "Vorschau" pressed. The figure is the longest
// main-thread task (the browser's `longtask` entries, which report every task over 50 ms, and a
// Chromium trace for the tasks below that) from the press until the 100 rows are on screen.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { assertChromium, chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { freshPage, startStaticServer } from './browser.mjs';
import { summarize } from './stats.mjs';
import { startTrace } from './trace-profile.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdnDir = join(root, 'packages/components/dist/cdn');
const RUNS = 5;
const TITLE = 'Verkehrszählung "Blaues Wunder" 2024';
const FILE_NAME = 'Groß (CSV, 50 MB)';
const SYNC = 'bench-preview-sync';

/** Adds the 50 MB sample to every CKAN dataset the page gets (no demo dataset links to it). */
async function addLargeFile(page, demoUrl) {
  await page.route(/\/ckan\/api\/3\/action\/package_search/, async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    for (const pkg of body.result.results)
      pkg.resources.push({
        id: 'bench-large',
        name: FILE_NAME,
        format: 'CSV',
        url: `${demoUrl}/demo/vorschau/gross-50mb.csv`,
      });
    await route.fulfill({ response, json: body });
  });
}

/** Mounts the search, opens the dataset and waits for its detail. */
async function openDataset(page, demoUrl) {
  await page.evaluate(async (apiUrl) => {
    await import('/cdn/saxon-dataset-search.js');
    const el = document.createElement('saxon-dataset-search');
    el.setAttribute('api-type', 'ckan');
    el.setAttribute('api-url', apiUrl);
    el.setAttribute('query', 'Blaues Wunder');
    document.body.append(el);
  }, `${demoUrl}/ckan`);
  await page
    .locator('saxon-dataset-search [part="result-link"]', { hasText: TITLE })
    .click({ timeout: 60_000 });
  await page.locator('saxon-dataset-search [part="detail-title"]').waitFor({ timeout: 60_000 });
}

/**
 * Presses the large file's "Vorschau" and waits until its 100 rows are in the DOM and two more
 * frames have been painted; the page clock's window, the long tasks in it and the frames drawn.
 */
async function previewRun(page) {
  const row = page.locator('saxon-dataset-search [part="distribution"]', {
    has: page.locator('[part="distribution-link"]', { hasText: FILE_NAME }),
  });
  await page.evaluate(() => {
    const state = { longTasks: [], frames: 0, recording: true };
    window.__preview = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
    const frame = () => {
      state.frames++;
      if (state.recording) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const button = row.locator('[part="preview-button"]');
  await button.evaluate((element) => {
    window.__preview.from = performance.now();
    element.click();
  });
  await page.waitForFunction(
    () => {
      const search = document.querySelector('saxon-dataset-search');
      const rows = search.shadowRoot.querySelectorAll('.preview-panel tbody tr').length;
      return rows >= 100 || search.shadowRoot.querySelector('[part="preview-error"]');
    },
    null,
    { timeout: 120_000, polling: 'raf' },
  );
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const state = window.__preview;
        const to = performance.now();
        // two frames after the last row: its layout and paint belong to the window
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            state.recording = false;
            state.to = performance.now();
            const error = document
              .querySelector('saxon-dataset-search')
              .shadowRoot.querySelector('[part="preview-error"]')?.textContent;
            resolve({
              from: state.from,
              rowsAt: to,
              to: state.to,
              longTasks: state.longTasks.filter((task) => task.start + task.duration >= state.from),
              frames: state.frames,
              error: error?.trim(),
            });
          }),
        );
      }),
  );
}

/** The main-thread work of a trace event: its kind, or its name for anything else. */
const KIND = {
  HandlePostMessage: "the worker's answer (first render of the panel)",
  TimerFire: 'a timer (the next block of rows)',
  FireAnimationFrame: 'animation frame callbacks',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  EvaluateScript: 'script evaluation (a chunk arriving)',
  'v8.compile': 'script compilation',
};

/**
 * The main thread's tasks in the window of a trace: the longest by wall time and by the thread's
 * own CPU time (`tdur`, what the task costs without other processes competing for the cores),
 * each with what it did.
 */
function tracedTasks(events, window) {
  const mark = events.find((e) => e.name === SYNC && e.cat.includes('user_timing'));
  const offset = mark.ts - Number(mark.args.data.startTime) * 1000;
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === mark.pid,
  );
  const start = window.from * 1000 + offset;
  const end = window.to * 1000 + offset;
  const onMain = events.filter(
    (e) => e.ph === 'X' && e.pid === mark.pid && e.tid === main?.tid && e.ts <= end,
  );
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= start);
  const describe = (task) => {
    const work = {};
    const counted = [];
    const inside = onMain
      .filter((e) => KIND[e.name] && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    for (const e of inside) {
      const kind = KIND[e.name];
      // nested events of one kind (a Paint inside a Paint) count once
      if (counted.some((c) => c.kind === kind && e.ts >= c.ts && e.ts + e.dur <= c.ts + c.dur))
        continue;
      counted.push({ kind, ts: e.ts, dur: e.dur });
      work[kind] = (work[kind] ?? 0) + (e.tdur ?? e.dur) / 1000;
    }
    return {
      wall: task.dur / 1000,
      cpu: (task.tdur ?? task.dur) / 1000,
      work: Object.entries(work)
        .filter(([, ms]) => ms >= 0.5)
        .sort((a, b) => b[1] - a[1])
        .map(([name, ms]) => ({ name, ms })),
    };
  };
  const byWall = [...tasks].sort((a, b) => b.dur - a.dur);
  const byCpu = [...tasks].sort((a, b) => (b.tdur ?? b.dur) - (a.tdur ?? a.dur));
  return {
    tasks: tasks.length,
    cpuTotal: tasks.reduce((sum, task) => sum + (task.tdur ?? task.dur), 0) / 1000,
    longestWall: byWall.slice(0, 3).map(describe),
    longestCpu: byCpu.slice(0, 3).map(describe),
  };
}

/** One preview on a fresh page; with `trace`, a Chromium trace of the window as well. */
async function measureOnce(browser, origin, demoUrl, { trace = false } = {}) {
  const { context, page } = await freshPage(browser, origin);
  try {
    await addLargeFile(page, demoUrl);
    await openDataset(page, demoUrl);
    const tracing = trace ? await startTrace(page) : undefined;
    const run = await previewRun(page);
    if (run.error) throw new Error(`the preview failed: ${run.error}`);
    if (!tracing) return run;
    await page.evaluate((name) => performance.mark(name), SYNC);
    const events = await tracing.stop();
    return { ...run, traced: tracedTasks(events, run) };
  } finally {
    await context.close();
  }
}

const longest = (run) => Math.max(0, ...run.longTasks.map((task) => task.duration));

/** The preview figures: longest task per run (median, min, max), and one traced run. */
export async function measurePreview() {
  assertChromium();
  if (!existsSync(join(cdnDir, 'saxon-dataset-search.js')))
    throw new Error('no widget bundles: run `pnpm --filter @saxon-ai/components build` first');
  const { startDemoServer } = await import('../packages/demo-api/dist/node.js');
  const demo = await startDemoServer({ port: 0 });
  const statics = await startStaticServer({ events: { items: [] } });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const loadBefore = loadavg()[0];
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(browser, statics.url, demo.url));
    const traced = await measureOnce(browser, statics.url, demo.url, { trace: true });
    const result = {
      longestTask: summarize(runs.map(longest)),
      longTasks: summarize(runs.map((run) => run.longTasks.length)),
      window: summarize(runs.map((run) => run.to - run.from)),
      frames: summarize(runs.map((run) => run.frames)),
      traced: traced.traced,
      load: [loadBefore, loadavg()[0]],
      notes: [
        `Dataset preview, 50 MB CSV: the script-tag bundle of \`<saxon-dataset-search>\` (\`packages/components/dist/cdn/\`, its lazy chunks and the preview's Web Worker) on a page of its own from a static server on 127.0.0.1, against the demo API (its \`/demo/vorschau/gross-50mb.csv\`, 50 MB streamed, added to the "Blaues Wunder" dataset's files). Headless Chromium, 1000 × 900, no throttling; every run a fresh browser context. The window runs from the click on "Vorschau" to two animation frames after the 100th row is in the DOM. The figure is the longest \`longtask\` entry in it (the browser reports every task over 50 ms; a run without one counts 0 — the traced run gives the longest task below 50 ms). ${RUNS} runs, plus one with a Chromium trace: its longest main-thread tasks (\`RunTask\`) by wall time and by the main thread's own CPU time (the trace's \`tdur\`: what a task costs without other processes competing for the cores), and what they did. The machine's 1-minute load average before and after: ${loadBefore.toFixed(1)} and ${loadavg()[0].toFixed(1)} — wall times of a loaded machine include the time the renderer waited for a core.`,
      ],
    };
    return result;
  } finally {
    await browser.close();
    await statics.close();
    await demo.close();
  }
}
