// Loading more, empty and unconfigured states, filters and selection of <saxon-event-list>, against
// the demo API running in the page with a fixed demo day (16 March 2026) as its clock.
import { describe, expect, it } from 'vitest';
import { deepQuery, deepText, mount, until } from '../../test/fixture.js';

import {
  fixedClient,
  eventList,
  root,
  part,
  parts,
  statusText,
  item,
  text,
  shown,
  resetPageAroundEachTest,
} from '../../test/support/event-list.js';

resetPageAroundEachTest();

describe('<saxon-event-list>: load more, empty, error', () => {
  it('appends the next page, announces the count and takes keyboard focus to the first new event', async () => {
    const requests: string[] = [];
    const el = await eventList((e) => (e.limit = 5), fixedClient({ requests }));
    await shown(el, 5);
    expect(statusText(el)).toBe('5 von 32 Veranstaltungen angezeigt');
    const button = part(el, 'more-button') as HTMLButtonElement;
    expect(button.textContent!.trim()).toBe('Weitere Veranstaltungen laden');
    const sixth = parts(el, 'event').length;

    button.focus();
    button.click();
    await shown(el, 10);
    expect(new URL(requests.at(-1)!).searchParams.get('offset')).toBe(String(sixth));
    await until(() => expect(statusText(el)).toBe('10 von 32 Veranstaltungen angezeigt'));
    const events = parts(el, 'event');
    expect(root(el).activeElement).toBe(events[5]);
    // the first page stayed where it was
    expect(events[0]!.getAttribute('data-event-id')).toBe('demo-open-data-hackathon-sachsen');

    for (let page = 0; page < 5 && part(el, 'more-button'); page++) {
      const before = parts(el, 'event').length;
      (part(el, 'more-button') as HTMLButtonElement).click();
      await until(() => expect(parts(el, 'event').length).toBeGreaterThan(before));
    }
    await shown(el, 32);
    expect(part(el, 'more-button')).toBeNull();
    expect(statusText(el)).toBe('32 Veranstaltungen');
    expect(new Set(parts(el, 'event').map((e) => e.getAttribute('data-event-id'))).size).toBe(32);
  });

  it('shows "Keine anstehenden Veranstaltungen." when nothing matches', async () => {
    const el = await eventList((e) => e.setAttribute('city', 'Bautzen'));
    await until(() => expect(part(el, 'empty')).not.toBeNull());
    expect(text(part(el, 'empty'))).toBe('Keine anstehenden Veranstaltungen.');
    expect(statusText(el)).toBe('Keine anstehenden Veranstaltungen.');
    expect(part(el, 'subscribe-link')).not.toBeNull(); // a feed may still fill up

    el.setAttribute('from', '2020-01-01');
    el.setAttribute('to', '2020-12-31');
    await until(() => expect(statusText(el)).toBe('Keine Veranstaltungen in diesem Zeitraum.'));
  });

  it('tells the webmaster when api-url is missing, without a retry button or feed link', async () => {
    const el = document.createElement('saxon-event-list');
    await mount(el);
    await until(() => expect(part(el, 'error')).not.toBeNull());
    expect(deepText(part(el, 'error')!)).toContain(
      'Das Attribut „api-url“ fehlt oder ist ungültig.',
    );
    expect(deepQuery(root(el), 'button')).toBeNull();
    expect(part(el, 'subscribe')).toBeNull();
  });
});

