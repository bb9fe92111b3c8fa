// Issue 13, faults: every widget, set up by attributes with its real default SDK client (retries
// and all) against the demo API over real HTTP, is first brought into a state a visitor made —
// a typed query, a chosen filter, a later page — and then the request of the visitor's last step
// meets a fault: 429 with Retry-After (seconds and HTTP date), a burst of 503s longer than the
// SDK's retries, a dropped connection, an unreachable port, the API offline (DevTools' network
// emulation). The widget shows its error panel and keeps the state on screen; once the fault is
// gone, its retry button loads exactly that state again: the demo API's request log shows the same
// query, filters and page, and the widget shows them. Short faults that the SDK's own retries
// absorb never reach the visitor.
import { userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { until } from '../fixture.js';
import {
  afterLoad,
  facetCheckbox,
  part,
  resultsShown,
  statusText,
} from '../support/dataset-search.js';
import {
  clearFaults,
  clearRequestLog,
  closedPortOrigin,
  errorPanel,
  expectErrorShown,
  loggedRequests,
  MESSAGES,
  origin,
  place,
  pressRetry,
  setApiOffline,
  setFaults,
  shownError,
  WIDGETS,
  watchUncaught,
  withoutHttpCache,
  type FaultRule,
  type WidgetUnderTest,
} from './support.js';

/** A widget brought into a visitor's state, whose last step meets the fault. */
interface Scenario {
  widget: WidgetUnderTest;
  /** What the visitor did, for the test name. */
  state: string;
  /** Mounts the widget (or only creates it) and takes every step but the last, each loaded. */
  prepare: () => Promise<HTMLElement>;
  /** The visitor's last step: its request is the one that meets the fault. */
  act: (el: HTMLElement) => Promise<unknown>;
  /** Checks that a data request carries the whole state. */
  expectRequest: (url: URL) => void;
  /** Checks what the widget shows of the state, while failed and after recovering. */
  expectState: (el: HTMLElement) => void;
}

const byName = (name: string) => WIDGETS.find((widget) => widget.name === name)!;
const shadow = (el: Element) => el.shadowRoot!;
const select = (el: Element, id: string) => shadow(el).querySelector<HTMLSelectElement>(id)!;
/** Chooses an option of a `<select>` in the widget as a visitor does. */
async function choose(el: Element, id: string, value: string) {
  await until(() => expect([...select(el, id).options].map((o) => o.value)).toContain(value));
  await userEvent.selectOptions(select(el, id), value);
}
const currentPage = (el: Element) =>
  part(el, 'pager')?.shadowRoot?.querySelector('[aria-current="page"]')?.textContent?.trim();

const EDUCATION = 'Bildung, Kultur und Sport';

const datasetSearch = (name: string, offsetParam: string): Scenario => ({
  widget: byName(name),
  state: 'a typed query, a theme filter, page 2',
  prepare: async () => {
    const el = await place(byName(name).create());
    await resultsShown(el, 8000);
    const input = part<HTMLInputElement>(el, 'search-input')!;
    // Typing starts a debounced search and Enter one at once: exactly one of them loads, depending
    // on how long the typing took, so one wait spans both steps.
    await afterLoad(el, async () => {
      await userEvent.fill(input, 'Schulen');
      await userEvent.keyboard('{Enter}');
    });
    // In a narrow layout the facets are folded behind "Filter": open them as a visitor would.
    const filterToggle = part<HTMLButtonElement>(el, 'filter-toggle');
    if (filterToggle && filterToggle.offsetParent !== null) {
      if (filterToggle.getAttribute('aria-expanded') !== 'true')
        await userEvent.click(filterToggle);
    }
    await afterLoad(el, () => userEvent.click(facetCheckbox(el, 'theme', EDUCATION)));
    expect(statusText(el)).toMatch(/^\d+ Datensätze gefunden$/);
    return el;
  },
  act: (el) =>
    userEvent.click(
      part(el, 'pager')!.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Seite 2"]')!,
    ),
  expectRequest: (url) => {
    const query = decodeURIComponent(url.search).toLowerCase();
    expect(query).toContain('schulen');
    expect(query).toContain('educ');
    expect(url.searchParams.get(offsetParam)).toBe('10');
  },
  expectState: (el) => {
    expect(part<HTMLInputElement>(el, 'search-input')!.value).toBe('Schulen');
    expect(facetCheckbox(el, 'theme', EDUCATION).checked).toBe(true);
    expect(
      [...shadow(el).querySelectorAll('[part~="chip"]')].map((c) => c.getAttribute('aria-label')),
    ).toEqual([`Kategorie: ${EDUCATION} entfernen`]);
    if (!errorPanel(el)) {
      expect(currentPage(el)).toBe('2');
      expect(statusText(el)).toMatch(/^\d+ Datensätze gefunden, Seite 2 von \d+$/);
    }
  },
});

const categoryBoxes = (el: Element) => [
  ...shadow(el).querySelectorAll<HTMLInputElement>('[part~="category-filter"] input'),
];

const actorMap: Scenario = {
  widget: byName('<saxon-actor-map>'),
  state: 'a category left out, a topic, a search text',
  prepare: async () => {
    const el = await place(byName('<saxon-actor-map>').create());
    await byName('<saxon-actor-map>').dataShown(el);
    await afterLoad(el, () =>
      userEvent.click(categoryBoxes(el).find((box) => box.value === 'company')!),
    );
    await afterLoad(el, () => choose(el, '#filter-topic', 'machine-learning'));
    return el;
  },
  act: async (el) => {
    await userEvent.fill(shadow(el).querySelector<HTMLInputElement>('#filter-text')!, 'Leipzig');
  },
  expectRequest: (url) => {
    expect(url.searchParams.get('topic')).toBe('machine-learning');
    expect(url.searchParams.get('q')).toBe('Leipzig');
    expect(url.searchParams.getAll('category').sort()).toEqual([
      'education',
      'network',
      'research',
    ]);
  },
  expectState: (el) => {
    expect(shadow(el).querySelector<HTMLInputElement>('#filter-text')!.value).toBe('Leipzig');
    expect(select(el, '#filter-topic').value).toBe('machine-learning');
    expect(categoryBoxes(el).map((box) => `${box.value}:${box.checked}`)).toEqual([
      'company:false',
      'research:true',
      'network:true',
      'education:true',
    ]);
  },
};

const eventList: Scenario = {
  widget: byName('<saxon-event-list>'),
  state: 'a date range, a limit, a topic, a city',
  prepare: async () => {
    const el = byName('<saxon-event-list>').create();
    el.setAttribute('filters', '');
    el.setAttribute('from', '2026-01-01');
    el.setAttribute('to', '2026-12-31');
    el.setAttribute('limit', '2');
    await place(el);
    await byName('<saxon-event-list>').dataShown(el);
    await afterLoad(el, () => choose(el, '#filter-topic', 'machine-learning'));
    return el;
  },
  act: (el) => choose(el, '#filter-city', 'Dresden'),
  expectRequest: (url) => {
    expect(url.searchParams.getAll('topic')).toEqual(['machine-learning']);
    expect(url.searchParams.getAll('city')).toEqual(['Dresden']);
    expect(url.searchParams.get('limit')).toBe('2');
    expect(url.searchParams.get('from')).toBe('2026-01-01');
    expect(url.searchParams.get('to')).toMatch(/^2026-12-31/);
  },
  expectState: (el) => {
    expect(select(el, '#filter-topic').value).toBe('machine-learning');
    expect(select(el, '#filter-city').value).toBe('Dresden');
  },
};

const topicList: Scenario = {
  widget: byName('<saxon-topic-list>'),
  state: 'its first load (it has no visitor state)',
  prepare: async () => byName('<saxon-topic-list>').create(),
  act: (el) => place(el),
  expectRequest: (url) => expect(url.pathname).toBe('/directory/v1/topics'),
  expectState: () => {},
};

const SCENARIOS: Scenario[] = [
  datasetSearch('<saxon-dataset-search> (CKAN)', 'start'),
  datasetSearch('<saxon-dataset-search> (EntryStore)', 'offset'),
  actorMap,
  eventList,
  topicList,
];

interface Fault {
  name: string;
  /** The rule, made when the test runs (an HTTP date is relative to now). */
  rule: () => Omit<FaultRule, 'path'>;
  message: string;
  /** The SDK error code behind it, and for a 429 the wait it passes on (seconds). */
  code: string;
  retryAfter?: [number, number];
  retry: 'click' | 'keyboard';
  /** How many attempts the SDK's default client makes before it gives up (1 + 2 retries). */
  attempts: number;
}

const FAULTS: Fault[] = [
  {
    name: '429 with Retry-After in seconds (120, longer than the SDK waits)',
    rule: () => ({ status: 429, retryAfter: 120 }),
    message: MESSAGES.rateLimited('in 2 Minuten'),
    code: 'rate_limited',
    retryAfter: [120, 120],
    retry: 'click',
    attempts: 1,
  },
  {
    name: '429 with Retry-After as an HTTP date (10 minutes ahead)',
    rule: () => ({ status: 429, retryAfter: new Date(Date.now() + 600_000).toUTCString() }),
    message: MESSAGES.rateLimited('in 10 Minuten'),
    code: 'rate_limited',
    retryAfter: [590, 600],
    retry: 'keyboard',
    attempts: 1,
  },
  {
    name: 'a burst of 503s longer than the SDK retries',
    rule: () => ({ status: 503, times: 10 }),
    message: MESSAGES.server,
    code: 'server_error',
    retry: 'click',
    attempts: 3,
  },
  {
    name: 'a dropped connection',
    rule: () => ({ drop: true }),
    message: MESSAGES.network,
    code: 'network_error',
    retry: 'keyboard',
    attempts: 3,
  },
];

withoutHttpCache();
const uncaught = watchUncaught();

beforeEach(async () => {
  document.documentElement.lang = 'de';
  await clearRequestLog();
});
afterEach(async () => {
  document.body.replaceChildren();
  await setApiOffline(false);
  await clearFaults();
});

/** The widget's data requests in the demo API's log (path and query), as URLs. */
const dataRequests = async (widget: WidgetUnderTest) =>
  (await loggedRequests())
    .filter((entry) => widget.isDataRequest(entry.url))
    .map((entry) => new URL(entry.url, origin));

/** Retries and checks the recovery: the same state requested again, loaded and shown. */
async function expectRecovery(scenario: Scenario, el: HTMLElement, how: 'click' | 'keyboard') {
  await clearRequestLog();
  await pressRetry(el, how);
  await scenario.widget.dataShown(el);
  const requests = await dataRequests(scenario.widget);
  expect(requests.length).toBeGreaterThan(0);
  scenario.expectRequest(requests.at(-1)!);
  scenario.expectState(el);
}

describe.each(SCENARIOS)('$widget.name with $state', (scenario) => {
  it.each(FAULTS)('$name: error panel, state kept, retry loads the same state', async (fault) => {
    const el = await scenario.prepare();
    await clearRequestLog();
    await setFaults([{ path: scenario.widget.faultPath, ...fault.rule() }]);
    await scenario.act(el);

    await expectErrorShown(el, fault.message);
    expect(shownError(el).code).toBe(fault.code);
    if (fault.retryAfter) {
      expect(shownError(el).retryAfter).toBeGreaterThanOrEqual(fault.retryAfter[0]);
      expect(shownError(el).retryAfter).toBeLessThanOrEqual(fault.retryAfter[1]);
    }
    scenario.expectState(el);
    const failed = await dataRequests(scenario.widget);
    expect(failed.length).toBeGreaterThanOrEqual(fault.attempts);
    scenario.expectRequest(failed.at(-1)!);
    // every attempt was the same request: the SDK retried it as it was
    expect(new Set(failed.slice(-fault.attempts).map(String)).size).toBe(1);

    await clearFaults();
    await expectRecovery(scenario, el, fault.retry);
    expect(uncaught.list).toEqual([]);
  });

  it('an unreachable port: network error, state kept; back on the right port, the same state loads', async () => {
    const el = await scenario.prepare();
    await scenario.act(el);
    await scenario.widget.dataShown(el);
    const right = el.getAttribute('api-url')!;
    const closed = right.replace(origin, await closedPortOrigin());
    el.setAttribute('api-url', closed);

    await expectErrorShown(el, MESSAGES.network);
    expect(shownError(el).code).toBe('network_error');
    scenario.expectState(el);
    // retrying while the port stays closed fails again, visibly: a new failure, the same words
    const first = shownError(el);
    await pressRetry(el, 'click');
    await until(() => {
      expect(shownError(el).code).toBe('network_error');
      expect(shownError(el)).not.toBe(first);
    }, 8000);
    await expectErrorShown(el, MESSAGES.network);

    await clearRequestLog();
    el.setAttribute('api-url', right);
    await scenario.widget.dataShown(el);
    const requests = await dataRequests(scenario.widget);
    scenario.expectRequest(requests.at(-1)!);
    scenario.expectState(el);
    expect(uncaught.list).toEqual([]);
  });

  it('going offline: network error, state kept; back online, retry loads the same state', async () => {
    const el = await scenario.prepare();
    await clearRequestLog();
    await setApiOffline(true);
    await scenario.act(el);

    await expectErrorShown(el, MESSAGES.network);
    expect(shownError(el).code).toBe('network_error');
    scenario.expectState(el);
    expect(await dataRequests(scenario.widget)).toEqual([]); // nothing left the browser

    await setApiOffline(false);
    await expectRecovery(scenario, el, 'keyboard');
    expect(uncaught.list).toEqual([]);
  });

  it('going offline, then the browser is online again: loads the same state by itself', async () => {
    const el = await scenario.prepare();
    await clearRequestLog();
    await setApiOffline(true);
    await scenario.act(el);
    await expectErrorShown(el, MESSAGES.network);

    await setApiOffline(false);
    await clearRequestLog();
    window.dispatchEvent(new Event('online')); // what the browser fires when the network is back
    await scenario.widget.dataShown(el);
    expect(errorPanel(el)).toBeNull();
    const requests = await dataRequests(scenario.widget);
    expect(requests.length).toBeGreaterThan(0);
    scenario.expectRequest(requests.at(-1)!);
    scenario.expectState(el);
    expect(uncaught.list).toEqual([]);
  });

  it('the browser coming online again leaves an error that is no network error alone', async () => {
    const el = await scenario.prepare();
    await clearRequestLog();
    await setFaults([{ path: scenario.widget.faultPath, status: 503 }]);
    await scenario.act(el);
    await expectErrorShown(el, MESSAGES.server);

    await clearRequestLog();
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await dataRequests(scenario.widget)).toEqual([]);
    expect(errorPanel(el)).not.toBeNull();
    expect(uncaught.list).toEqual([]);
  });

  it.each([
    { name: 'two 503s', rule: { status: 503, times: 2 } },
    { name: 'a 429 with Retry-After: 1', rule: { status: 429, retryAfter: 1, times: 1 } },
  ])('$name within the SDK retries never reach the visitor', async ({ rule }) => {
    const el = await scenario.prepare();
    await clearRequestLog();
    // Watch for the error panel from before the request until the data is there.
    let errorSeen = false;
    const observer = new MutationObserver(() => (errorSeen ||= errorPanel(el) !== null));
    const watch = () => observer.observe(shadow(el), { subtree: true, childList: true });
    if (el.isConnected) watch();
    await setFaults([{ path: scenario.widget.faultPath, ...rule }]);
    await scenario.act(el);
    if (!el.isConnected) throw new Error('the widget is not on the page');
    watch(); // again, for a widget that the step itself put on the page
    errorSeen ||= errorPanel(el) !== null;

    await scenario.widget.dataShown(el);
    observer.disconnect();
    expect(errorSeen).toBe(false);
    const requests = await dataRequests(scenario.widget);
    expect(requests.length).toBeGreaterThanOrEqual(rule.times + 1);
    scenario.expectRequest(requests.at(-1)!);
    scenario.expectState(el);
    expect(uncaught.list).toEqual([]);
  });
});

