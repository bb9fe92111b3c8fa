// Writes the rendered DOM of every Storybook story, one file a story, so that a refactoring can
// prove it changed no markup: run it before and after, then `diff -r` the two folders.
//
//   pnpm build && pnpm storybook:static && pnpm story-dom <out-dir> [--only <id part>] [--now <ISO>]
//
// Each story opens in a fresh browser context (no consent or storage carried over) on the static
// Storybook, runs its loaders and play function, and is written once Storybook has finished it,
// no widget is `aria-busy` and the DOM has stopped changing. The page clock is fixed (`--now`),
// so dates relative to "today" (the demo events, "in 10 Minuten") are the same on every day.
import { createServer } from 'node:http';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { assertChromium, chromiumArgs, chromiumPath } from './chromium.mjs';
import { isSettled, serializeComposedDom } from './story-dom/serialize.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    static: { type: 'string', default: 'storybook-static' },
    only: { type: 'string' },
    // Before and after must agree, and every story's play function must hold on that day: on
    // 2026-11-16, say, a demo event relative to "today" falls into `AcrossDaylightSaving`'s fixed
    // 20–31 October and that story sees two events instead of one.
    now: { type: 'string', default: '2026-12-04T10:00:00+01:00' },
    timeout: { type: 'string', default: '60000' },
    // Stories rendered at once, each in its own browser context.
    jobs: { type: 'string', default: '2' },
    // Renders again a story that failed or did not settle, up to this many times.
    retries: { type: 'string', default: '2' },
  },
});
if (positionals.length !== 1) {
  console.error(
    'usage: pnpm story-dom <out-dir> [--static storybook-static] [--only <id part>] [--now <ISO>]',
  );
  process.exit(2);
}
const outDir = resolve(positionals[0]);
const staticDir = resolve(values.static);
const timeout = Number(values.timeout);
const retries = Number(values.retries);
const now = new Date(values.now);
if (Number.isNaN(now.getTime())) throw new Error(`--now is not a date: ${values.now}`);

/** Settled means unchanged over this many consecutive samples, this far apart. */
const STABLE_SAMPLES = 3;
const SAMPLE_MS = 250;
/** How long a story that stays `aria-busy` must be quiet before it counts as settled. */
const BUSY_QUIET_MS = 10_000;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves the static Storybook on a free loopback port. */
async function serveStatic(dir) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      const type = types[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

async function storyIds() {
  const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8').catch(() => '{}'));
  if (!index.entries) {
    throw new Error(`${staticDir}/index.json is missing: run \`pnpm storybook:static\` first.`);
  }
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => entry.id)
    .filter((id) => !values.only || id.includes(values.only));
}

/**
 * Runs in the page before Storybook: records when Storybook has finished the story and whether
 * its rendering, play function or a check after it failed. The render phase alone cannot tell, as
 * a failed story ends in the phase `finished` too.
 */
function listenForStoryFinished() {
  let channel;
  window.__storyDom = {};
  // A failed play function leaves `storyFinished` at `status: 'success'`; these events tell.
  const failures = [
    'playFunctionThrewException',
    'unhandledErrorsWhilePlaying',
    'storyThrewException',
    'storyErrored',
  ];
  const describe = (payload) =>
    [payload]
      .flat()
      .map((error) => error?.message ?? error?.title ?? String(error))[0]
      // Testing Library appends the whole document to its messages.
      .split('\n')[0];
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (next) => {
      channel = next;
      // The preview only sends these events to the manager (no local listener hears them).
      const emit = next.emit.bind(next);
      next.emit = (event, payload, ...rest) => {
        if (failures.includes(event)) window.__storyDom.error ??= `${event}: ${describe(payload)}`;
        if (event === 'storyFinished') {
          window.__storyDom.finished = { status: payload?.status, error: window.__storyDom.error };
        }
        return emit(event, payload, ...rest);
      };
    },
  });
}

/** Renders one story and returns its DOM and anything that went wrong on the way. */
async function renderStory(browser, origin, id) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    reducedMotion: 'reduce',
  });
  const problems = [];
  const notes = [];
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(now);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    const pending = new Set();
    page.on('request', (request) => pending.add(request));
    page.on('requestfinished', (request) => pending.delete(request));
    page.on('requestfailed', (request) => pending.delete(request));
    await page.addInitScript(listenForStoryFinished);
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
    const finished = await page.waitForFunction(() => window.__storyDom?.finished, undefined, {
      timeout,
      polling: 100,
    });
    const { status, error } = await finished.jsonValue();
    if (error || status === 'error') problems.push(`story failed: ${error ?? status}`);
    const root = await page.waitForSelector('#storybook-root', { state: 'attached' });
    // Settled: not busy and unchanged for a moment. A story that stays busy on purpose (a
    // directory that never answers) counts as settled once nothing has been pending and nothing
    // has changed for BUSY_QUIET_MS; a widget still waiting for the demo API has a request open.
    let previous = '';
    let unchanged = 0;
    const deadline = Date.now() + timeout;
    for (;;) {
      if (Date.now() > deadline) {
        problems.push('not settled at the timeout');
        break;
      }
      await page.waitForTimeout(SAMPLE_MS);
      const dom = await root.evaluate(serializeComposedDom);
      const busy = !(await root.evaluate(isSettled));
      unchanged = dom === previous && pending.size === 0 ? unchanged + 1 : 0;
      previous = dom;
      if (!busy && unchanged >= STABLE_SAMPLES) break;
      if (busy && unchanged * SAMPLE_MS >= BUSY_QUIET_MS) {
        notes.push('still aria-busy, with nothing pending');
        break;
      }
    }
    return { dom: previous, problems, notes };
  } catch (error) {
    problems.push(String(error.message ?? error).split('\n')[0]);
    return { dom: '', problems, notes };
  } finally {
    await context.close();
  }
}

assertChromium();
const ids = await storyIds();
const { server, origin } = await serveStatic(staticDir);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const failed = [];
try {
  await mkdir(outDir, { recursive: true });
  // Only this tool's own files go, so that a story removed since the last run leaves none behind
  // (none at all with `--only`, which renders some stories again into a full set).
  for (const name of values.only ? [] : await readdir(outDir)) {
    if (name.endsWith('.txt')) await rm(join(outDir, name));
  }
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      let attempt = 0;
      let rendered = await renderStory(browser, origin, id);
      // A loaded machine can make a play function's own timeout run out: render such a story again.
      while (rendered.problems.length && attempt++ < retries) {
        rendered = await renderStory(browser, origin, id);
        rendered.notes.push(`attempt ${attempt + 1}`);
      }
      const { dom, problems, notes } = rendered;
      await writeFile(join(outDir, `${id}.txt`), dom);
      const remarks = [...problems, ...notes];
      console.log(
        `${problems.length ? '✗' : '✓'} ${id}${remarks.length ? ` (${remarks.join('; ')})` : ''}`,
      );
      if (problems.length) failed.push(id);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Number(values.jobs)) }, worker));
} finally {
  await browser.close();
  server.close();
}
console.log(`${ids.length - failed.length} of ${ids.length} stories written to ${outDir}`);
if (failed.length) {
  console.error(`not settled or failed: ${failed.sort().join(', ')}`);
  process.exitCode = 1;
}