describe('<saxon-event-list>: filters and selection', () => {
  it('offers labelled filter controls that narrow the list and the feed', async () => {
    const requests: string[] = [];
    const el = await eventList((e) => (e.filters = true), fixedClient({ requests }));
    await shown(el, 10);
    const selects = root(el).querySelectorAll('select');
    expect(selects).toHaveLength(3);
    for (const select of selects) {
      const label = root(el).querySelector(`label[for="${select.id}"]`)!;
      expect(label.textContent!.trim()).toBeTruthy();
      expect(select.labels[0]).toBe(label);
    }
    expect(
      [...selects].map((s) => root(el).querySelector(`label[for="${s.id}"]`)!.textContent!.trim()),
    ).toEqual(['Thema', 'Ort', 'Teilnahme']);
    const topic = root(el).querySelector<HTMLSelectElement>('#filter-topic')!;
    expect(topic.options[0]!.textContent!.trim()).toBe('Alle Themen');
    expect([...topic.options].map((o) => o.textContent!.trim())).toContain('Robotik (1)');

    topic.value = 'robotics';
    topic.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() =>
      expect(parts(el, 'event').map((e) => e.getAttribute('data-event-id'))).toEqual([
        'demo-robotik-meetup-dresden',
      ]),
    );
    expect(new URL(requests.at(-1)!).searchParams.getAll('topic')).toEqual(['robotics']);
    expect(
      new URL((part(el, 'subscribe-link') as HTMLAnchorElement).href).searchParams.get('topic'),
    ).toBe('robotics');
    expect(statusText(el)).toBe('1 Veranstaltung');

    // back to every topic, online only
    topic.value = '';
    topic.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => expect(statusText(el)).toBe('10 von 32 Veranstaltungen angezeigt'));
    const mode = root(el).querySelector<HTMLSelectElement>('#filter-attendanceMode')!;
    mode.value = 'online';
    mode.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => expect(statusText(el)).toBe('7 Veranstaltungen'));
    expect(parts(el, 'attendance').every((badge) => badge.textContent!.trim() === 'Online')).toBe(
      true,
    );
    const query = new URL(requests.at(-1)!).searchParams;
    expect(query.has('topic')).toBe(false);
    expect(query.getAll('attendanceMode')).toEqual(['online']);
  });

  it('keeps the controls, with the page’s choice, while nothing is found', async () => {
    const el = await eventList((e) => {
      e.filters = true;
      e.setAttribute('city', 'Bautzen');
    });
    await until(() => expect(part(el, 'empty')).not.toBeNull());
    const city = root(el).querySelector<HTMLSelectElement>('#filter-city')!;
    expect(city.value).toBe('Bautzen');
    expect(city.selectedOptions[0]!.textContent!.trim()).toBe('Bautzen');
    // the visitor can get out of it
    city.value = '';
    city.dispatchEvent(new Event('change', { bubbles: true }));
    await shown(el, 10);
  });

  it('keeps a page’s multi-value choice selectable in the control', async () => {
    const el = await eventList((e) => {
      e.filters = true;
      e.setAttribute('attendance-mode', 'online,mixed');
    });
    await shown(el, 10);
    const mode = root(el).querySelector<HTMLSelectElement>('#filter-attendanceMode')!;
    expect(mode.value).toBe('online,mixed');
    expect(mode.selectedOptions[0]!.textContent!.trim()).toBe('Online / Hybrid');
  });

  it('fires saxon-event-select with the event when a title is followed; cancelling stays on the page', async () => {
    const el = await eventList(() => {});
    await shown(el, 10);
    const selected: CustomEvent[] = [];
    const listener = (event: Event) => {
      selected.push(event as CustomEvent);
      event.preventDefault();
    };
    document.addEventListener('saxon-event-select', listener);
    try {
      const link = item(
        el,
        'demo-dresden-ai-meetup-foundation-models',
      ).querySelector<HTMLAnchorElement>('[part="title-link"]')!;
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      link.dispatchEvent(click);
      expect(selected).toHaveLength(1);
      expect(selected[0]!.bubbles && selected[0]!.composed).toBe(true);
      expect(selected[0]!.detail.event.id).toBe('demo-dresden-ai-meetup-foundation-models');
      expect(selected[0]!.detail.event.title).toBe(
        'Dresden AI Meetup: Foundation Models in Production',
      );
      expect(click.defaultPrevented).toBe(true);
    } finally {
      document.removeEventListener('saxon-event-select', listener);
    }
  });
});
