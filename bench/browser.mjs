// The widgets' figures in headless Chromium (playwright-core, the system Chromium): the built
// script-tag bundles of packages/components/dist/cdn/, served by a tiny static server on 127.0.0.1,
// against the demo API. Each figure is a median over fresh browser contexts (empty HTTP cache).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { assertChromium, chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { measureEventPhases } from './event-phases.mjs';
import { measurePageVitals, PAGE_WIDTHS } from './page-vitals.mjs';
import { profileWidgets } from './profile-widgets.mjs';
import { summarize } from './stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdnDir = join(root, 'packages/components/dist/cdn');
const RUNS = 5;
const TYPED = 'Luftqualit'; // 10 characters; its answer differs from those of its prefixes
const EVENTS = 1000;
const EVENT_PAGE = 200; // the most the contract (and the element's `limit`) allows
const ZOOM_STEPS = ['+', '+', '+', '+', '+', '+', '+', '+', '-', '-', '-', '-', '-', '-', '-', '-'];
const ZOOM_GAP = 125; // ms between key presses: 16 presses ≈ 2 s
/** Where a baseline build's bundles are served (`--baseline-cdn`), to measure beside this one. */
const BASELINE_CDN = '/cdn-baseline';
/** Where the events floor is served (see bundleEventsFloor). */
const FLOOR_CDN = '/cdn-floor';

const TYPES = {
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.html': 'text/html; charset=utf-8',
};
const BLANK =
  '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>';

const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/** `entry` (a path under the repository) as one minified browser module at `outfile`. */
async function bundleModule(entry, outfile, options = {}) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    outfile,
    logLevel: 'silent',
    ...options,
  });
  return outfile;
}

/** The SDK's directory client as a browser module, for the 100,000-actor map's `client`. */
export const bundleSdk = (outDir) =>
  bundleModule('packages/sdk/dist/directory.js', join(outDir, 'directory.js'));

/**
 * The events floor (bench/events-floor-element.js: the list's markup from the answer's strings with
 * Lit alone), bundled like the script tags into `outDir`/saxon-event-list.js; resolves with `outDir`.
 */
export async function bundleEventsFloor(outDir) {
  await bundleModule('bench/events-floor-element.js', join(outDir, 'saxon-event-list.js'), {
    // Lit's production build, as in dist/cdn/
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    nodePaths: [join(root, 'packages/components/node_modules')],
  });
  return outDir;
}

/** 1,000 events in the contract's shape, cloned from the demo's, one every 4 hours from 2030. */
export async function generateEvents(demoUrl) {
  const template = await (await fetch(`${demoUrl}/directory/v1/events?limit=200`)).json();
  const base = Date.UTC(2030, 0, 7, 8);
  const items = Array.from({ length: EVENTS }, (_, i) => {
    const source = template.items[i % template.items.length];
    const start = base + i * 4 * 3600_000;
    const event = {
      ...source,
      id: `bench-event-${i}`,
      title: `${source.title} (${i + 1})`,
      allDay: false,
      start: new Date(start).toISOString().replace('.000Z', 'Z'),
      end: new Date(start + 2 * 3600_000).toISOString().replace('.000Z', 'Z'),
      status: 'scheduled',
    };
    return event;
  });
  return { items, facets: template.facets };
}

/**
 * Static files, the SDK bundle, and `/directory/v1/events` answering with the generated events.
 * `/cdn/` serves this build's bundles; `/cdn-baseline/` those of `baselineDir`, if given (another
 * build to compare with, side by side).
 */
export function startStaticServer({ sdkFile, events, baselineDir, floorDir }) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/directory/v1/events') {
      const limit = Math.min(200, Number(url.searchParams.get('limit') ?? 10));
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const body = JSON.stringify({
        total: events.items.length,
        limit,
        offset,
        items: events.items.slice(offset, offset + limit),
        facets: events.facets,
      });
      // As the demo API and the directory server answer: with the body's length.
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-store',
      });
      res.end(body);
      return;
    }
    let file;
    if (url.pathname === '/' || url.pathname === '/blank.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(BLANK);
      return;
    } else if (url.pathname === '/sdk/directory.js') file = sdkFile;
    else if (floorDir && url.pathname === `${FLOOR_CDN}/saxon-event-list.js`)
      file = join(floorDir, 'saxon-event-list.js');
    else if (baselineDir && url.pathname.startsWith('/cdn-baseline/')) {
      const path = normalize(url.pathname.slice(14)).replace(/^(\.\.[/\\])+/, '');
      file = join(baselineDir, path);
    } else if (url.pathname.startsWith('/cdn/')) {
      file = join(cdnDir, normalize(url.pathname.slice(5)).replace(/^(\.\.[/\\])+/, ''));
    }
    if (!file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}

