// Long-lived pages: each widget mounted and removed 1,000 times against the demo API (real HTTP,
// real Chromium) leaves nothing behind — no JS heap growth beyond 10 %, no event listeners, DOM
// nodes, timers, observers or requests — measured through the DevTools protocol (`cdp()`).
//
// Timers, observers, fetch and window/document listeners are wrapped here, before any widget
// module is evaluated: the widgets are imported dynamically in `beforeAll`, after the wrapping.
// This file keeps its own waiting on the unwrapped timers (no `vi.waitFor`), so that every timer
// the wrappers see comes from the widgets, Lit, the SDK or ky.
import { cdp } from 'vitest/browser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

// --- instrumentation -------------------------------------------------------------------------

const real = {
  setTimeout: window.setTimeout.bind(window),
  clearTimeout: window.clearTimeout.bind(window),
  setInterval: window.setInterval.bind(window),
  clearInterval: window.clearInterval.bind(window),
  requestAnimationFrame: window.requestAnimationFrame.bind(window),
  cancelAnimationFrame: window.cancelAnimationFrame.bind(window),
  fetch: window.fetch.bind(window),
  windowAdd: window.addEventListener.bind(window),
  windowRemove: window.removeEventListener.bind(window),
  documentAdd: document.addEventListener.bind(document),
  documentRemove: document.removeEventListener.bind(document),
  MutationObserver: window.MutationObserver,
  ResizeObserver: window.ResizeObserver,
};

/** Where something was created: the first frames of its stack, for the failure message. */
const createdAt = () => (new Error().stack ?? '').split('\n').slice(2, 6).join(' | ');

/** Timers (timeouts and intervals share one id space) and animation frames not yet run or cleared. */
const liveTimers = new Map<number, string>();
const liveFrames = new Map<number, string>();
let timersCreated = 0;

type Handler = string | ((...args: unknown[]) => void);
const run = (handler: Handler, args: unknown[]) => {
  if (typeof handler === 'function') handler(...args);
};

window.setTimeout = ((handler: Handler, ms?: number, ...args: unknown[]) => {
  timersCreated++;
  const id = real.setTimeout(() => {
    liveTimers.delete(id);
    run(handler, args);
  }, ms);
  liveTimers.set(id, `setTimeout(${ms ?? 0}) ${createdAt()}`);
  return id;
}) as typeof window.setTimeout;
window.setInterval = ((handler: Handler, ms?: number, ...args: unknown[]) => {
  timersCreated++;
  const id = real.setInterval(() => run(handler, args), ms);
  liveTimers.set(id, `setInterval(${ms ?? 0}) ${createdAt()}`);
  return id;
}) as typeof window.setInterval;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) liveTimers.delete(id);
  real.clearTimeout(id);
}) as typeof window.clearTimeout;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) liveTimers.delete(id);
  real.clearInterval(id);
}) as typeof window.clearInterval;
window.requestAnimationFrame = (callback: FrameRequestCallback) => {
  timersCreated++;
  const id = real.requestAnimationFrame((time) => {
    liveFrames.delete(id);
    callback(time);
  });
  liveFrames.set(id, `requestAnimationFrame ${createdAt()}`);
  return id;
};
window.cancelAnimationFrame = (id: number) => {
  liveFrames.delete(id);
  real.cancelAnimationFrame(id);
};

/** Requests started through `fetch` (the SDK's, through ky) and what became of them. */
interface Started {
  url: string;
  signal?: AbortSignal | null;
}
const pendingRequests = new Set<Started>();
const requestCounts = { started: 0, completed: 0, aborted: 0, failed: 0, nonHttp: 0 };
const isAbort = (error: unknown) => (error as { name?: unknown } | null)?.name === 'AbortError';

window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  const entry: Started = {
    url,
    signal: init?.signal ?? (input instanceof Request ? input.signal : undefined),
  };
  requestCounts.started++;
  if (!/^https?:/i.test(new URL(url, document.baseURI).protocol)) requestCounts.nonHttp++;
  pendingRequests.add(entry);
  return real.fetch(input, init).then(
    (response) => {
      pendingRequests.delete(entry);
      requestCounts.completed++;
      return response;
    },
    (error: unknown) => {
      pendingRequests.delete(entry);
      if (isAbort(error) || entry.signal?.aborted) requestCounts.aborted++;
      else requestCounts.failed++;
      throw error;
    },
  );
};

