import { createDirectoryClient, type DirectoryClient } from '@saxon-ai/sdk';
import { page } from 'vitest/browser';
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { createDemoApi } from '@saxon-ai/demo-api';
import { deepQuery, deepText, mount, sleep, until } from '../../test/fixture.js';
import type { SaxonActorMap } from './actor-map.js';
import './define.js';

const server = inject('demoApiUrl');
const apiUrl = `${server.replace('//127.0.0.1:', '//localhost:')}/directory/v1`;
const api = createDirectoryClient({ baseUrl: apiUrl });
const control = (path: string, init?: RequestInit) => fetch(`${server}/__control${path}`, init);
const setFaults = (rules: unknown[]) =>
  control('/faults', {
    method: 'PUT',
    body: JSON.stringify(rules),
    headers: { 'content-type': 'application/json' },
  });
/** Bypasses the browser's HTTP cache, so faults switched on between two loads are seen. */
const uncachedClient = (): DirectoryClient =>
  createDirectoryClient({
    baseUrl: apiUrl,
    retry: 0,
    fetch: (input, init) => fetch(new Request(input, init), { cache: 'no-store' }),
  });

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const qa = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const statusText = (el: Element) => q(el, '[part~="status"]')!.textContent!.trim();

function actorMap(attributes: Record<string, string>, setup?: (el: SaxonActorMap) => void) {
  const el = document.createElement('saxon-actor-map');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  setup?.(el);
  return mount(el);
}

beforeAll(async () => {
  await page.viewport(1000, 900);
});
beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(async () => {
  document.body.replaceChildren();
  document.documentElement.lang = 'de';
  vi.restoreAllMocks();
  await control('/faults', { method: 'DELETE' });
});

