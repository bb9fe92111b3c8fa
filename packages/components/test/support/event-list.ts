// What the event list's test files share: the demo API running in the page with a fixed
// demo day (16 March 2026) as its clock (so dates, months and counts are the same every day), a client of it,
// mounting, part look-ups and the page reset between tests.
import { createDirectoryClient, type DirectoryClient } from '@saxon-ai/sdk';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { createDemoApi } from '@saxon-ai/demo-api';
import { mount, until } from '../fixture.js';
import '../../src/event-list/define.js';
import type { SaxonEventList } from '../../src/event-list/event-list.js';

export const NOW = '2026-03-16T10:00:00+01:00';
export const BASE = 'https://fixed-clock.invalid/directory/v1';
export const app = createDemoApi({ now: () => new Date(NOW) });

/** A client of the in-page demo API; `requests` records every URL it asked for. */
export function fixedClient(
  options: { language?: 'de' | 'en'; api?: typeof app; requests?: string[] } = {},
): DirectoryClient {
  const api = options.api ?? app;
  return createDirectoryClient({
    baseUrl: BASE,
    language: options.language ?? 'de',
    fetch: (input, init) => {
      const request = new Request(input, init);
      options.requests?.push(request.url);
      return Promise.resolve(api.fetch(request));
    },
  });
}

export const eventList = (
  setup: (el: SaxonEventList) => void,
  client: DirectoryClient = fixedClient(),
) => {
  const el = document.createElement('saxon-event-list');
  el.client = client;
  setup(el);
  return mount(el);
};
export const root = (el: Element) => el.shadowRoot!;
export const part = (el: Element, name: string) => root(el).querySelector(`[part~="${name}"]`);
export const parts = (el: Element, name: string) => [
  ...root(el).querySelectorAll(`[part~="${name}"]`),
];
export const statusText = (el: Element) => part(el, 'status')!.textContent!.trim();
export const item = (el: Element, id: string) => root(el).querySelector(`[data-event-id="${id}"]`)!;
export const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
/** How many shown events still wait for their details (a long page fills them in after its frame). */
export const detailsWaiting = (el: SaxonEventList) => {
  const list = el as unknown as {
    data: { items: unknown[] };
    detailed: (event: unknown) => boolean;
  };
  return list.data.items.filter((event) => !list.detailed(event)).length;
};
/** Waits until `count` events are shown, each with its details. */
export const shown = async (el: SaxonEventList, count: number) =>
  until(() => {
    expect(parts(el, 'event')).toHaveLength(count);
    expect(detailsWaiting(el)).toBe(0);
  });

/** German page, empty body and no leftover spies around every test of the file that calls it. */
export function resetPageAroundEachTest(): void {
  beforeEach(() => {
    document.documentElement.lang = 'de';
  });
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.lang = 'de';
    vi.restoreAllMocks();
  });
}
