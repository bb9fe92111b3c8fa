// A keyboard-only visit of <saxon-event-list>: real key presses (Playwright) against the demo API
// running in the page with a fixed demo day (16 March 2026) as its clock.
import { createDirectoryClient } from '@saxon-ai/sdk';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createDemoApi } from '@saxon-ai/demo-api';
import { mount, until } from '../../test/fixture.js';
import './define.js';

const app = createDemoApi({ now: () => new Date('2026-03-16T10:00:00+01:00') });
const client = createDirectoryClient({
  baseUrl: 'https://fixed-clock.invalid/directory/v1',
  fetch: (input, init) => Promise.resolve(app.fetch(new Request(input, init))),
});

/** The focused element, looked up through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const partOf = (element: Element | null) => element?.getAttribute('part') ?? element?.localName;

/** Presses Tab until `done(focused)` holds (at most `limit` times); returns the parts passed. */
async function tabUntil(done: (element: Element | null) => boolean, limit = 40) {
  const passed: (string | null | undefined)[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await userEvent.tab();
    passed.push(partOf(focused()));
    if (done(focused())) return passed;
  }
  throw new Error(`not reached after ${limit} Tab presses; passed ${passed.join(', ')}`);
}

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => document.body.replaceChildren());

it('can be used with the keyboard alone: filter, follow an event, load more, subscribe', async () => {
  const before = document.createElement('button');
  before.textContent = 'Vorher';
  const el = document.createElement('saxon-event-list');
  el.client = client;
  el.filters = true;
  el.limit = 3;
  document.body.append(before);
  await mount(el);
  const root = el.shadowRoot!;
  const status = () => root.querySelector('[part="status"]')!.textContent!.trim();
  const events = () => [...root.querySelectorAll('[part~="event"]')];
  await until(() => expect(events()).toHaveLength(3));
  const selected: string[] = [];
  el.addEventListener('saxon-event-select', (event) => {
    selected.push(event.detail.event.id);
    event.preventDefault(); // the page shows the event itself; the test page stays
  });

  // 1. Into the element: past the skip link ("Veranstaltungen überspringen"), the first control
  // is the topic filter, with a visible focus ring.
  before.focus();
  await userEvent.tab();
  expect(partOf(focused())).toBe('skip-widget');
  await userEvent.tab();
  const topic = root.querySelector<HTMLSelectElement>('#filter-topic')!;
  expect(focused()).toBe(topic);
  expect(getComputedStyle(topic).outlineStyle).toBe('solid');

  // 2. Choose "Aus- und Weiterbildung" with the arrow keys; the list follows.
  const wanted = [...topic.options].findIndex((o) => o.value === 'education');
  for (let i = 0; i < wanted; i++) await userEvent.keyboard('{ArrowDown}');
  expect(topic.value).toBe('education');
  await until(() => expect(status()).toBe('3 von 4 Veranstaltungen angezeigt'));
  expect(focused()).toBe(topic); // reloading did not steal focus

  // 3. On through the place and attendance filters to the first event's title; Enter selects it.
  const toTitle = await tabUntil((element) => partOf(element) === 'title-link');
  expect(toTitle.slice(0, 2)).toEqual(['filter-select', 'filter-select']);
  const firstId = events()[0]!.getAttribute('data-event-id')!;
  expect(focused()!.closest('[data-event-id]')!.getAttribute('data-event-id')).toBe(firstId);
  await userEvent.keyboard('{Enter}');
  expect(selected).toEqual([firstId]);

  // 4. Its calendar links come next: the .ics file, Google Calendar, Outlook.
  await userEvent.tab();
  expect(partOf(focused())).toBe('ical-link');
  await userEvent.tab();
  expect(partOf(focused())).toBe('google-calendar-link');
  await userEvent.tab();
  expect(partOf(focused())).toBe('outlook-calendar-link');

  // 5. "Weitere Veranstaltungen laden" with Enter: focus lands on the first new event, the count
  // is announced, and Tab goes on into it.
  await tabUntil((element) => partOf(element)?.includes('more-button') ?? false);
  await userEvent.keyboard('{Enter}');
  await until(() => expect(events()).toHaveLength(4));
  await until(() => expect(focused()).toBe(events()[3]));
  expect(status()).toBe('4 Veranstaltungen');
  expect(root.querySelector('[part~="more-button"]')).toBeNull(); // nothing more to load
  await userEvent.tab();
  expect(focused()!.closest('[data-event-id]')).toBe(events()[3]);

  // 6. The last stops are the calendar subscription and its https address; Shift+Tab walks back.
  await tabUntil((element) => partOf(element) === 'subscribe-link');
  expect((focused() as HTMLAnchorElement).href).toMatch(/^webcal:/);
  await userEvent.tab();
  expect(partOf(focused())).toBe('feed-link');
  await userEvent.tab({ shift: true });
  await userEvent.tab({ shift: true });
  expect(focused()!.closest('[data-event-id]')).toBe(events()[3]);
});