describe('<saxon-actor-map> states', () => {
  it('shows the map while loading, the error panel when the directory fails, and loads again on retry', async () => {
    await setFaults([{ path: '/directory/v1/actors.geojson', latencyMs: 500, times: 1 }]);
    const el = await actorMap({}, (e) => (e.client = uncachedClient()));
    // loading: the bundled map is there at once, the area is busy, the live region silent
    await until(() => expect(qa(el, '.kreis')).toHaveLength(13));
    expect(q(el, '[part="content"]')!.getAttribute('aria-busy')).toBe('true');
    expect(statusText(el)).toBe('');
    await until(() => expect(statusText(el)).toBe('50 Akteure auf der Karte'));
    expect(q(el, '[part="content"]')!.getAttribute('aria-busy')).toBe('false');

    await setFaults([{ path: '/directory/v1/actors.geojson', status: 503 }]);
    el.client = uncachedClient();
    await until(() => expect(q(el, '[part="error"]')).not.toBeNull());
    expect(deepText(q(el, '[part="error"]')!)).toContain(
      'Auf dem Server ist ein Fehler aufgetreten.',
    );
    expect(statusText(el)).toBe('Auf dem Server ist ein Fehler aufgetreten.');
    expect(q(el, '.surface')).toBeNull();

    await control('/faults', { method: 'DELETE' });
    deepQuery<HTMLButtonElement>(el.shadowRoot!, 'button[part="retry-button"]')!.click();
    await until(() => expect(statusText(el)).toBe('50 Akteure auf der Karte'));
    expect(q(el, '[part="error"]')).toBeNull();
  });

  it('says so when no actor matches, and keeps the map usable', async () => {
    const el = await actorMap({ 'api-url': apiUrl, text: 'Quantenbäckerei Zzyzx' });
    await until(() => expect(statusText(el)).toBe('Keine Akteure passen zu diesen Filtern.'));
    // the slotted text replaces the empty state's generic one
    expect(q(el, '[part="empty"]')!.textContent!.trim()).toBe(
      'Keine Akteure passen zu diesen Filtern.',
    );
    expect(q(el, '.surface')).not.toBeNull();
    expect(qa(el, '.marker, .cluster')).toHaveLength(0);
    q(el, '[part="view-button"]:last-child')!.click();
    await el.updateComplete;
    expect(q(el, '[part="list"]')).toBeNull();
    expect(q(el, '[part="empty"]')).not.toBeNull();
  });

  it('tells the webmaster when api-url is missing, without a retry button', async () => {
    const el = await actorMap({});
    await until(() => expect(q(el, '[part="error"]')).not.toBeNull());
    expect(deepText(q(el, '[part="error"]')!)).toContain(
      'Das Attribut „api-url“ fehlt oder ist ungültig.',
    );
    expect(deepQuery(q(el, '[part="error"]')!, 'button')).toBeNull();
  });

  it('takes its first filters and view from attributes, and warns about unusable ones', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await actorMap({
      'api-url': apiUrl,
      category: 'research network',
      ags: '14612',
      view: 'list',
    });
    const expected = await api.actors.list({
      category: ['research', 'network'],
      ags: '14612',
      limit: 1,
    });
    await until(() => expect(statusText(el)).toBe(`${expected.total} Akteure in der Liste`));
    expect((q(el, '#filter-kreis') as HTMLSelectElement).value).toBe('14612');
    expect(qa(el, '.check input:checked').map((box) => (box as HTMLInputElement).value)).toEqual([
      'research',
      'network',
    ]);
    expect(warn).not.toHaveBeenCalled();

    const wrong = await actorMap({
      'api-url': apiUrl,
      category: 'robots',
      ags: '99999',
      view: 'globe',
      tiles: 'ftp://tiles.example/{z}/{x}/{y}.png',
      'heading-level': '9',
    });
    await until(() => expect(statusText(wrong)).toBe('50 Akteure auf der Karte'));
    expect(warn).toHaveBeenCalledTimes(5);
    expect(q(wrong, '[part="consent"]')).toBeNull();
  });

  it('speaks the page language: its own texts and the topic labels', async () => {
    document.documentElement.lang = 'en';
    const el = await actorMap({ 'api-url': apiUrl });
    await until(() => expect(statusText(el)).toBe('50 actors on the map'));
    await until(() => expect(deepText(q(el, '#filter-topic')!)).toContain('Machine learning'));
    expect(deepText(q(el, '[part="legend"]')!)).toContain('Business');
    expect(deepText(q(el, '#filter-kreis')!)).toContain('Leipzig (city)');
    // the markers follow the count once the map has its size (a later frame under load)
    await until(() => expect(q(el, '.cluster')).not.toBeNull());
    const cluster = q(el, '.cluster')!;
    expect(cluster.querySelector('.tip')!.textContent).toMatch(/^\d+ actors – (zoom in|show)/);
    document.documentElement.lang = 'de';
    await until(() => expect(statusText(el)).toBe('50 Akteure auf der Karte'));
  });

  it('renders hostile directory text as text and refuses unsafe links', async () => {
    const hostile = createDemoApi({ hostile: true });
    const client = createDirectoryClient({
      baseUrl: 'https://hostile.invalid/directory/v1',
      fetch: (input, init) => Promise.resolve(hostile.fetch(new Request(input, init))),
    });
    const el = await actorMap({ view: 'list' }, (e) => (e.client = client));
    await until(() => expect(statusText(el)).toBe('50 Akteure in der Liste'));
    const names = qa(el, '[part="item-name"]');
    expect(names.some((name) => name.textContent!.includes('<'))).toBe(true);
    expect(names.every((name) => name.children.length === 0)).toBe(true);
    for (const row of qa(el, '[part="item-button"]').slice(0, 8)) {
      row.click();
      await until(() => expect(q(el, '[part="detail-facts"]')).not.toBeNull());
      const link = q(el, '[part="detail-website"]') as HTMLAnchorElement | null;
      if (link) expect(link.href).toMatch(/^https?:/);
      q(el, '[part="close-button"]')!.click();
      await el.updateComplete;
    }
    await sleep(100);
    expect((window as { __saxonPwned?: unknown }).__saxonPwned).toBeUndefined();
  });
});
