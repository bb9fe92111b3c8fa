import { createDirectoryClient, type DirectoryClient } from '@saxon-ai/sdk';
import { page } from 'vitest/browser';
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { mount, sleep, until } from '../../test/fixture.js';
import type { SaxonActorMap } from './actor-map.js';
import './define.js';

// The API is reached as `localhost`, tiles come from `127.0.0.1`: two different hosts, so a tile
// request is never mistaken for an API request.
const server = inject('demoApiUrl');
const apiUrl = `${server.replace('//127.0.0.1:', '//localhost:')}/directory/v1`;
const apiOrigin = new URL(apiUrl).origin;
const tileTemplate = `${server}/tiles/{z}/{x}/{y}.png`;
const control = (path: string, init?: RequestInit) => fetch(`${server}/__control${path}`, init);
const loggedPaths = async () =>
  ((await (await control('/requests')).json()) as { url: string }[]).map((entry) => entry.url);

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const statusText = (el: Element) => q(el, '[part~="status"]')!.textContent!.trim();
const loaded = (el: Element) =>
  until(() => expect(statusText(el)).toBe('50 Akteure auf der Karte'), 5000);
let testStart = 0;
/** Requests the page started during this test (a removed element's image may still finish later). */
const resources = () =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
    (entry) => entry.startTime >= testStart,
  );
const tileRequests = () => resources().filter((entry) => entry.name.includes('/tiles/'));

function actorMap(attributes: Record<string, string>, setup?: (el: SaxonActorMap) => void) {
  const el = document.createElement('saxon-actor-map');
  el.setAttribute('api-url', apiUrl);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  setup?.(el);
  return mount(el);
}

beforeAll(async () => {
  await page.viewport(1000, 900);
});
beforeEach(async () => {
  document.documentElement.lang = 'de';
  localStorage.clear();
  await control('/requests', { method: 'DELETE' });
  // after the control call above: from here on, only the element's own requests are timed
  performance.clearResourceTimings();
  performance.setResourceTimingBufferSize(5000);
  testStart = performance.now();
});
afterEach(async () => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  localStorage.clear();
  await control('/faults', { method: 'DELETE' });
});