/** Listeners on `window` and `document` (the ones an element can forget when it leaves). */
const globalListeners = new Map<string, number>();
const countListener = (key: string, step: 1 | -1) => {
  const next = (globalListeners.get(key) ?? 0) + step;
  if (next > 0) globalListeners.set(key, next);
  else globalListeners.delete(key);
};
// Counted per add/remove call; a duplicate add (ignored by the DOM) would show up as growth.
const listenerKey = (target: string, type: string, listener: unknown, options: unknown) =>
  `${target}:${type}:${typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions | undefined)?.capture)}:${listenerIds(listener)}`;
const ids = new WeakMap<object, number>();
let nextId = 0;
const listenerIds = (listener: unknown) => {
  if (!listener || (typeof listener !== 'object' && typeof listener !== 'function')) return 0;
  let id = ids.get(listener as object);
  if (id === undefined) ids.set(listener as object, (id = ++nextId));
  return id;
};
const registered = new Set<string>();
const wrapListeners = (
  name: string,
  target: Window | Document,
  add: typeof window.addEventListener,
  remove: typeof window.removeEventListener,
) => {
  target.addEventListener = ((type: string, listener: EventListener | null, options?: unknown) => {
    const key = listenerKey(name, type, listener, options);
    if (listener !== null && !registered.has(key)) {
      registered.add(key);
      countListener(`${name}:${type}`, 1);
    }
    add(type, listener as EventListener, options as AddEventListenerOptions);
  }) as typeof window.addEventListener;
  target.removeEventListener = ((
    type: string,
    listener: EventListener | null,
    options?: unknown,
  ) => {
    const key = listenerKey(name, type, listener, options);
    if (registered.delete(key)) countListener(`${name}:${type}`, -1);
    remove(type, listener as EventListener, options as EventListenerOptions);
  }) as typeof window.removeEventListener;
};
wrapListeners('window', window, real.windowAdd, real.windowRemove);
wrapListeners('document', document, real.documentAdd, real.documentRemove);

/** Mutation and resize observers that observe something (observe() called, disconnect() not since). */
const observing = new Map<object, string>();
window.MutationObserver = class extends real.MutationObserver {
  private readonly where = createdAt();
  override observe(target: Node, options?: MutationObserverInit): void {
    observing.set(this, `MutationObserver ${this.where}`);
    super.observe(target, options);
  }
  override disconnect(): void {
    observing.delete(this);
    super.disconnect();
  }
};
window.ResizeObserver = class extends real.ResizeObserver {
  private readonly where = createdAt();
  override observe(target: Element, options?: ResizeObserverOptions): void {
    observing.set(this, `ResizeObserver ${this.where}`);
    super.observe(target, options);
  }
  override disconnect(): void {
    observing.delete(this);
    super.disconnect();
  }
};

// --- helpers ----------------------------------------------------------------------------------

const server = inject('demoApiUrl');
// `localhost`, like the other widget tests: the answers (max-age 60) come from the browser's HTTP
// cache after the first one, which keeps 4,000 mounts fast while each still goes through fetch.
const apiOrigin = server.replace('//127.0.0.1:', '//localhost:');
const directoryUrl = `${apiOrigin}/directory/v1`;

const tick = (ms = 0) => new Promise<void>((resolve) => real.setTimeout(resolve, ms));

/** Polls `check` on the unwrapped timers until it holds (10 s at most). */
async function waitFor(check: () => boolean, what: string, timeout = 10_000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await tick(2);
  }
}

let session: ReturnType<typeof cdp>;
let watchedLangCount: () => number;

interface Figures {
  heap: number;
  listeners: number;
  nodes: number;
  documents: number;
}

/** Garbage-collected heap and DOM counters of the renderer, through the DevTools protocol. */
async function measure(): Promise<Figures> {
  // Two full collections: the second frees what finalizers of the first released.
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const heap = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  const counters = (await session.send('Memory.getDOMCounters')) as {
    documents: number;
    nodes: number;
    jsEventListeners: number;
  };
  return {
    heap: heap.usedSize,
    listeners: counters.jsEventListeners,
    nodes: counters.nodes,
    documents: counters.documents,
  };
}

// --- the widgets ------------------------------------------------------------------------------