describe('<saxon-event-list> loading more of a filtered list', () => {
  it('a 503 burst on "Weitere Veranstaltungen laden" keeps the shown events and filters; pressing it again loads the next page of the same selection', async () => {
    const el = await eventList.prepare();
    const events = () => [...shadow(el).querySelectorAll('[part~="event"]')];
    const more = () => shadow(el).querySelector<HTMLButtonElement>('[part~="more-button"]')!;
    await until(() => expect(events()).toHaveLength(2));
    const shown = events().map((event) => event.getAttribute('data-event-id'));

    await clearRequestLog();
    await setFaults([{ path: eventList.widget.faultPath, status: 503, times: 10 }]);
    await userEvent.click(more());
    await until(
      () => expect(shadow(el).querySelector('[part~="more-error"]')).not.toBeNull(),
      8000,
    );
    expect(shadow(el).querySelector('[part~="more-error"]')!.textContent).toContain(
      MESSAGES.server,
    );
    expect(events().map((event) => event.getAttribute('data-event-id'))).toEqual(shown);
    expect(select(el, '#filter-topic').value).toBe('machine-learning');

    await clearFaults();
    await clearRequestLog();
    await userEvent.click(more());
    await until(() => expect(events()).toHaveLength(4));
    expect(shadow(el).querySelector('[part~="more-error"]')).toBeNull();
    const [request] = await dataRequests(eventList.widget);
    expect(request!.searchParams.get('offset')).toBe('2');
    expect(request!.searchParams.getAll('topic')).toEqual(['machine-learning']);
    expect(request!.searchParams.get('limit')).toBe('2');
    expect(uncaught.list).toEqual([]);
  });
});