/** A fresh context (own HTTP cache) with one page on the static origin. */
export async function freshPage(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.warn(`  page error: ${error.message}`));
  await page.goto(`${origin}/blank.html`);
  return { context, page };
}

/**
 * Mounts a map and resolves with the ms from the geojson response's responseEnd to the first
 * animation frame whose shadow root holds a marker or cluster.
 */
export async function mapFirstPaint(page, apiUrl, big, timeout, cdn = '/cdn') {
  const { painted, responseEnd } = await mapPaintTimes(page, { apiUrl, big, timeout, cdn });
  return painted - responseEnd;
}

/**
 * Mounts a map (the bundle under `cdn`); the page's `performance.now()` of the geojson responseEnd
 * and of the first paint.
 */
export async function mapPaintTimes(page, { apiUrl, big, timeout, cdn = '/cdn' }) {
  await page.evaluate(
    async ({ apiUrl, big, cdn }) => {
      performance.setResourceTimingBufferSize(1000);
      await import(`${cdn}/saxon-actor-map.js`);
      const el = document.createElement('saxon-actor-map');
      el.setAttribute('api-url', apiUrl);
      if (big) {
        const { createDirectoryClient } = await import('/sdk/directory.js');
        el.client = createDirectoryClient({ baseUrl: apiUrl, maxResponseBytes: 64 * 2 ** 20 });
      }
      window.__bench = {};
      const poll = () => {
        if (el.shadowRoot?.querySelector('[part~="marker"], [part~="cluster"]')) {
          window.__bench.painted = performance.now();
          return;
        }
        requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
      document.body.append(el);
    },
    { apiUrl, big, cdn },
  );
  await page.waitForFunction(() => window.__bench.painted !== undefined, null, { timeout });
  const { painted, responseEnd } = await page.evaluate(() => {
    const entries = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/actors.geojson'));
    return { painted: window.__bench.painted, responseEnd: entries.at(-1)?.responseEnd };
  });
  if (responseEnd === undefined) throw new Error('no actors.geojson request seen');
  return { painted, responseEnd };
}

/** rAF deltas while the focused map zooms in and out by `+`/`-`; the run's p95. */
async function zoomFrameP95(page) {
  await page.waitForFunction(() => {
    const status = document
      .querySelector('saxon-actor-map')
      .shadowRoot.querySelector('[part~="status"]');
    return /Akteure auf der Karte/.test(status?.textContent ?? '');
  });
  await page.evaluate(() => {
    const el = document.querySelector('saxon-actor-map');
    el.shadowRoot.querySelector('[part~="map-surface"]').focus();
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const frame = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(frame);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(frame);
    });
  });
  const zoomBefore = await mapZoom(page);
  for (const key of ZOOM_STEPS) {
    await page.keyboard.press(key);
    await page.waitForTimeout(ZOOM_GAP);
  }
  const frames = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames;
  });
  const zoomAfter = await mapZoom(page);
  return { p95: percentile(frames, 0.95), frames: frames.length, zoomBefore, zoomAfter };
}

const mapZoom = (page) =>
  page.evaluate(() => {
    const text = document
      .querySelector('saxon-actor-map')
      .shadowRoot.querySelector('[part~="map-status"]')?.textContent;
    return Number(/Zoomstufe (\d+)/.exec(text ?? '')?.[1]);
  });

/**
 * First-paint samples of this build (and zoom frame times), and with `baseline` those of the
 * baseline build, each run measuring the baseline first on a page of its own.
 */