interface Widget {
  tag: string;
  load: () => Promise<unknown>;
  /** Attributes of mount `i` (varied a little, so that not every mount is the same). */
  attributes: (i: number) => Record<string, string>;
}

const WIDGETS: Widget[] = [
  {
    tag: 'saxon-dataset-search',
    load: () => import('../../src/dataset-search/define.js'),
    attributes: (i) => ({
      'api-type': 'ckan',
      'api-url': `${apiOrigin}/ckan`,
      'page-size': '5',
      ...(i % 2 ? { query: 'verkehr' } : {}),
    }),
  },
  {
    tag: 'saxon-actor-map',
    load: () => import('../../src/actor-map/define.js'),
    attributes: (i) => ({
      'api-url': directoryUrl,
      ...(i % 2 ? { view: 'list' } : {}),
    }),
  },
  {
    tag: 'saxon-event-list',
    load: () => import('../../src/event-list/define.js'),
    attributes: (i) => ({
      'api-url': directoryUrl,
      limit: '5',
      ...(i % 2 ? { layout: 'cards', filters: '' } : {}),
    }),
  },
  {
    tag: 'saxon-topic-list',
    load: () => import('../../src/topic-list/define.js'),
    attributes: () => ({ 'api-url': directoryUrl }),
  },
];

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

const statusOf = (el: Element) =>
  el.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim() ?? '';
const failed = (el: Element) => el.shadowRoot?.querySelector('[part~="error"]') != null;
/** The data has arrived and is on screen: the live region announces it. */
const rendered = (el: Element) => statusOf(el) !== '' || failed(el);

const MOUNTS = 1_000;

/** Removed elements the garbage collector has reclaimed, per tag. */
const collected = new Map<string, number>();
const finalized = new FinalizationRegistry<string>((tag) =>
  collected.set(tag, (collected.get(tag) ?? 0) + 1),
);

/**
 * One mount and removal; `i` varies when: before the first render (0), after it with the request
 * in flight (1), after the data is on screen (2), or after the data, a move to another parent
 * (disconnect and reconnect) and a language switch, before the data is back (3).
 */
async function cycle(widget: Widget, i: number, host: HTMLElement): Promise<void> {
  const el = document.createElement(widget.tag) as Lit;
  finalized.register(el, widget.tag);
  for (const [name, value] of Object.entries(widget.attributes(i))) el.setAttribute(name, value);
  document.body.append(el);
  switch (i % 4) {
    case 0:
      break;
    case 1:
      await el.updateComplete;
      break;
    case 2:
      await waitFor(() => rendered(el), `${widget.tag} #${i} to show its data`);
      break;
    case 3:
      await waitFor(() => rendered(el), `${widget.tag} #${i} to show its data`);
      host.append(el);
      host.lang = i % 8 === 3 ? 'en' : 'de';
      await el.updateComplete;
      break;
  }
  if (failed(el)) throw new Error(`${widget.tag} #${i} shows an error: ${statusOf(el)}`);
  el.remove();
}

beforeAll(async () => {
  session = cdp();
  await session.send('HeapProfiler.enable');
  for (const widget of WIDGETS) await widget.load();
  ({ watchedLangCount } = await import('../../src/shared/i18n/lang-observer.js'));
  document.documentElement.lang = 'de';
});

afterAll(async () => {
  await session.send('HeapProfiler.disable');
  Object.assign(window, {
    setTimeout: real.setTimeout,
    clearTimeout: real.clearTimeout,
    setInterval: real.setInterval,
    clearInterval: real.clearInterval,
    requestAnimationFrame: real.requestAnimationFrame,
    cancelAnimationFrame: real.cancelAnimationFrame,
    fetch: real.fetch,
    MutationObserver: real.MutationObserver,
    ResizeObserver: real.ResizeObserver,
  });
  // the own properties set above go; the prototypes' methods show through again
  for (const target of [window, document] as Partial<EventTarget>[]) {
    delete target.addEventListener;
    delete target.removeEventListener;
  }
});

/**
 * Waits (1 s at most) until no request is in flight and no timer or frame the widgets set is left:
 * aborted requests settle a few tasks after the removal. Anything longer-lived — an interval, a
 * debounce started for a removed element, ky's 10 s timeout, a retry wait — is still there after
 * the second and fails the test.
 */