describe('<saxon-actor-map> privacy', () => {
  it('by default requests nothing from any host but the API, in map, list and detail', async () => {
    const el = await actorMap({});
    await loaded(el);
    q(el, '.marker, .cluster')!.click(); // zoom into a cluster or open an actor
    q(el, '[part="view-button"]:last-child')!.click();
    await until(() => expect(q(el, '[part="item-button"]')).not.toBeNull());
    q(el, '[part="item-button"]')!.click();
    await until(() => expect(q(el, '[part="detail-facts"]')).not.toBeNull());
    q(el, '[part="show-on-map"]')!.click();
    await sleep(300);

    // every request the page made, but the test's own calls to the demo API's control endpoint
    const requests = resources().filter((entry) => !entry.name.includes('/__control/'));
    const hosts = new Set(requests.map((entry) => new URL(entry.name).origin));
    expect(hosts.has(apiOrigin)).toBe(true); // the log works: the API calls are in it
    expect(
      [...hosts].filter((origin) => origin !== apiOrigin && origin !== location.origin),
    ).toEqual([]);
    expect(requests.filter((entry) => entry.initiatorType === 'img')).toEqual([]);
    expect((await loggedPaths()).every((path) => path.startsWith('/directory/v1/'))).toBe(true);
    expect(localStorage.length).toBe(0);
  });

  it('with tiles set, loads no tile before the consent click and tiles after it', async () => {
    const el = await actorMap({ tiles: tileTemplate, 'tile-attribution': '© Test-Kacheln' });
    await loaded(el);
    const consent = q(el, '[part="consent"]')!;
    expect(consent.textContent).toContain(new URL(server).host); // names the host …
    expect(consent.textContent).toContain('IP-Adresse'); // … and what it would receive
    await sleep(300);
    expect(tileRequests()).toEqual([]);
    expect((await loggedPaths()).filter((path) => path.startsWith('/tiles/'))).toEqual([]);
    expect(q(el, '[part="attribution"]')!.textContent).not.toContain('Test-Kacheln');

    // "Nicht jetzt" closes the overlay without loading; the map's controls offer it again
    q(el, '[part="consent-later"]')!.click();
    await el.updateComplete;
    expect(q(el, '[part="consent"]')).toBeNull();
    const ask = el.shadowRoot!.activeElement as HTMLElement;
    expect(ask.textContent!.trim()).toBe('Hintergrundkarte …');
    ask.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).toBe(q(el, '[part="consent-button"]'));
    expect(tileRequests()).toEqual([]);

    q(el, '[part="consent-button"]')!.click();
    await until(() => expect(tileRequests().length).toBeGreaterThan(0));
    await until(async () =>
      expect((await loggedPaths()).some((path) => /^\/tiles\/\d+\/\d+\/\d+\.png$/.test(path))).toBe(
        true,
      ),
    );
    expect(q(el, '[part="consent"]')).toBeNull();
    expect(q(el, '[part="attribution"]')!.textContent).toContain(
      '© GeoBasis-DE / BKG · © Test-Kacheln',
    );
    expect(el.shadowRoot!.activeElement).toBe(q(el, '.surface'));
    expect(localStorage.length).toBe(0); // consent-remember not set: nothing stored
  });

  it('remembers the consent only when the page offers it and the visitor asks for it', async () => {
    const first = await actorMap({ tiles: tileTemplate, 'consent-remember': '' });
    await loaded(first);
    const remember = q(first, '[part="consent"] input[type="checkbox"]') as HTMLInputElement;
    expect(remember.checked).toBe(false);
    remember.click();
    q(first, '[part="consent-button"]')!.click();
    await until(() => expect(tileRequests().length).toBeGreaterThan(0));
    expect(localStorage.length).toBe(1);
    first.remove();

    const second = await actorMap({ tiles: tileTemplate, 'consent-remember': '' });
    await loaded(second);
    expect(q(second, '[part="consent"]')).toBeNull();
    // Tiles are laid out once the map knows its size (it follows its container), after the data.
    await until(() => expect(q(second, '.tile')).not.toBeNull());
    // the visitor withdraws: tiles go, the stored choice too, and the overlay is back
    [...second.shadowRoot!.querySelectorAll<HTMLElement>('[part="map-control"]')]
      .find((button) => button.textContent!.includes('ausblenden'))!
      .click();
    await second.updateComplete;
    expect(q(second, '.tile')).toBeNull();
    expect(q(second, '[part="consent"]')).not.toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('leaves nothing behind when removed: request aborted, no observer, no listener, no timer at work', async () => {
    await control('/faults', {
      method: 'PUT',
      body: JSON.stringify([{ path: '/directory/v1/actors.geojson', latencyMs: 1500 }]),
      headers: { 'content-type': 'application/json' },
    });
    const calls: { url: string; signal: AbortSignal; answered: boolean }[] = [];
    const client: DirectoryClient = createDirectoryClient({
      baseUrl: apiUrl,
      retry: 0,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        const call = { url: request.url, signal: request.signal, answered: false };
        calls.push(call);
        const response = await fetch(request, { cache: 'no-store' });
        call.answered = true;
        return response;
      },
    });
    const pending = () => calls.filter((call) => !call.answered);
    const observers = new Set<ResizeObserver>();
    const NativeResizeObserver = window.ResizeObserver;
    vi.stubGlobal(
      'ResizeObserver',
      class extends NativeResizeObserver {
        override observe(target: Element, options?: ResizeObserverOptions) {
          observers.add(this);
          super.observe(target, options);
        }
        override disconnect() {
          observers.delete(this);
          super.disconnect();
        }
      },
    );
    const added: unknown[] = [];
    for (const target of [window, document]) {
      const add = target.addEventListener.bind(target);
      vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
        added.push(listener);
        add(type, listener, options);
      });
    }

    const el = await actorMap({ tiles: tileTemplate }, (e) => (e.client = client));
    await until(() =>
      expect(pending().map((call) => new URL(call.url).pathname)).toEqual([
        '/directory/v1/actors.geojson',
      ]),
    );
    await until(() => expect(observers.size).toBe(1));
    // start a debounced search, then leave the page before it is sent
    const search = q(el, '#filter-text') as HTMLInputElement;
    search.value = 'Robotik';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const mutations: MutationRecord[] = [];
    const watcher = new MutationObserver((records) => mutations.push(...records));
    watcher.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    const requestsBefore = calls.length;

    el.remove();
    await until(() => expect(pending().every((call) => call.signal.aborted)).toBe(true));
    expect(observers.size).toBe(0);
    expect(added).toEqual([]); // no listener on window or document, ever
    await sleep(700); // past the debounce and the fault's latency
    expect(calls).toHaveLength(requestsBefore);
    expect((await loggedPaths()).filter((path) => path.includes('Robotik'))).toEqual([]);
    expect(mutations).toEqual([]);
    expect(observers.size).toBe(0);
    watcher.disconnect();
  });
});
