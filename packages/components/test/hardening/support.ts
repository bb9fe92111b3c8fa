// Helpers of the hardening browser tests (broken responses, faults): the shared demo API and its
// test-only control endpoint, the browser's network switched by DevTools (HTTP cache off, the API
// offline), uncaught errors collected, and the widgets described once so a test can run against
// each of them. Not part of the package. The exports are stable: other hardening tests import them.
import { createDirectoryClient, createOpenDataClient, type PortalType } from '@saxon-ai/sdk';
import { cdp, userEvent } from 'vitest/browser';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import type { FaultRule } from '../../../demo-api/src/index.js';
import { mount, until } from '../fixture.js';
import '../../src/define.js';

export type { FaultRule };

/** The demo API shared by all browser test files (`http://127.0.0.1:<port>`); control calls go here. */
export const server = inject('demoApiUrl');

/**
 * The origin widgets talk to: the same API as `localhost`, so that its answers never share the
 * browser's HTTP cache with the SDK's own tests, which use `127.0.0.1`.
 */
export const origin = server.replace('//127.0.0.1:', '//localhost:');

/** Where the demo API serves each kind of API, as a widget's `api-url`. */
export const apiUrls = {
  ckan: `${origin}/ckan`,
  entrystore: `${origin}/entrystore/store`,
  directory: `${origin}/directory/v1`,
} as const;

/** A call to the demo API's test-only control endpoint (`/__control…`); fails on an error status. */
export async function control(path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(`${server}/__control${path}`, { cache: 'no-store', ...init });
  if (!response.ok) throw new Error(`control ${path}: HTTP ${response.status}`);
  return response;
}

/** Switches the given fault rules on (replacing any before). */
export async function setFaults(rules: FaultRule[]): Promise<void> {
  await control('/faults', {
    method: 'PUT',
    body: JSON.stringify(rules),
    headers: { 'content-type': 'application/json' },
  });
}

/** Switches every fault off. */
export async function clearFaults(): Promise<void> {
  await control('/faults', { method: 'DELETE' });
}

/** One request the demo API received: `url` is path and query, e.g. `/directory/v1/topics?lang=de`. */
export interface LoggedRequest {
  method: string;
  url: string;
  at: number;
}

/** The requests the demo API received since the log was last cleared, oldest first. */
export async function loggedRequests(): Promise<LoggedRequest[]> {
  return (await (await control('/requests')).json()) as LoggedRequest[];
}

/** Empties the demo API's request log. */
export async function clearRequestLog(): Promise<void> {
  await control('/requests', { method: 'DELETE' });
}

/**
 * Switches the browser's HTTP cache off (DevTools `Network.setCacheDisabled`) for the tests of the
 * calling file, and on again after them. The demo API's answers may be cached for 60 s, so without
 * this a widget configured by attributes — with its real default client — could be answered from
 * the cache and never meet a fault. Call at the top level of a test file.
 */
export function withoutHttpCache(): void {
  beforeAll(async () => {
    const session = cdp();
    await session.send('Network.enable');
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  });
  afterAll(async () => {
    await cdp().send('Network.setCacheDisabled', { cacheDisabled: false });
  });
}

/**
 * Takes the widgets' API offline, or back online, with DevTools' own network emulation
 * (`Network.emulateNetworkConditionsByRule`, offline for `localhost:<port>`): requests to it fail
 * as they do without a network (`TypeError: Failed to fetch`). Only that origin: the test runner's
 * connection and the control endpoint (`127.0.0.1`) stay online. Always go online again in
 * `afterEach`.
 */
export async function setApiOffline(offline: boolean): Promise<void> {
  await cdp().send(
    'Network.emulateNetworkConditionsByRule' as never,
    {
      offline,
      matchedNetworkConditions: offline
        ? [{ urlPattern: `${origin}/*`, latency: 0, downloadThroughput: -1, uploadThroughput: -1 }]
        : [],
    } as never,
  );
}