const settle = () =>
  waitFor(
    () => pendingRequests.size === 0 && liveTimers.size === 0 && liveFrames.size === 0,
    'requests and timers to settle',
    1_000,
  ).catch(() => {});

const WARM_UP = 24;

describe.each(WIDGETS)('<$tag> on a long-lived page', (widget) => {
  it(`is mounted and removed ${MOUNTS} times without growth in heap, listeners, nodes, timers, observers or requests`, async () => {
    const host = document.createElement('div');
    document.body.append(host);
    // Warm-up: modules, styles, shared clients, Intl formatters, the HTTP cache, JIT.
    for (let i = 0; i < WARM_UP; i++) await cycle(widget, i, host);
    await settle();
    const requestsBefore = { ...requestCounts };
    const globalBefore = Object.fromEntries(globalListeners);
    const observersBefore = new Set(observing.keys());
    const timersBefore = new Set(liveTimers.keys());
    const before = await measure();
    const started = performance.now();

    for (let i = 0; i < MOUNTS; i++) await cycle(widget, i, host);
    host.remove();
    const seconds = (performance.now() - started) / 1000;
    const timersAtRemoval = liveTimers.size + liveFrames.size;
    const pendingAtRemoval = pendingRequests.size;

    await settle();
    const after = await measure();
    await tick(20); // finalization callbacks run in a task after the collection
    const retained = WARM_UP + MOUNTS - (collected.get(widget.tag) ?? 0);
    const requests = Object.fromEntries(
      Object.entries(requestCounts).map(([key, value]) => [
        key,
        value - requestsBefore[key as keyof typeof requestCounts],
      ]),
    ) as typeof requestCounts;
    const timersLeft = [...liveTimers].filter(([id]) => !timersBefore.has(id)).map(([, at]) => at);
    const observersLeft = [...observing]
      .filter(([observer]) => !observersBefore.has(observer))
      .map(([, at]) => at);
    const growth = ((after.heap / before.heap - 1) * 100).toFixed(1);
    console.log(
      `${widget.tag}: ${MOUNTS} mounts in ${seconds.toFixed(1)} s` +
        `; JS heap ${before.heap} → ${after.heap} B (${growth} %)` +
        `; jsEventListeners ${before.listeners} → ${after.listeners}` +
        `; DOM nodes ${before.nodes} → ${after.nodes}; documents ${before.documents} → ${after.documents}` +
        `; timers set ${timersCreated}, live at last removal ${timersAtRemoval}, left ${timersLeft.length + liveFrames.size}` +
        `; observers left ${observersLeft.length}; lang watchers ${watchedLangCount()}` +
        `; elements not collected ${retained} (of ${WARM_UP + MOUNTS})` +
        `; requests ${JSON.stringify(requests)}, in flight at last removal ${pendingAtRemoval}, left ${pendingRequests.size}`,
    );

    // Requests: every one started either completed or was aborted; none went anywhere but http(s).
    expect([...pendingRequests].map((request) => request.url)).toEqual([]);
    expect(requests.failed).toBe(0);
    expect(requests.nonHttp).toBe(0);
    expect(requests.aborted).toBeGreaterThan(0); // removal before the answer aborts the request
    expect(requests.completed + requests.aborted).toBe(requests.started);
    // Timers, frames, observers, the shared lang observer, listeners on window and document.
    expect(timersLeft).toEqual([]);
    expect([...liveFrames.values()]).toEqual([]);
    expect(observersLeft).toEqual([]);
    expect(watchedLangCount()).toBe(0);
    expect(Object.fromEntries(globalListeners)).toEqual(globalBefore);
    // Every removed element was garbage-collected, with its shadow DOM and listeners.
    expect(retained).toBe(0);
    expect(after.listeners).toBeLessThanOrEqual(before.listeners);
    // Nodes: a leak of even one node per ten mounts shows as ≥ 100. The count of the whole page
    // also moves by a few nodes the widgets do not own (a CI run measured the map's baseline at
    // 682 where every other run had 691, and 691 after the 1,000 mounts), so a handful is noise.
    expect(after.nodes).toBeLessThan(before.nodes + MOUNTS / 10);
    expect(after.documents).toBeLessThanOrEqual(before.documents);
    expect(after.heap).toBeLessThanOrEqual(before.heap * 1.1);
  }, 120_000);
});
