// Issue 25: with `sync-url` the map keeps view, filters and the open actor in the page URL — a link
// or a reload shows the same, Back and Forward step through the visitor's changes.
import { page } from 'vitest/browser';
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { mount, until } from '../../test/fixture.js';
import type { SaxonActorMap } from './actor-map.js';
import './define.js';

const server = inject('demoApiUrl');
const apiUrl = `${server.replace('//127.0.0.1:', '//localhost:')}/directory/v1`;
const startUrl = location.href;

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const qa = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const statusText = (el: Element) => q(el, '[part~="status"]')!.textContent!.trim();
const params = () => new URLSearchParams(location.search);
const selectValue = (el: Element, part: string) =>
  (q(el, `[part="${part}"]`) as HTMLSelectElement).value;
const pressedView = (el: Element) =>
  qa(el, '[part="view-button"]')
    .find((button) => button.getAttribute('aria-pressed') === 'true')!
    .textContent!.trim();
const detailTitle = (el: Element) => q(el, '[part="detail-title"]')?.textContent?.trim();

async function actorMap(attributes: Record<string, string> = { 'sync-url': '' }) {
  const el = document.createElement('saxon-actor-map');
  el.setAttribute('api-url', apiUrl);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return mount(el);
}
const choose = (el: Element, part: string, value: string) => {
  const select = q(el, `[part="${part}"]`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
};
const switchTo = (el: Element, view: 'Karte' | 'Liste') =>
  qa(el, '[part="view-button"]')
    .find((button) => button.textContent!.trim() === view)!
    .click();
const rowOf = (el: Element, id: string) => q(el, `[data-key="row-${id}"]`);
/** The browser's Back or Forward, resolved once it has said so (popstate). */
const go = (step: 'back' | 'forward') =>
  new Promise<void>((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    history[step]();
  });
/** Like a reload: the element goes, a new one comes to the same URL. */
const reload = async (el: SaxonActorMap, attributes?: Record<string, string>) => {
  el.remove();
  return actorMap(attributes);
};

beforeAll(async () => {
  await page.viewport(1000, 900);
});
beforeEach(() => {
  document.documentElement.lang = 'de';
  history.pushState(null, '', startUrl); // a fresh entry: the entries ahead of it are dropped
});
afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', startUrl);
});

