// Issue 25: with `sync-url` the event list keeps the visitor's filters and the selected event in the
// page URL — a link or a reload shows the same, Back and Forward step through the changes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { until } from '../../test/fixture.js';
import {
  eventList,
  fixedClient,
  item,
  part,
  parts,
  root,
  statusText,
} from '../../test/support/event-list.js';
import type { EventSelectDetail, SaxonEventList } from './event-list.js';

const startUrl = location.href;
const params = () => new URLSearchParams(location.search);
const ids = (el: Element) => parts(el, 'event').map((e) => e.getAttribute('data-event-id'));
const select = (el: Element, name: string) =>
  root(el).querySelector<HTMLSelectElement>(`#filter-${name}`)!;
const choose = (el: Element, name: string, value: string) => {
  const control = select(el, name);
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
};
/** The browser's Back or Forward, resolved once it has said so (popstate). */
const go = (step: 'back' | 'forward') =>
  new Promise<void>((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    history[step]();
  });
/** Every `saxon-event-select` on the page, with how it came about. */
const selections: EventSelectDetail[] = [];
const record = (event: Event) => {
  const { detail } = event as CustomEvent<EventSelectDetail>;
  selections.push(detail);
  event.preventDefault(); // the page shows the event itself
};
const synced = (extra: (el: SaxonEventList) => void = () => {}) =>
  eventList((e) => {
    e.setAttribute('sync-url', '');
    e.filters = true;
    e.limit = 50;
    extra(e);
  });

beforeEach(() => {
  document.documentElement.lang = 'de';
  history.pushState(null, '', startUrl); // a fresh entry: the entries ahead of it are dropped
  selections.length = 0;
  document.addEventListener('saxon-event-select', record);
});
afterEach(() => {
  document.removeEventListener('saxon-event-select', record);
  document.body.replaceChildren();
  history.replaceState(null, '', startUrl);
});

