// Lighthouse-equivalent figures of the Musterstadt page (the demo `pnpm start` serves): Cumulative
// Layout Shift, Largest Contentful Paint and Total Blocking Time, read from the browser's own
// performance entries, at a desktop and a phone width. Each run is a fresh browser context (empty
// HTTP cache), and lasts until every widget has loaded plus a second.
import { startMunicipalSite } from '../scripts/municipal-site.mjs';
import { summarize } from './stats.mjs';

export const PAGE_WIDTHS = { desktop: 1280, phone: 375 };

// Runs in the page before its own scripts: observers for every entry from the first paint on.
function observeVitals() {
  const vitals = { cls: 0, lcp: 0, fcp: 0, longTasks: [] };
  window.__vitals = vitals;
  const observe = (type, onEntry) =>
    new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
      type,
      buffered: true,
    });
  observe('layout-shift', (entry) => {
    if (!entry.hadRecentInput) vitals.cls += entry.value;
  });
  observe('largest-contentful-paint', (entry) => (vitals.lcp = entry.startTime));
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') vitals.fcp = entry.startTime;
  });
  observe('longtask', (entry) =>
    vitals.longTasks.push({ start: entry.startTime, duration: entry.duration }),
  );
}

const widgetsSettled = () => {
  const widgets = [...document.querySelectorAll('*')].filter((element) =>
    element.localName.startsWith('saxon-'),
  );
  return (
    widgets.length > 0 &&
    widgets.every(
      (widget) =>
        widget.shadowRoot &&
        widget.shadowRoot.querySelector('[aria-busy="true"], saxon-skeleton') === null,
    )
  );
};

async function vitalsRun(browser, url, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(observeVitals);
    await page.goto(url, { timeout: 120_000 });
    await page.waitForFunction(widgetsSettled, undefined, { timeout: 120_000, polling: 100 });
    await page.waitForTimeout(1000);
    return await page.evaluate(() => {
      const { cls, lcp, fcp, longTasks } = window.__vitals;
      // Total Blocking Time as Lighthouse counts it: what each long task after the first
      // contentful paint spends beyond 50 ms (here up to the widgets' settling, not to TTI).
      const after = longTasks.filter((task) => task.start >= fcp);
      const tbt = after.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
      return { cls, lcp, tbt, longTasks: longTasks.length };
    });
  } finally {
    await context.close();
  }
}

/** CLS, LCP (ms), TBT (ms) and the number of long tasks at each width: median, min, max. */
export async function measurePageVitals(browser, { runs = 5 } = {}) {
  const site = await startMunicipalSite({ port: 0 });
  try {
    const result = {};
    for (const [name, width] of Object.entries(PAGE_WIDTHS)) {
      const samples = [];
      for (let run = 0; run < runs; run++)
        samples.push(await vitalsRun(browser, `${site.url}/`, width));
      result[name] = {
        width,
        cls: summarize(samples.map((sample) => sample.cls)),
        lcp: summarize(samples.map((sample) => sample.lcp)),
        tbt: summarize(samples.map((sample) => sample.tbt)),
        longTasks: summarize(samples.map((sample) => sample.longTasks)),
      };
    }
    return result;
  } finally {
    await site.close();
  }
}
