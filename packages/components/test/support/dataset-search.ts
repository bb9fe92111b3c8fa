// Helpers of the browser tests of <saxon-dataset-search> (vitest browser mode, Chromium, against
// the demo API on 127.0.0.1 started by scripts/test/demo-api.setup.ts). Outside src/: not part of
// the package.
import { createOpenDataClient, type OpenDataClient, type PortalType } from '@saxon-ai/sdk';
import { inject } from 'vitest';
import { mount, until } from '../fixture.js';
import type { SaxonDatasetSearch } from '../../src/dataset-search/dataset-search.js';
import '../../src/dataset-search/define.js';

export const server = inject('demoApiUrl');
// Reached as `localhost`: the browser caches the demo API's answers (max-age 60) per URL, and
// other test files (the SDK's) expect their `127.0.0.1` URLs not to be answered from that cache.
export const apiOrigin = server.replace('//127.0.0.1:', '//localhost:');

/** The demo API's emulation of a portal type. */
export const apiUrlOf = (type: PortalType) =>
  type === 'ckan' ? `${apiOrigin}/ckan` : `${apiOrigin}/entrystore/store`;

export const control = (path: string, init?: RequestInit) =>
  fetch(`${server}/__control${path}`, init);

export const setFaults = (rules: unknown[]) =>
  control('/faults', {
    method: 'PUT',
    body: JSON.stringify(rules),
    headers: { 'content-type': 'application/json' },
  });

/** Whether a request is a dataset search (not a single dataset or EntryStore's batched look-ups). */
export const isSearchRequest = (url: string) =>
  url.includes('/package_search') ||
  (url.includes('/entrystore/store/search') &&
    decodeURIComponent(url).includes('dcat#Dataset') &&
    !decodeURIComponent(url).includes('limit=1&'));

/** The dataset searches the demo API received since the log was last cleared. */
export async function searchRequestsLogged(): Promise<string[]> {
  const log = (await (await control('/requests')).json()) as { url: string }[];
  return log.map((entry) => entry.url).filter(isSearchRequest);
}

export type Fetch = typeof fetch;

/**
 * A client of the demo API that bypasses the browser's HTTP cache (so faults and request counts are
 * real) and lets a test wrap each request: `around(request, send)`.
 */
export function demoClient(
  type: PortalType,
  around?: (request: Request, send: () => Promise<Response>) => Promise<Response>,
): OpenDataClient {
  return createOpenDataClient({
    type,
    baseUrl: apiUrlOf(type),
    retry: 0,
    fetch: (input, init) => {
      const request = new Request(input, init);
      const send = () => fetch(request, { cache: 'no-store' });
      return around ? around(request, send) : send();
    },
  });
}

/** A new `<saxon-dataset-search>`, set up and on the page. */
export const datasetSearch = (setup: (el: SaxonDatasetSearch) => void) => {
  const el = document.createElement('saxon-dataset-search');
  setup(el);
  return mount(el);
};

export const shadow = (el: Element) => el.shadowRoot!;
export const part = <T extends Element = HTMLElement>(el: Element, name: string) =>
  shadow(el).querySelector<T>(`[part~="${name}"]`);
export const parts = <T extends Element = HTMLElement>(el: Element, name: string) => [
  ...shadow(el).querySelectorAll<T>(`[part~="${name}"]`),
];
export const statusText = (el: Element) => part(el, 'status')!.textContent!.trim();
export const titles = (el: Element) =>
  parts(el, 'result-link').map((link) => link.textContent!.trim());

/** Waits until results are shown (not the placeholder) and returns their titles. */
export async function resultsShown(el: Element, timeout = 5000): Promise<string[]> {
  await until(() => {
    if (part(el, 'skeleton')) throw new Error('still loading');
    if (parts(el, 'result').length === 0) throw new Error('no results');
  }, timeout);
  return titles(el);
}

/**
 * Runs `action` and waits until the load it starts has finished: the content area turned busy and
 * then idle again. Returns the titles shown then (none for an empty or failed answer).
 */
export async function afterLoad(el: Element, action: () => unknown, timeout = 5000) {
  const done = new Promise<void>((resolve, reject) => {
    let busySeen = false;
    const check = () => {
      const busy = part(el, 'content')?.getAttribute('aria-busy') === 'true';
      if (busy) busySeen = true;
      else if (busySeen) finish();
    };
    const observer = new MutationObserver(check);
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('no load started and finished'));
    }, timeout);
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    observer.observe(shadow(el), {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-busy'],
    });
  });
  await Promise.all([action(), done]);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return titles(el);
}

/** The checkbox of a facet value, found by the value's label. */
export function facetCheckbox(el: Element, facet: string, label: string): HTMLInputElement {
  const key = `facet:${facet}:`;
  const box = parts<HTMLInputElement>(el, 'facet-checkbox').find(
    (input) =>
      input.dataset['focusKey']!.startsWith(key) &&
      input.closest('label')!.querySelector('.option-label')!.textContent!.trim() === label,
  );
  if (!box) throw new Error(`no ${facet} checkbox labelled ${label}`);
  return box;
}

/** The count shown beside a facet value. */
export const facetCount = (box: HTMLInputElement) =>
  Number(box.closest('label')!.querySelector('.count')!.textContent!.replace(/\D/g, ''));

/** The currently focused element inside the widget's shadow root (through nested roots). */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
