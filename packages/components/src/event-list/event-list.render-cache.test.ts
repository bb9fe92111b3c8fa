// Events already shown keep their markup when "Weitere Veranstaltungen laden" appends a page (each
// event's dates, links and texts are worked out once — see `renderMonths`). These tests hold that
// such kept markup still follows everything it depends on: texts the page registers later, the
// page language, the layout and the selection.
import { describe, expect, it } from 'vitest';
import { until } from '../../test/fixture.js';
import { registerLocale } from '../shared/i18n/locales.js';
import {
  eventList,
  item,
  part,
  parts,
  resetPageAroundEachTest,
  shown,
  text,
} from '../../test/support/event-list.js';

resetPageAroundEachTest();

const FIRST = 'demo-open-data-hackathon-sachsen';
const icalText = (el: Element, id: string) =>
  text(item(el, id).querySelector('[part~="ical-link"]'));

/** A list of 5 events that has appended a second page of 5. */
async function twoPages() {
  const el = await eventList((e) => (e.limit = 5));
  await shown(el, 5);
  const firstItem = item(el, FIRST);
  (part(el, 'more-button') as HTMLButtonElement).click();
  await shown(el, 10);
  // the first page's events are the same elements, not drawn anew
  expect(item(el, FIRST)).toBe(firstItem);
  return el;
}

describe('<saxon-event-list>: markup kept across "load more"', () => {
  it('follows texts the page registers later, and the page language', async () => {
    const el = await twoPages();
    registerLocale('dsb', { eventListAddToCalendar: 'Merken' });
    document.documentElement.lang = 'dsb';
    await until(() => expect(icalText(el, FIRST)).toMatch(/^Merken:/));
    document.documentElement.lang = 'en';
    await until(() => expect(icalText(el, FIRST)).toMatch(/^Add to calendar:/));
  });

  it('follows the layout and the selection', async () => {
    const el = await twoPages();
    expect(item(el, FIRST).querySelector('[part~="description"]')).not.toBeNull();
    el.layout = 'compact';
    await until(() => expect(item(el, FIRST).querySelector('[part~="description"]')).toBeNull());

    // the page keeps the visitor here (cancels the event) and the list marks the selection
    el.addEventListener('saxon-event-select', (event) => event.preventDefault());
    const linked = parts(el, 'event').filter((event) =>
      event.querySelector('[part~="title-link"]'),
    );
    const [early, late] = [linked[0]!, linked.at(-1)!]; // one of each page
    expect(parts(el, 'event').indexOf(late)).toBeGreaterThanOrEqual(5);
    late.querySelector<HTMLAnchorElement>('[part~="title-link"]')!.click();
    await until(() => expect(late.getAttribute('aria-current')).toBe('true'));
    early.querySelector<HTMLAnchorElement>('[part~="title-link"]')!.click();
    await until(() => expect(early.getAttribute('aria-current')).toBe('true'));
    expect(late.hasAttribute('aria-current')).toBe(false);
    expect(early.getAttribute('part')).toContain('selected-event');
  });
});