describe('<saxon-actor-map sync-url>', () => {
  it('writes view, filters and the open actor; a reload shows the same', async () => {
    let el = await actorMap();
    await until(() => expect(statusText(el)).toBe('50 Akteure auf der Karte'), 5000);
    await until(() => expect(q(el, '[part="topic-select"] option[value="hpc"]')).not.toBeNull());
    choose(el, 'kreis-select', '14612');
    choose(el, 'topic-select', 'hpc');
    switchTo(el, 'Liste');
    await until(() => expect(rowOf(el, 'tu-dresden')).not.toBeNull(), 5000);
    rowOf(el, 'tu-dresden')!.click();
    await until(() => expect(q(el, '[part="detail-facts"]')).not.toBeNull(), 5000);
    expect(params().get('map-kreis')).toBe('14612');
    expect(params().getAll('map-topic')).toEqual(['hpc']);
    expect(params().get('map-view')).toBe('list');
    expect(params().get('map-actor')).toBe('tu-dresden');
    const listed = statusText(el);

    el = await reload(el);
    await until(() => expect(q(el, '[part="detail-facts"]')).not.toBeNull(), 5000);
    expect(detailTitle(el)).toBe('Technische Universität Dresden');
    expect(selectValue(el, 'kreis-select')).toBe('14612');
    await until(() => expect(selectValue(el, 'topic-select')).toBe('hpc'));
    expect(pressedView(el)).toBe('Liste');
    await until(() => expect(statusText(el)).toBe(listed));
    // a page that loads does not take the visitor's focus
    expect(el.shadowRoot!.activeElement).toBeNull();
  });

  it('Back and Forward step through filters, view and the card', async () => {
    const el = await actorMap();
    await until(() => expect(statusText(el)).toBe('50 Akteure auf der Karte'), 5000);
    const entries = history.length;
    choose(el, 'kreis-select', '14713'); // Leipzig
    await until(() => expect(statusText(el)).not.toBe('50 Akteure auf der Karte'), 5000);
    const inLeipzig = statusText(el);
    switchTo(el, 'Liste');
    await until(() => expect(rowOf(el, 'uni-leipzig')).not.toBeNull(), 5000);
    rowOf(el, 'uni-leipzig')!.focus();
    rowOf(el, 'uni-leipzig')!.click();
    await until(() => expect(detailTitle(el)).toBe('Universität Leipzig'), 5000);
    expect(history.length).toBe(entries + 3);

    await go('back'); // the card closes, focus back on the row that opened it
    await until(() => expect(q(el, '[part="detail"]')).toBeNull());
    await until(() => expect(el.shadowRoot!.activeElement).toBe(rowOf(el, 'uni-leipzig')));
    expect(params().has('map-actor')).toBe(false);
    await go('back'); // the map again
    await until(() => expect(pressedView(el)).toBe('Karte'));
    expect(selectValue(el, 'kreis-select')).toBe('14713');
    await go('back'); // before the first change: all of Saxony
    await until(() => expect(statusText(el)).toBe('50 Akteure auf der Karte'), 5000);
    expect(selectValue(el, 'kreis-select')).toBe('');

    await go('forward');
    await until(() => expect(statusText(el)).toBe(inLeipzig), 5000);
    await go('forward');
    await go('forward');
    await until(() => expect(detailTitle(el)).toBe('Universität Leipzig'), 5000);
    expect(pressedView(el)).toBe('Liste');
  });

  it('closing the card goes back instead of piling up entries; typing shares one entry', async () => {
    const el = await actorMap();
    await until(() => expect(statusText(el)).toBe('50 Akteure auf der Karte'), 5000);
    switchTo(el, 'Liste');
    await until(() => expect(rowOf(el, 'barkhausen')).not.toBeNull(), 5000);
    const before = location.href;
    const entries = history.length;
    rowOf(el, 'barkhausen')!.click();
    await until(() => expect(q(el, '[part="detail-facts"]')).not.toBeNull(), 5000);
    q(el, '[part="close-button"]')!.click();
    await until(() => expect(q(el, '[part="detail"]')).toBeNull());
    expect(location.href).toBe(before);
    expect(history.length).toBe(entries + 1); // the card's entry, now ahead of the current one

    const input = q(el, '[part="search-input"]') as HTMLInputElement;
    for (const text of ['D', 'Dr', 'Dre']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    expect(params().get('map-q')).toBe('Dre');
    expect(history.length).toBe(entries + 1); // the typing entry replaced the card's
  });

  it('keeps to its own parameters: another map, a map without sync-url, the page’s own', async () => {
    history.replaceState(null, '', '?seite=2&map-kreis=14612');
    const own = await actorMap({ 'sync-url': 'karte' });
    const plain = await actorMap({});
    await until(() => expect(statusText(own)).toBe('50 Akteure auf der Karte'), 5000);
    await until(() => expect(statusText(plain)).toBe('50 Akteure auf der Karte'), 5000);
    choose(plain, 'kreis-select', '14713');
    expect(params().get('map-kreis')).toBe('14612');
    choose(own, 'kreis-select', '14522');
    expect(params().get('karte-kreis')).toBe('14522');
    expect(params().get('seite')).toBe('2');
    expect(params().get('map-kreis')).toBe('14612');
  });

  it('a link to an actor that does not exist opens a card that says so, and closes', async () => {
    history.replaceState(null, '', '?map-actor=gibt-es-nicht&map-view=list');
    const el = await actorMap();
    await until(() => expect(q(el, '[part="detail-error"]')).not.toBeNull(), 5000);
    q(el, '[part="close-button"]')!.click();
    await until(() => expect(q(el, '[part="detail"]')).toBeNull());
    expect(params().has('map-actor')).toBe(false);
    expect(params().get('map-view')).toBe('list');
  });

  it('reads a hostile or broken URL as the defaults, as text, without throwing', async () => {
    const hostile = '"><img src=x onerror=alert(1)>';
    const search = new URLSearchParams([
      ['map-view', hostile],
      ['map-kreis', hostile],
      ['map-category', hostile],
      ['map-topic', hostile],
      ['map-q', hostile],
    ]);
    history.replaceState(null, '', `?${search}`);
    const el = await actorMap();
    await until(() => expect(q(el, '[part="empty"], [part="count"]')).not.toBeNull(), 5000);
    expect(pressedView(el)).toBe('Karte');
    expect(selectValue(el, 'kreis-select')).toBe('');
    expect((q(el, '[part="search-input"]') as HTMLInputElement).value).toBe(hostile);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(qa(el, '[part="category-filter"] input:checked')).toHaveLength(4);
  });
});
