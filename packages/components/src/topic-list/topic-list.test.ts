import { createDirectoryClient, type DirectoryClient } from '@saxon-ai/sdk';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createDemoApi } from '@saxon-ai/demo-api';
import { deepQuery, deepText, mount, sleep, until } from '../../test/fixture.js';
import { watchedLangCount } from '../shared/i18n/lang-observer.js';
import './define.js';
import type { SaxonTopicList } from './topic-list.js';

// The demo API runs on 127.0.0.1 (scripts/test/demo-api.setup.ts); the page is on vitest's origin.
const server = inject('demoApiUrl');
// Reached as `localhost`: the browser caches the demo API's answers (max-age 60) per URL, and
// other test files (the SDK's) expect their `127.0.0.1` URLs not to be answered from that cache.
const apiUrl = `${server.replace('//127.0.0.1:', '//localhost:')}/directory/v1`;
const control = (path: string, init?: RequestInit) => fetch(`${server}/__control${path}`, init);
const setFaults = (rules: unknown[]) =>
  control('/faults', {
    method: 'PUT',
    body: JSON.stringify(rules),
    headers: { 'content-type': 'application/json' },
  });

/**
 * A client that bypasses the browser's HTTP cache (the demo API allows 60 s of caching, which would
 * hide faults switched on between two loads) and records the signal of every request it sends.
 */
function recordingClient(signals: AbortSignal[] = []): DirectoryClient {
  return createDirectoryClient({
    baseUrl: apiUrl,
    retry: 0,
    fetch: (input, init) => {
      const request = new Request(input, init);
      signals.push(request.signal);
      return fetch(request, { cache: 'no-store' });
    },
  });
}

const topicList = (setup: (el: SaxonTopicList) => void) => {
  const el = document.createElement('saxon-topic-list');
  setup(el);
  return mount(el);
};
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const statusText = (el: Element) => part(el, 'status')!.textContent!.trim();

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(async () => {
  document.body.replaceChildren();
  document.documentElement.lang = 'de';
  await control('/faults', { method: 'DELETE' });
});

describe('<saxon-topic-list> on the shared base, against the demo API', () => {
  it('shows loading → results → error → retry → results', async () => {
    await setFaults([{ path: '/directory/v1/topics', latencyMs: 600, times: 1 }]);
    const el = await topicList((e) => (e.client = recordingClient()));

    // loading: placeholders, a busy area, and a live region that is already there, still silent
    expect(part(el, 'skeleton')).not.toBeNull();
    expect(part(el, 'content')!.getAttribute('aria-busy')).toBe('true');
    expect(statusText(el)).toBe('');

    // results
    await until(() => expect(el.shadowRoot!.querySelectorAll('[part="item"]')).toHaveLength(17));
    expect(deepText(part(el, 'list')!)).toContain('Maschinelles Lernen');
    expect(deepText(part(el, 'list')!)).toMatch(/\d+ Akteure · \d+ Veranstaltung/);
    expect(statusText(el)).toBe('17 Themen');

    // error: the server refuses for ten minutes
    await setFaults([{ path: '/directory/v1/topics', status: 429, retryAfter: 600 }]);
    el.client = recordingClient();
    await until(() => expect(part(el, 'error')).not.toBeNull());
    const panelText = deepText(part(el, 'error')!);
    expect(panelText).toContain('Die Daten konnten nicht geladen werden.');
    expect(panelText).toContain('Bitte versuchen Sie es in 10 Minuten erneut.');
    expect(statusText(el)).toContain('in 10 Minuten');

    // retry, after the server has recovered
    await control('/faults', { method: 'DELETE' });
    deepQuery<HTMLButtonElement>(el.shadowRoot!, 'button[part="retry-button"]')!.click();
    await until(() => expect(el.shadowRoot!.querySelectorAll('[part="item"]')).toHaveLength(17));
    expect(part(el, 'error')).toBeNull();
    expect(statusText(el)).toBe('17 Themen');
  });

  it('aborts its request when it is removed from the DOM, and loads again when put back', async () => {
    await setFaults([{ path: '/directory/v1/topics', latencyMs: 1500 }]);
    const signals: AbortSignal[] = [];
    const el = await topicList((e) => (e.client = recordingClient(signals)));
    await until(() => expect(signals).toHaveLength(1));
    expect(signals[0]!.aborted).toBe(false);

    el.remove();
    await until(() => expect(signals[0]!.aborted).toBe(true));
    await sleep(50);
    expect(part(el, 'error')).toBeNull(); // an abort is not an error

    await control('/faults', { method: 'DELETE' });
    await mount(el);
    await until(() => expect(el.shadowRoot!.querySelectorAll('[part="item"]')).toHaveLength(17));
    expect(signals).toHaveLength(2);
  });

  it('switches language when <html lang> changes: its own texts and the API labels', async () => {
    expect(new URL(apiUrl).hostname).toBe('localhost');
    const el = await topicList((e) => e.setAttribute('api-url', apiUrl));
    await until(() => expect(statusText(el)).toBe('17 Themen'));
    expect(deepText(part(el, 'list')!)).toContain('Maschinelles Lernen');
    expect(part(el, 'list')!.getAttribute('aria-label')).toBe('Themen');

    document.documentElement.lang = 'en';
    await until(() => expect(statusText(el)).toBe('17 topics'));
    await until(() => expect(deepText(part(el, 'list')!)).toContain('Machine learning'));
    expect(deepText(part(el, 'list')!)).toMatch(/\d+ actors · \d+ event/);
    expect(part(el, 'list')!.getAttribute('aria-label')).toBe('Topics');

    // the page's language no longer matters once the element has its own
    el.lang = 'de';
    await until(() => expect(statusText(el)).toBe('17 Themen'));
  });

  it('stops watching the language when it leaves the DOM', async () => {
    const before = watchedLangCount();
    const el = await topicList((e) => e.setAttribute('api-url', apiUrl));
    expect(watchedLangCount()).toBeGreaterThan(before);
    el.remove();
    expect(watchedLangCount()).toBe(before);
  });

  it('tells the webmaster when api-url is missing, without a retry button', async () => {
    const el = await topicList(() => {});
    await until(() => expect(part(el, 'error')).not.toBeNull());
    expect(deepText(part(el, 'error')!)).toContain(
      'Das Attribut „api-url“ fehlt oder ist ungültig.',
    );
    expect(deepQuery(el.shadowRoot!, 'button')).toBeNull();
  });

  it('renders hostile portal text as text', async () => {
    const hostile = createDemoApi({ hostile: true });
    const client = createDirectoryClient({
      baseUrl: 'https://hostile.invalid/directory/v1',
      fetch: (input, init) => Promise.resolve(hostile.fetch(new Request(input, init))),
    });
    const el = await topicList((e) => (e.client = client));
    await until(() => expect(el.shadowRoot!.querySelectorAll('[part="item"]').length).toBe(17));
    await sleep(100);
    const labels = [...el.shadowRoot!.querySelectorAll('[part="label"]')];
    expect(labels.some((label) => label.textContent!.includes('<'))).toBe(true);
    expect(labels.every((label) => label.children.length === 0)).toBe(true);
    expect((window as { __saxonPwned?: unknown }).__saxonPwned).toBeUndefined();
  });
});
