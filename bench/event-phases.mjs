// Where the "1,000 events rendered" windows go, phase by phase: runs of their own (the timing runs
// stay uninstrumented) in which the page notes when `fetch()` hands over an answer and when each
// update of <saxon-event-list> starts and ends. That needs nothing from the element's code: the
// wrappers are installed before its module defines it, so the Lit floor (bench/events-floor-element.js,
// defined under the same name) is measured the same way.
import { eventsOnPage, freshPage } from './browser.mjs';
import { summarize } from './stats.mjs';

/** Installs the page's notes (`window.__eventPhases`); call before the element's module loads. */
function instrument() {
  const notes = { answers: [], updates: [] };
  window.__eventPhases = notes;
  const fetch = window.fetch;
  window.fetch = async (...args) => {
    const response = await fetch.apply(window, args);
    if (new URL(response.url).pathname.endsWith('/events')) notes.answers.push(performance.now());
    return response;
  };
  const define = customElements.define.bind(customElements);
  customElements.define = (name, element, options) => {
    if (name === 'saxon-event-list') {
      const update = element.prototype.update;
      element.prototype.update = function (changed) {
        const start = performance.now();
        try {
          return update.call(this, changed);
        } finally {
          notes.updates.push([start, performance.now()]);
        }
      };
    }
    return define(name, element, options);
  };
}

/**
 * One page's window (responseEnd → the frame that shows its events) split into: until `fetch()`
 * hands the answer to the page's script (the main thread busy with other work, e.g. the element
 * starting up), reading and checking the answer up to the update that shows the events, that
 * update (render and commit), and from its end to the frame (`updated()`, other tasks). The four
 * add up to the window. Undefined when the page's notes lack an answer or an update in the window.
 */
export function phasesOf({ from, to }, { answers, updates }) {
  const shown = updates.filter(([, end]) => end <= to).at(-1);
  const answer = answers.filter((at) => at <= (shown?.[0] ?? to)).at(-1);
  if (!shown || answer === undefined || shown[0] < from) return undefined;
  const handedOver = Math.min(Math.max(answer, from), shown[0]);
  return {
    window: to - from,
    answer: handedOver - from,
    read: shown[0] - handedOver,
    render: shown[1] - shown[0],
    frame: to - shown[1],
  };
}

const PHASES = ['window', 'answer', 'read', 'render', 'frame'];

/**
 * The phases of the first page and those of the four later pages summed, per run. A window the
 * notes cannot split fails the run, rather than leaving it out of the medians unsaid.
 */
function pagesOf(windows, notes) {
  const phases = windows.map((window) => phasesOf(window, notes));
  const unsplit = phases.findIndex((page) => page === undefined);
  if (unsplit >= 0)
    throw new Error(`no answer or update noted in the window of page ${unsplit + 1}`);
  const later = Object.fromEntries(
    PHASES.map((phase) => [phase, phases.slice(1).reduce((sum, page) => sum + page[phase], 0)]),
  );
  return { first: phases[0], later };
}

/**
 * The phases of `runs` fresh pages for each bundle of `cdns` (`{ label: path }`): per bundle, for
 * the first page and for the later pages, each phase's median (min–max) over the runs.
 */
export async function measureEventPhases(browser, origin, { cdns, runs }) {
  const samples = Object.fromEntries(Object.keys(cdns).map((label) => [label, []]));
  for (let run = 0; run < runs; run++)
    for (const [label, cdn] of Object.entries(cdns)) {
      const { context, page } = await freshPage(browser, origin);
      try {
        await page.evaluate(instrument);
        const { windows } = await eventsOnPage(page, origin, cdn);
        samples[label].push(pagesOf(windows, await page.evaluate(() => window.__eventPhases)));
      } finally {
        await context.close();
      }
    }
  return Object.fromEntries(
    Object.entries(samples).map(([label, list]) => [
      label,
      Object.fromEntries(
        ['first', 'later'].map((pages) => [
          pages,
          Object.fromEntries(
            PHASES.map((phase) => [phase, summarize(list.map((run) => run[pages][phase]))]),
          ),
        ]),
      ),
    ]),
  );
}