async function measureMap(browser, origin, apiUrl, { big, withZoom, maxRuns, budgetMs, baseline }) {
  const samples = [];
  const baselineSamples = [];
  const zoom = [];
  const started = performance.now();
  for (let run = 0; run < maxRuns; run++) {
    if (baseline) {
      const { context, page } = await freshPage(browser, origin);
      try {
        baselineSamples.push(await mapFirstPaint(page, apiUrl, big, 90_000, BASELINE_CDN));
      } finally {
        await context.close();
      }
    }
    const { context, page } = await freshPage(browser, origin);
    try {
      samples.push(await mapFirstPaint(page, apiUrl, big, 90_000));
      if (withZoom) zoom.push(await zoomFrameP95(page));
    } finally {
      await context.close();
    }
    const elapsed = performance.now() - started;
    if (budgetMs && run + 1 >= 3 && (elapsed / (run + 1)) * maxRuns > budgetMs) break;
  }
  return { samples, baselineSamples, zoom, elapsed: performance.now() - started };
}

/** Titles and summary the API gives for `q` (the element's first page: 10 rows). */
async function ckanAnswer(demoUrl, q) {
  const params = new URLSearchParams({ rows: '10' });
  if (q) params.set('q', q);
  const body = await (await fetch(`${demoUrl}/ckan/api/3/action/package_search?${params}`)).json();
  return body.result.results.map((dataset) => dataset.title).join('\n');
}

async function typingRun(browser, origin, demoUrl, answers) {
  const { context, page } = await freshPage(browser, origin);
  try {
    await page.evaluate(async (apiUrl) => {
      await import('/cdn/saxon-dataset-search.js');
      const el = document.createElement('saxon-dataset-search');
      el.setAttribute('api-type', 'ckan');
      el.setAttribute('api-url', apiUrl);
      document.body.append(el);
    }, `${demoUrl}/ckan`);
    await page.waitForFunction(() =>
      document.querySelector('saxon-dataset-search').shadowRoot?.querySelector('[part~="result"]'),
    );
    await page.waitForTimeout(400); // let the first search settle
    await page.evaluate(() => {
      const shadow = document.querySelector('saxon-dataset-search').shadowRoot;
      window.__renders = [];
      let previous = '';
      new MutationObserver(() => {
        const titles = [...shadow.querySelectorAll('[part~="result-link"]')]
          .map((link) => link.textContent.trim())
          .join('\n');
        if (titles && titles !== previous) window.__renders.push(titles);
        previous = titles;
      }).observe(shadow, { subtree: true, childList: true, characterData: true });
    });
    const requests = [];
    page.on('request', (request) => {
      if (request.url().includes('package_search')) requests.push(request.url());
    });
    await page.locator('saxon-dataset-search [part~="search-input"]').focus();
    await page.keyboard.type(TYPED, { delay: 50 });
    const final = answers.get(TYPED);
    await page
      .waitForFunction((final) => window.__renders.at(-1) === final, final, { timeout: 5000 })
      .catch(() => {});
    await page.waitForTimeout(800); // anything late would still arrive
    const renders = await page.evaluate(() => window.__renders);
    const stale = renders.filter(
      (titles) =>
        titles !== final &&
        [...answers].some(([query, answer]) => query !== TYPED && answer === titles),
    ).length;
    return {
      requests: requests.length,
      stale,
      finalShown: renders.at(-1) === final,
      queries: requests.map((url) => new URL(url).searchParams.get('q')),
    };
  } finally {
    await context.close();
  }
}

/** Renders 1,000 events as 5 pages of 200; the sum of the 5 response-to-frame times. */
export async function eventsRun(browser, origin, cdn = '/cdn') {
  const { context, page } = await freshPage(browser, origin);
  try {
    return await eventsOnPage(page, origin, cdn);
  } finally {
    await context.close();
  }
}

/**
 * The events run on a fresh page (the bundle under `cdn`); also each page's window (responseEnd →
 * frame, page clock).
 */
