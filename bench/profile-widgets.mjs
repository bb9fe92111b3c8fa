// Profiles of the widgets' measured windows (see trace-profile.mjs): the 10,000- and 100,000-actor
// map's first paint and the 1,000-event render, on the same pages the timing runs use.
import { eventsOnPage, freshPage, mapPaintTimes } from './browser.mjs';
import { bundleResolver, startTrace, summarizeTrace } from './trace-profile.mjs';

const SYNC = 'bench-trace-sync';

/** Traces `run(page)`, which resolves with page-clock windows; sums the trace over them. */
async function traced(browser, origin, resolve, run) {
  const { context, page } = await freshPage(browser, origin);
  try {
    const trace = await startTrace(page);
    const windows = await run(page);
    await page.evaluate((name) => performance.mark(name), SYNC);
    const events = await trace.stop();
    const parts = windows.map((w) => summarizeTrace(events, { ...w, syncMark: SYNC, resolve }));
    return merge(parts);
  } finally {
    await context.close();
  }
}

function merge(parts) {
  const add = (key) => {
    const sums = new Map();
    for (const part of parts)
      for (const { name, ms } of part[key]) sums.set(name, (sums.get(name) ?? 0) + ms);
    return [...sums].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
  };
  return {
    window: parts.reduce((sum, part) => sum + part.window, 0),
    kinds: add('kinds'),
    script: add('script').slice(0, 12),
  };
}

/**
 * Profiles of map 10k, map 100k and events 1000 with the bundles of `cdnDir`, served at `cdn`;
 * `parts` leaves out the map's or the events' (undefined then).
 */
export async function profileWidgets({
  browser,
  origin,
  demo10kApi,
  demo100kApi,
  cdnDir,
  cdn = '/cdn',
  parts = { map: true, events: true },
}) {
  const resolve = bundleResolver(cdnDir);
  const mapRun = (apiUrl, big) => async (page) => {
    const timeout = 90_000;
    const { painted, responseEnd } = await mapPaintTimes(page, { apiUrl, big, timeout, cdn });
    return [{ from: responseEnd, to: painted }];
  };
  return {
    map10k: parts.map
      ? await traced(browser, origin, resolve, mapRun(demo10kApi, false))
      : undefined,
    map100k:
      parts.map && demo100kApi
        ? await traced(browser, origin, resolve, mapRun(demo100kApi, true))
        : undefined,
    events1000: parts.events
      ? await traced(browser, origin, resolve, async (page) => {
          const { windows } = await eventsOnPage(page, origin, cdn);
          return windows;
        })
      : undefined,
  };
}