/**
 * The origin of a local port that refuses connections (nothing listens there), for "the server is
 * unreachable". Checked before it is returned.
 */
export async function closedPortOrigin(): Promise<string> {
  for (const port of [65_531, 65_529, 65_527, 65_521]) {
    const candidate = `http://localhost:${port}`;
    const refused = await fetch(`${candidate}/`, { cache: 'no-store' }).then(
      () => false,
      (error: unknown) => error instanceof TypeError,
    );
    if (refused) return candidate;
  }
  throw new Error('no closed local port found');
}

/**
 * Collects what reaches `window` as an uncaught error or an unhandled promise rejection during each
 * test of the calling file. Read `list` in the test; it is emptied before every test.
 */
export function watchUncaught(): { readonly list: string[] } {
  const list: string[] = [];
  const onError = (event: ErrorEvent) =>
    list.push(`error: ${String(event.error ?? event.message)}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    list.push(`unhandledrejection: ${String(event.reason)}`);
  beforeEach(() => {
    list.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return { list };
}

/** The widget's error panel (`part="error"`), or null. */
export const errorPanel = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]');

/** A part of the error panel (in its own shadow root): `title`, `message` or `retry-button`. */
const panelPart = <T extends HTMLElement = HTMLElement>(el: Element, name: string) =>
  errorPanel(el)?.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;

/** The message of the widget's error panel, e.g. "Der Server ist nicht erreichbar. …". */
export const errorMessage = (el: Element) => panelPart(el, 'message')?.textContent?.trim() ?? '';

/** The retry button of the widget's error panel, or null. */
export const retryButton = (el: Element) => panelPart<HTMLButtonElement>(el, 'retry-button');

/**
 * The failure the error panel describes, as the SDK reported it: its stable `code` (`invalid_json`,
 * `response_too_large`, `timeout`, `rate_limited`, …) and, for a 429, the `retryAfter` seconds.
 */
export const shownError = (el: Element) =>
  ((errorPanel(el) as { error?: unknown } | null)?.error ?? {}) as {
    code?: string;
    retryAfter?: number;
  };

/** The text of the widget's `role="status"` live region (`part="status"`). */
export const liveText = (el: Element) =>
  el.shadowRoot!.querySelector('[part~="status"]')?.textContent?.trim() ?? '';

/** The currently focused element, through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Waits for the error panel and checks what a visitor gets: the German title, `message` (a part of
 * the explanation), the live region saying the same, and a retry button.
 */
export async function expectErrorShown(el: Element, message: string | RegExp, timeout = 8000) {
  await until(() => expect(panelPart(el, 'title')).not.toBeNull(), timeout);
  expect(panelPart(el, 'title')!.textContent!.trim()).toBe(
    'Die Daten konnten nicht geladen werden.',
  );
  const shown = errorMessage(el);
  if (typeof message === 'string') expect(shown).toContain(message);
  else expect(shown).toMatch(message);
  expect(liveText(el)).toBe(shown);
  expect(retryButton(el)).not.toBeNull();
  expect(retryButton(el)!.textContent!.trim()).toBe('Erneut versuchen');
}

/** Presses the retry button: with the mouse, or focused and with Enter as a keyboard user does. */
export async function pressRetry(el: Element, how: 'click' | 'keyboard'): Promise<void> {
  const button = retryButton(el);
  if (!button) throw new Error('no retry button');
  if (how === 'click') {
    await userEvent.click(button);
  } else {
    button.focus();
    expect(deepActiveElement()).toBe(button);
    await userEvent.keyboard('{Enter}');
  }
}

/** The German messages of the error panel, per kind of failure. */
export const MESSAGES = {
  network: 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung.',
  timeout: 'Der Server hat nicht rechtzeitig geantwortet.',
  server: 'Auf dem Server ist ein Fehler aufgetreten.',
  invalid: 'Der Server hat Daten in einem unerwarteten Format geschickt.',
  tooLarge: 'Die Antwort des Servers ist zu groß, um sie hier anzuzeigen.',
  rateLimited: (when: string) =>
    `Der Server ist gerade ausgelastet. Bitte versuchen Sie es ${when} erneut.`,
} as const;

/** A widget under test, set up the way a page does it: by attributes, with its own SDK client. */
export interface WidgetUnderTest {
  /** For test names, e.g. `<saxon-dataset-search> (CKAN)`. */
  name: string;
  /** Which mount of the demo API serves its data. */
  api: 'ckan' | 'entrystore' | 'directory';
  /** Path prefix of its data requests, for a fault rule. */
  faultPath: string;
  /** Whether a logged request (path and query) is one of its data requests. */
  isDataRequest: (url: string) => boolean;
  /** A new element with its attributes set to the demo API (not yet on the page). */
  create: () => HTMLElement;
  /** A client of the demo API with a per-attempt time limit, to set as the `client` property. */
  clientWithTimeout: (ms: number) => unknown;
  /** Waits until it shows data, loaded (not a placeholder, error or empty state, nor loading). */
  dataShown: (el: HTMLElement, timeout?: number) => Promise<void>;
}

const shows = (el: HTMLElement, selector: string, timeout: number) =>
  until(() => {
    expect(errorPanel(el)).toBeNull();
    // not the previous answer, kept on screen while the next one loads
    expect(el.shadowRoot!.querySelector('[part~="content"]')!.getAttribute('aria-busy')).toBe(
      'false',
    );
    expect(el.shadowRoot!.querySelectorAll(selector).length).toBeGreaterThan(0);
  }, timeout);

const element = (tag: string, attributes: Record<string, string>) => {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
};

const datasetSearch = (type: PortalType): WidgetUnderTest => ({
  name: `<saxon-dataset-search> (${type === 'ckan' ? 'CKAN' : 'EntryStore'})`,
  api: type,
  faultPath: type === 'ckan' ? '/ckan/api/3/action/package_search' : '/entrystore/store/search',
  isDataRequest: (url) =>
    type === 'ckan'
      ? url.startsWith('/ckan/api/3/action/package_search')
      : url.startsWith('/entrystore/store/search') &&
        decodeURIComponent(url).includes('dcat#Dataset') &&
        !decodeURIComponent(url).includes('limit=1&'),
  create: () => element('saxon-dataset-search', { 'api-type': type, 'api-url': apiUrls[type] }),
  clientWithTimeout: (timeout) => createOpenDataClient({ type, baseUrl: apiUrls[type], timeout }),
  dataShown: (el, timeout = 8000) => shows(el, '[part~="result"]', timeout),
});

const directoryWidget = (
  name: string,
  tag: string,
  resource: string,
  selector: string,
): WidgetUnderTest => ({
  name,
  api: 'directory',
  faultPath: `/directory/v1/${resource}`,
  isDataRequest: (url) => url.startsWith(`/directory/v1/${resource}`),
  create: () => element(tag, { 'api-url': apiUrls.directory }),
  clientWithTimeout: (timeout) => createDirectoryClient({ baseUrl: apiUrls.directory, timeout }),
  dataShown: (el, timeout = 8000) => shows(el, selector, timeout),
});

/** Every widget, each with the demo API mount it reads. */
export const WIDGETS: readonly WidgetUnderTest[] = [
  datasetSearch('ckan'),
  datasetSearch('entrystore'),
  // The map's actors arrive as GeoJSON (`/actors.geojson`); a missing topic list only empties
  // the topic filter, so the faults aim at the actors.
  directoryWidget(
    '<saxon-actor-map>',
    'saxon-actor-map',
    'actors',
    '[part~="marker"], [part~="cluster"]',
  ),
  directoryWidget('<saxon-event-list>', 'saxon-event-list', 'events', '[part~="event"]'),
  directoryWidget('<saxon-topic-list>', 'saxon-topic-list', 'topics', '[part~="item"]'),
];

/** Puts `el` on the page and waits for its first render. */
export const place = <T extends HTMLElement>(el: T) => mount(el);