export async function eventsOnPage(page, origin, cdn = '/cdn') {
  // Playwright injects its polling script into the page on the first `waitForFunction`, 30–50 ms of
  // main-thread work that would otherwise fall into the first page's window.
  await page.waitForFunction(() => true);
  await page.evaluate(
    async ({ apiUrl, limit, cdn, events }) => {
      await import(`${cdn}/saxon-event-list.js`);
      const el = document.createElement('saxon-event-list');
      el.setAttribute('api-url', apiUrl);
      el.setAttribute('limit', String(limit));
      window.__shown = [];
      const poll = () => {
        const root = el.shadowRoot;
        const count = root?.querySelectorAll('[part~="event"]').length ?? 0;
        if (count > (window.__shown.at(-1)?.count ?? 0))
          window.__shown.push({ count, at: performance.now() });
        // Once all are shown: the frame in which every event shows its details (each has links).
        if (count === events && root.querySelectorAll('[part~="actions"]').length === events) {
          window.__complete = performance.now();
          return;
        }
        requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
      document.body.append(el);
    },
    { apiUrl: `${origin}/directory/v1`, limit: EVENT_PAGE, cdn, events: EVENTS },
  );
  const started = Date.now();
  for (let shown = EVENT_PAGE; shown <= EVENTS; shown += EVENT_PAGE) {
    await page.waitForFunction((n) => window.__shown.at(-1)?.count >= n, shown, {
      timeout: 20_000,
    });
    if (shown < EVENTS)
      await page.evaluate(() =>
        document
          .querySelector('saxon-event-list')
          .shadowRoot.querySelector('[part~="more-button"]')
          .click(),
      );
  }
  const wall = Date.now() - started;
  await page.waitForFunction(() => window.__complete !== undefined, null, { timeout: 20_000 });
  const { shown, responses, complete } = await page.evaluate(() => ({
    shown: window.__shown,
    complete: window.__complete,
    responses: performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('/directory/v1/events'))
      .map((entry) => entry.responseEnd),
  }));
  if (responses.length !== EVENTS / EVENT_PAGE)
    throw new Error(`expected ${EVENTS / EVENT_PAGE} event requests, saw ${responses.length}`);
  let total = 0;
  const windows = responses.map((end, i) => {
    const frame = shown.find((entry) => entry.count >= (i + 1) * EVENT_PAGE);
    total += frame.at - end;
    return { from: end, to: frame.at };
  });
  // From the frame that shows the last page to the one in which every event shows its details.
  const detailsAfter = complete - shown.at(-1).at;
  return { total, wall, windows, detailsAfter };
}

/** The parts of the browser bench, each selectable with `--widgets` (all by default). */
export const BROWSER_PARTS = ['map', 'typing', 'events', 'vitals'];

/**
 * The widgets' figures of this build; with `baselineDir` (a `dist/cdn/` of another build, e.g.
 * main's) the map and event figures of both, measured side by side in the same run, and a profile
 * of each. `parts` (some of {@link BROWSER_PARTS}) measures only those, with their profiles.
 */