describe('<saxon-event-list sync-url>', () => {
  it('writes the filters; Back and Forward step through them; other parameters stay', async () => {
    history.replaceState(null, '', `${startUrl.split('?')[0]}?page=3&ds-q=Schule`);
    const el = await synced();
    await until(() => expect(parts(el, 'event')).toHaveLength(32));
    choose(el, 'topic', 'robotics');
    await until(() => expect(ids(el)).toEqual(['demo-robotik-meetup-dresden']));
    expect(params().getAll('ev-topic')).toEqual(['robotics']);
    choose(el, 'attendanceMode', 'offline');
    await until(() => expect(params().getAll('ev-mode')).toEqual(['offline']));
    expect(params().get('page')).toBe('3');
    expect(params().get('ds-q')).toBe('Schule');

    await go('back');
    await until(() => expect(select(el, 'attendanceMode').value).toBe(''));
    expect(select(el, 'topic').value).toBe('robotics');
    await go('back');
    await until(() => expect(ids(el)).toHaveLength(32));
    expect(select(el, 'topic').value).toBe('');
    expect(params().has('ev-topic')).toBe(false);
    await go('forward');
    await until(() => expect(ids(el)).toEqual(['demo-robotik-meetup-dresden']));
    expect(select(el, 'topic').value).toBe('robotics');
  });

  it('names the selected event; a reload shows it again and tells the page; Back unselects', async () => {
    let el = await synced();
    await until(() => expect(parts(el, 'event')).toHaveLength(32));
    choose(el, 'topic', 'nlp');
    await until(() => expect(statusText(el)).toMatch(/^\d Veranstaltung/)); // fewer than 32
    expect(ids(el)).toContain('demo-dresden-ai-meetup-foundation-models');
    item(el, 'demo-dresden-ai-meetup-foundation-models')
      .querySelector<HTMLElement>('[part~="title-link"]')!
      .click();
    expect(selections.map((s) => [s.event.id, s.origin])).toEqual([
      ['demo-dresden-ai-meetup-foundation-models', 'click'],
    ]);
    expect(params().get('ev-event')).toBe('demo-dresden-ai-meetup-foundation-models');
    await el.updateComplete;
    expect(item(el, 'demo-dresden-ai-meetup-foundation-models').getAttribute('aria-current')).toBe(
      'true',
    );
    expect(parts(el, 'selected-event')).toHaveLength(1);

    // a reload: a new element at the same URL
    el.remove();
    selections.length = 0;
    el = await synced();
    await until(() => expect(selections).toHaveLength(1));
    expect(selections[0]!.event.id).toBe('demo-dresden-ai-meetup-foundation-models');
    expect(selections[0]!.origin).toBe('url');
    expect(select(el, 'topic').value).toBe('nlp');
    expect(item(el, 'demo-dresden-ai-meetup-foundation-models').getAttribute('aria-current')).toBe(
      'true',
    );
    expect(document.activeElement).not.toBe(el); // loading does not move the visitor's focus

    // Back: the list of NLP events without a selection
    await go('back');
    await until(() => expect(parts(el, 'selected-event')).toHaveLength(0));
    expect(params().has('ev-event')).toBe(false);
    expect(select(el, 'topic').value).toBe('nlp');
    // Forward: selected again, announced again, focus on it
    selections.length = 0;
    await go('forward');
    await until(() => expect(selections.map((s) => s.origin)).toEqual(['url']));
    await until(() =>
      expect(el.shadowRoot!.activeElement).toBe(
        item(el, 'demo-dresden-ai-meetup-foundation-models'),
      ),
    );
  });

  it('keeps hostile or hand-made parameters as plain filter values, without breaking', async () => {
    const requests: string[] = [];
    const url = new URL(startUrl);
    url.searchParams.append('ev-topic', '<img src=x onerror=alert(1)>');
    url.searchParams.append('ev-topic', '');
    url.searchParams.append('ev-mode', 'javascript:alert(1)');
    url.searchParams.append('ev-mode', 'online');
    url.searchParams.append('ev-city', 'x'.repeat(500));
    url.searchParams.append('ev-event', '"><script>alert(1)</script>');
    history.replaceState(null, '', url);
    const el = await eventList((e) => {
      e.setAttribute('sync-url', '');
      e.filters = true;
    }, fixedClient({ requests }));
    await until(() => expect(part(el, 'empty')).not.toBeNull());
    const query = new URL(requests.at(-1)!).searchParams;
    expect(query.getAll('topic')).toEqual(['<img src=x onerror=alert(1)>']);
    expect(query.getAll('attendanceMode')).toEqual(['online']);
    expect(query.has('city')).toBe(false);
    expect(root(el).querySelector('img, script')).toBeNull();
    const option = [...select(el, 'topic').options].find((o) => o.selected)!;
    expect(option.textContent!.trim()).toBe('<img src=x onerror=alert(1)>');
    expect(statusText(el)).toBe('Keine anstehenden Veranstaltungen.');
    expect(selections).toEqual([]);
  });

  it('without sync-url reads and writes nothing in the URL', async () => {
    history.replaceState(null, '', `${startUrl.split('?')[0]}?ev-topic=robotics`);
    const href = location.href;
    const el = await eventList((e) => {
      e.filters = true;
      e.limit = 50;
    });
    await until(() => expect(parts(el, 'event')).toHaveLength(32)); // the URL's topic is not applied
    choose(el, 'topic', 'nlp');
    await until(() => expect(statusText(el)).toMatch(/^\d Veranstaltung/)); // fewer than 32
    expect(ids(el)).toContain('demo-dresden-ai-meetup-foundation-models');
    expect(location.href).toBe(href);
    expect(history.state).toBeNull();
  });

  it('two lists with their own prefixes keep apart', async () => {
    const first = await synced((e) => e.setAttribute('sync-url', 'oben'));
    const second = await synced((e) => e.setAttribute('sync-url', 'unten'));
    await until(() => expect(parts(second, 'event')).toHaveLength(32));
    choose(first, 'topic', 'robotics');
    await until(() => expect(ids(first)).toEqual(['demo-robotik-meetup-dresden']));
    expect(params().getAll('oben-topic')).toEqual(['robotics']);
    expect(params().has('unten-topic')).toBe(false);
    expect(ids(second)).toHaveLength(32);
  });
});

describe('<saxon-event-list sync-url> in a filter context', () => {
  it('the URL wins on load and is handed to the context; a change in the context replaces the entry', async () => {
    history.replaceState(null, '', `${startUrl.split('?')[0]}?ev-topic=robotics`);
    const length = history.length;
    const linked = await synced((e) => e.setAttribute('context', 'url-and-context'));
    const other = await eventList((e) => {
      e.setAttribute('context', 'url-and-context');
      e.filters = true;
      e.limit = 50;
    });
    // the other widget of the context shows the URL's topic too
    await until(() => expect(ids(other)).toEqual(['demo-robotik-meetup-dresden']));
    await until(() => expect(ids(linked)).toEqual(['demo-robotik-meetup-dresden']));
    // a topic chosen in the other widget: the list follows, its URL entry is replaced, not added
    await until(() => expect(select(other, 'topic').value).toBe('robotics'));
    choose(other, 'topic', 'nlp');
    await until(() => expect(params().getAll('ev-topic')).toEqual(['nlp']));
    expect(select(linked, 'topic').value).toBe('nlp');
    expect(history.length).toBe(length);
  });
});