export async function measureBrowser({ baselineDir, parts = BROWSER_PARTS } = {}) {
  const unknown = parts.filter((part) => !BROWSER_PARTS.includes(part));
  if (unknown.length)
    throw new Error(`unknown browser part(s) ${unknown.join(', ')}: ${BROWSER_PARTS.join(', ')}`);
  const measures = (part) => parts.includes(part);
  assertChromium();
  if (!existsSync(join(cdnDir, 'saxon-actor-map.js')))
    throw new Error('no widget bundles: run `pnpm --filter @saxon-ai/components build` first');
  const { startDemoServer } = await import('../packages/demo-api/dist/node.js');
  const tmp = mkdtempSync(join(tmpdir(), 'saxon-bench-'));
  const began = performance.now();
  const demo10k = await startDemoServer({ port: 0, synthetic: { actors: 10_000 } });
  let demo100k;
  let statics;
  let browser;
  try {
    const sdkFile = await bundleSdk(tmp);
    const events = await generateEvents(demo10k.url);
    const floorDir = measures('events') ? await bundleEventsFloor(join(tmp, 'floor')) : undefined;
    statics = await startStaticServer({ sdkFile, events, baselineDir, floorDir });
    const baseline = baselineDir !== undefined;
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const notes = [];
    const result = { notes };
    const before = {};
    let eventWall;
    const beforeLine = (stat) =>
      stat
        ? `; baseline ${stat.median.toFixed(0)} ms (${stat.min.toFixed(0)}–${stat.max.toFixed(0)})`
        : '';

    if (measures('map')) {
      // 1. + 2. map first paint, 10,000 actors, and frame times while zooming on the same pages
      const small = await measureMap(browser, statics.url, `${demo10k.url}/directory/v1`, {
        big: false,
        withZoom: true,
        maxRuns: RUNS,
        baseline,
      });
      result.map10k = summarize(small.samples);
      if (baseline) before.map10k = summarize(small.baselineSamples);
      result.zoomFrames = summarize(small.zoom.map((run) => run.p95));
      console.log(
        `  map 10k first paint ${result.map10k.median.toFixed(0)} ms (${result.map10k.min.toFixed(0)}–${result.map10k.max.toFixed(0)}); zoom p95 ${result.zoomFrames.median.toFixed(1)} ms over ${small.zoom.map((z) => z.frames).join('/')} frames, zoom level after the presses ${small.zoom[0].zoomAfter}${beforeLine(before.map10k)}`,
      );

      // 1. 100,000 actors (the demo API of its own; the SDK client with a 64 MiB response limit)
      demo100k = await startDemoServer({ port: 0, synthetic: { actors: 100_000 } });
      const large = await measureMap(browser, statics.url, `${demo100k.url}/directory/v1`, {
        big: true,
        withZoom: false,
        maxRuns: RUNS,
        budgetMs: baseline ? 120_000 : 60_000,
        baseline,
      });
      result.map100k = summarize(large.samples);
      if (baseline) before.map100k = summarize(large.baselineSamples);
      console.log(
        `  map 100k first paint ${result.map100k.median.toFixed(0)} ms (${result.map100k.min.toFixed(0)}–${result.map100k.max.toFixed(0)}), ${large.samples.length} runs in ${(large.elapsed / 1000).toFixed(1)} s${beforeLine(before.map100k)}`,
      );
    }

    if (measures('typing')) {
      // 3. typing into the dataset search
      const answers = new Map();
      answers.set('', await ckanAnswer(demo10k.url, ''));
      for (let i = 1; i <= TYPED.length; i++)
        answers.set(TYPED.slice(0, i), await ckanAnswer(demo10k.url, TYPED.slice(0, i)));
      const typing = [];
      for (let run = 0; run < RUNS; run++)
        typing.push(await typingRun(browser, statics.url, demo10k.url, answers));
      const requestCounts = typing.map((run) => run.requests);
      result.typing = {
        requests: {
          median: summarize(requestCounts).median,
          max: Math.max(...requestCounts),
        },
        staleRenders: { max: Math.max(...typing.map((run) => run.stale)) },
      };
      console.log(
        `  typing: requests ${requestCounts.join('/')} (queries ${JSON.stringify(typing[0].queries)}), stale renders ${typing.map((r) => r.stale).join('/')}, final answer shown ${typing.map((r) => r.finalShown).join('/')}`,
      );
    }

    if (measures('events')) {
      // 4. 1,000 events, 200 a page
      const eventRuns = [];
      const baselineEvents = [];
      const floorRuns = [];
      for (let run = 0; run < RUNS; run++) {
        if (baseline) baselineEvents.push(await eventsRun(browser, statics.url, BASELINE_CDN));
        floorRuns.push(await eventsRun(browser, statics.url, FLOOR_CDN));
        eventRuns.push(await eventsRun(browser, statics.url));
      }
      result.events1000 = summarize(eventRuns.map((run) => run.total));
      result.events1000Floor = summarize(floorRuns.map((run) => run.total));
      if (baseline) before.events1000 = summarize(baselineEvents.map((run) => run.total));
      eventWall = summarize(eventRuns.map((run) => run.wall));
      result.events1000DetailsAfter = summarize(eventRuns.map((run) => run.detailsAfter));
      // where those windows go, in runs of their own (their notes would slow the timed runs)
      result.eventPhases = await measureEventPhases(browser, statics.url, {
        cdns: { list: '/cdn', floor: FLOOR_CDN },
        runs: RUNS,
      });
      console.log(
        `  events 1000: render ${result.events1000.median.toFixed(0)} ms (${result.events1000.min.toFixed(0)}–${result.events1000.max.toFixed(0)}); wall incl. requests and clicks ${eventWall.median.toFixed(0)} ms; Lit floor of the same markup ${result.events1000Floor.median.toFixed(0)} ms (${result.events1000Floor.min.toFixed(0)}–${result.events1000Floor.max.toFixed(0)}); every event with its details ${result.events1000DetailsAfter.median.toFixed(0)} ms after the last page's frame${beforeLine(before.events1000)}`,
      );
      for (const [label, pages] of Object.entries(result.eventPhases))
        console.log(
          `  events 1000 phases, ${label}: ${Object.entries(pages)
            .map(
              ([which, phases]) =>
                `${which} page(s) ${Object.entries(phases)
                  .map(([phase, stat]) => `${phase} ${stat.median.toFixed(0)}`)
                  .join(' ')}`,
            )
            .join('; ')}`,
        );
    }

    // where the time of those three goes: one traced run each (of the baseline too)
    const api = {
      demo10kApi: `${demo10k.url}/directory/v1`,
      demo100kApi: demo100k && `${demo100k.url}/directory/v1`,
      parts: { map: measures('map'), events: measures('events') },
    };
    result.profile = await profileWidgets({ browser, origin: statics.url, ...api, cdnDir });
    if (baseline) {
      before.profile = await profileWidgets({
        browser,
        origin: statics.url,
        ...api,
        cdnDir: baselineDir,
        cdn: BASELINE_CDN,
      });
      result.baseline = before;
    }
    for (const [name, profile] of Object.entries(result.profile))
      if (profile)
        console.log(
          `  profile ${name}: ${profile.script
            .slice(0, 5)
            .map((row) => `${row.name} ${row.ms.toFixed(0)}`)
            .join(', ')}`,
        );

    if (measures('vitals')) {
      // 5. the Musterstadt page: Lighthouse-equivalent CLS, LCP, TBT at a desktop and a phone width
      result.pageVitals = await measurePageVitals(browser, { runs: RUNS });
      for (const [name, vitals] of Object.entries(result.pageVitals))
        console.log(
          `  Musterstadt ${name} ${vitals.width} px: CLS ${vitals.cls.median.toFixed(3)}, LCP ${vitals.lcp.median.toFixed(0)} ms, TBT ${vitals.tbt.median.toFixed(0)} ms, long tasks ${vitals.longTasks.median}`,
        );
    }

    notes.push(
      `Headless Chromium (playwright-core), 1000 × 900 viewport; the script-tag bundles of \`packages/components/dist/cdn/\` from a static server on 127.0.0.1, the demo API (\`startDemoServer\`) on another port of 127.0.0.1. Every run is a fresh browser context (empty HTTP cache) and page.`,
    );
    if (measures('map'))
      notes.push(
        `Map first paint: from the \`responseEnd\` of the \`actors.geojson\` request (Resource Timing) to the first \`requestAnimationFrame\` callback in which the map's shadow root holds a \`[part~="marker"]\` or \`[part~="cluster"]\` — i.e. parse, validation, clustering and first render; the download is not included. From 2,000 actors on, the first view is clustered at its own zoom level alone (one pass instead of the full index's 18); the full index is built right after that paint (see \`ActorIndexOptions.quickFirstView\`). The \`Intl\` plural rules and number formats that paint uses are built while the answer loads (\`warm-formatters.ts\`): a page's first ones cost tens of ms. ${result.map10k.runs} runs with 10,000 synthetic actors (+ the 50 demo actors).`,
        `100,000 actors: the element gets \`client = createDirectoryClient({ maxResponseBytes: 64 MiB })\` (the SDK's default limit of 20 MiB is below the answer's size); ${result.map100k.runs} runs${result.map100k.runs < RUNS ? ` instead of ${RUNS}, since ${RUNS} would take more than 60 s` : ''}.`,
        `Zoom frame time: on each 10,000-actor page once loaded, the map surface focused and ${ZOOM_STEPS.length} key presses (8 × \`+\`, 8 × \`-\`) ${ZOOM_GAP} ms apart (≈ 2 s) while every \`requestAnimationFrame\` delta is recorded; the figure is the median (min–max) of the runs' 95th-percentile frame times (${RUNS} runs; 16.7 ms is one frame at 60 Hz).`,
      );
    if (measures('typing'))
      notes.push(
        `Typing: "${TYPED}" typed with 50 ms between keys into the focused \`[part~="search-input"]\` of \`<saxon-dataset-search api-type="ckan">\` once its first results are shown; requests are the \`package_search\` requests the page sends from then on (counted for 800 ms after the final answer is shown). A stale render is a rendered result list (titles, seen by a MutationObserver on the shadow root) that is not the API's answer to the final term but is its answer to a shorter prefix or the empty term. ${RUNS} runs.`,
      );
    if (measures('events'))
      notes.push(
        `Events: the element's \`limit\` (like the API contract) allows at most 200 events a page, so 1,000 events are rendered as the first page of 200 plus 4 × "Weitere Veranstaltungen laden" (more-button clicked as soon as the previous page is shown); the figure is the sum over the 5 pages of the time from the page's \`/events\` responseEnd to the first animation frame showing its events (\`[part~="event"]\`). The 1,000 events come from a local JSON endpoint that serves copies of the demo events (the demo API has ~30 upcoming) and, like the demo API and the directory server, declares each answer's \`Content-Length\` (since 2026-12-05; before, it sent chunked answers, which the SDK reads as a stream with a byte count). Events outside the viewport skip layout and paint until they scroll into view (\`content-visibility: auto\`), so the figure is the time until every event is in the DOM and the visible ones are painted. Since 2026-12-06 each page that comes in shows all its events with title, date and place, and its first ones (more than the window holds: here 19) complete; the others' descriptions, organizers, topics and links follow after that frame, 10 events a frame, not while a page the visitor asked for loads, and the JSON-LD once they all have theirs. So the timed windows hold the first events' details, and the row "until every event shows its details" says how long after the last page's frame the rest took (before, every event came complete in its page's frame). Events already shown keep their markup when a page is appended (Lit \`guard\` on everything an event's markup depends on); the JSON-LD comes in a chunk of its own after the first events, is rebuilt only when the shown events change, and since 2026-12-06 is published after the frame that shows them (before, its ~7 ms a page at 1,000 events fell into each later window; see the phases below). Playwright's polling script is injected into the page before the element is added (it used to land in the first page's window, 30–50 ms). The reference row renders the same elements, parts and templates with Lit alone from the answer's strings, every event complete in its page's frame (no answer check, dates, Markdown, calendar links, translations or JSON-LD), measured the same way in the same runs: what the list's own work adds to Lit's. Median wall time for all 1,000 including requests: ${eventWall.median.toFixed(0)} ms. ${RUNS} runs.`,
      );
    if (measures('vitals'))
      notes.push(
        `Musterstadt page (Lighthouse-equivalent): the demo page of \`pnpm start\` with its CSP, at ${Object.values(PAGE_WIDTHS).join(' and ')} px wide (900 px high), no CPU or network throttling. From observers installed before the page's scripts, until every widget has loaded plus 1 s: CLS is the sum of the \`layout-shift\` entries without recent input, LCP the last \`largest-contentful-paint\` entry, TBT the sum over \`longtask\` entries after the first contentful paint of their time beyond 50 ms (Lighthouse counts up to Time to Interactive). ${RUNS} runs each.`,
      );
    notes.push(
      `Profiles: one more run per figure with a Chromium trace (CDP \`Tracing\`, categories devtools.timeline and the V8 sampling profiler; bench/trace-profile.mjs), summed over the same windows as the timings; script samples are attributed to source modules through the bundles' source maps.${baseline ? ' Baseline: the bundles of `--baseline-cdn`, measured in the same run as this build (each run measures the baseline first, on a fresh context of its own) and profiled the same way.' : ''}`,
      `Total browser part: ${((performance.now() - began) / 1000).toFixed(0)} s.`,
    );
    return result;
  } finally {
    await browser?.close();
    await statics?.close();
    await demo100k?.close();
    await demo10k.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
