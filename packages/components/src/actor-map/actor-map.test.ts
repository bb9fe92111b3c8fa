import { createDirectoryClient } from '@saxon-ai/sdk';
import { page } from 'vitest/browser';
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { deepText, mount, until } from '../../test/fixture.js';
import type { SaxonActorMap } from './actor-map.js';
import './define.js';

// The demo API runs on 127.0.0.1; reached as `localhost` (see topic-list.test.ts for why).
const server = inject('demoApiUrl');
const apiUrl = `${server.replace('//127.0.0.1:', '//localhost:')}/directory/v1`;
const api = createDirectoryClient({ baseUrl: apiUrl });

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const qa = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const statusText = (el: Element) => q(el, '[part~="status"]')!.textContent!.trim();
const tip = (button: Element) => button.querySelector('.tip')!.textContent!.trim();
/** How many actors a marker (1) or a cluster ("12 Akteure – vergrößern") stands for. */
const actorsIn = (button: Element) =>
  button.classList.contains('cluster') ? Number(/^\d+/.exec(tip(button))![0]) : 1;
const mapItems = (el: Element) => qa(el, '.marker, .cluster');

async function actorMap(attributes: Record<string, string> = {}) {
  const el = document.createElement('saxon-actor-map');
  el.setAttribute('api-url', apiUrl);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return mount(el);
}
const shown = (el: SaxonActorMap, count: number, where = 'auf der Karte') =>
  until(() => expect(statusText(el)).toBe(`${count} Akteure ${where}`), 5000);
const choose = (el: Element, selector: string, value: string) => {
  const select = q(el, selector) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
};
const switchTo = (el: Element, view: 'Karte' | 'Liste') =>
  qa(el, '[part="view-button"]')
    .find((button) => button.textContent!.trim() === view)!
    .click();

/** Every actor id in the list view, page by page. */
async function listedIds(el: SaxonActorMap): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    await el.updateComplete;
    ids.push(...qa(el, '[part="item-button"]').map((row) => row.dataset['key']!.slice(4)));
    const next = q(el, 'saxon-pager')!.shadowRoot!.querySelector<HTMLButtonElement>(
      '[part="next-button"]',
    );
    if (!next || next.disabled) return ids;
    next.click();
    await until(() =>
      expect(q(el, '[part="item-button"]')!.dataset['key']).not.toBe(`row-${ids.at(-1)}`),
    );
  }
}

beforeAll(async () => {
  await page.viewport(1000, 900);
});
beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<saxon-actor-map> against the demo API', () => {
  it('clusters the 50 actors; clusters split when zooming in; the list shows the same actors', async () => {
    const el = await actorMap();
    await shown(el, 50);
    await until(() => expect(mapItems(el).length).toBeGreaterThan(0));
    // the initial view shows all of Saxony: every actor is in a marker or a cluster on screen
    const initial = mapItems(el);
    expect(initial.reduce((sum, item) => sum + actorsIn(item), 0)).toBe(50);
    expect(initial.some((item) => item.classList.contains('cluster'))).toBe(true);
    expect(initial.every((item) => item.tagName === 'BUTTON')).toBe(true);
    expect(q(el, '[part="attribution"]')!.textContent).toContain('© GeoBasis-DE / BKG');
    // the Kreis outlines are a chunk loaded beside the actors: they may arrive after the markers
    await until(() => expect(qa(el, '.kreis')).toHaveLength(13));

    // a cluster that can be zoomed into falls apart into smaller pieces
    const cluster = initial.find((item) => tip(item).endsWith('vergrößern'))!;
    const size = actorsIn(cluster);
    expect(tip(cluster)).toBe(`${size} Akteure – vergrößern`);
    cluster.click();
    await until(() => expect(cluster.isConnected).toBe(false));
    const after = mapItems(el);
    expect(after.length).toBeGreaterThan(1);
    expect(after.reduce((sum, item) => sum + actorsIn(item), 0)).toBeGreaterThanOrEqual(size);
    expect(Math.max(...after.map(actorsIn))).toBeLessThan(size);
    expect(q(el, '[part="map-status"]')!.textContent).toMatch(/^Zoomstufe \d+: \d+ Markierungen/);

    // the list: same count in the live region, the same actors as the API's GeoJSON
    switchTo(el, 'Liste');
    await shown(el, 50, 'in der Liste');
    const ids = await listedIds(el);
    const expected = (await api.actors.geojson()).features.map((f) => f.properties.id);
    expect(ids).toHaveLength(50);
    expect(new Set(ids)).toEqual(new Set(expected));
  });

  it('filters map and list alike, as the API counts: category, topic, Kreis, text, reset', async () => {
    const el = await actorMap();
    await shown(el, 50);
    for (const category of ['company', 'network', 'education']) {
      const box = q(el, `.check[data-category="${category}"] input`) as HTMLInputElement;
      box.click();
    }
    const research = (await api.actors.list({ category: 'research', limit: 1 })).total;
    await shown(el, research);
    expect(research).toBeLessThan(50);

    choose(el, '#filter-kreis', '14713');
    const inLeipzig = (await api.actors.list({ category: 'research', ags: '14713', limit: 1 }))
      .total;
    await shown(el, inLeipzig);
    await until(() => expect(q(el, '.kreis.highlighted')?.dataset['ags']).toBe('14713'));
    switchTo(el, 'Liste');
    await shown(el, inLeipzig, 'in der Liste');
    expect(qa(el, '[part="item-meta"]').every((meta) => meta.textContent!.includes('Forschung')));

    choose(el, '#filter-kreis', '');
    const topic = (await api.topics.list()).find((t) => t.id === 'machine-learning')!;
    await until(() => expect(qa(el, '#filter-topic option').length).toBeGreaterThan(10));
    choose(el, '#filter-topic', topic.id);
    const withTopic = (await api.actors.list({ category: 'research', topic: topic.id, limit: 1 }))
      .total;
    await shown(el, withTopic, 'in der Liste');

    const search = q(el, '#filter-text') as HTMLInputElement;
    search.value = 'Dresden';
    search.dispatchEvent(new Event('input'));
    const filtered = (
      await api.actors.list({ category: 'research', topic: topic.id, text: 'Dresden', limit: 1 })
    ).total;
    await shown(el, filtered, 'in der Liste');
    expect(filtered).toBeLessThan(withTopic);

    q(el, '[part="reset-button"]')!.click();
    await shown(el, 50, 'in der Liste');
    expect(el.shadowRoot!.activeElement).toBe(search);
    expect(q(el, '[part="reset-button"]')).toBeNull();
  });

  it('opens the detail card from the list, fires saxon-actor-select, and shows the actor on the map', async () => {
    const el = await actorMap({ view: 'list' });
    await shown(el, 50, 'in der Liste');
    const selected: unknown[] = [];
    const record = (event: CustomEvent) => selected.push(event.detail);
    document.body.addEventListener('saxon-actor-select', record); // bubbles out of the element
    // CASUS in Görlitz: on the first page, and alone at its place on the map
    const row = qa(el, '[part="item-button"]').find((b) => b.dataset['key'] === 'row-casus');
    row!.click();

    await until(() => expect(q(el, '[part="detail-website"]')).not.toBeNull());
    document.body.removeEventListener('saxon-actor-select', record);
    expect(selected).toEqual([{ actor: expect.objectContaining({ id: 'casus' }) }]);
    const casus = await api.actors.get('casus');
    const topics = await api.topics.list();
    const card = deepText(q(el, '[part="detail"]')!);
    for (const text of [casus.name, 'Forschung', casus.subtype!, 'Görlitz']) {
      expect(card).toContain(text);
    }
    for (const id of casus.topics) {
      expect(card).toContain(topics.find((topic) => topic.id === id)!.label); // labels, not ids
    }
    expect((q(el, '[part="detail-website"]') as HTMLAnchorElement).href).toBe(
      'https://casus.science/',
    );
    expect(el.shadowRoot!.activeElement).toBe(q(el, '#detail-title'));

    q(el, '[part="show-on-map"]')!.click();
    await until(() => expect(tip(el.shadowRoot!.activeElement!)).toBe(`${casus.name}, Forschung`));
    expect(statusText(el)).toBe('50 Akteure auf der Karte');
    expect(el.shadowRoot!.activeElement!.classList).toContain('selected');
  });

  it('lists actors that share one spot instead of zooming forever', async () => {
    const el = await actorMap({ text: 'Dresden' });
    await until(() => expect(mapItems(el).length).toBeGreaterThan(0), 5000);
    // keep opening clusters until one holds actors at one and the same place
    for (let round = 0; round < 20; round++) {
      const here = mapItems(el).find((item) => tip(item).includes('an diesem Ort'));
      if (here) {
        const count = actorsIn(here);
        here.click();
        await until(() => expect(q(el, '[part="detail-members"]')).not.toBeNull());
        expect(qa(el, '[part="detail-members"] button')).toHaveLength(Math.min(count, 20));
        expect(q(el, '#detail-title')!.textContent).toBe(`${count} Akteure an diesem Ort`);
        q(el, '[part="detail-members"] button')!.click();
        await until(() => expect(q(el, '[part="detail-facts"]')).not.toBeNull());
        q(el, '[part="close-button"]')!.click();
        await until(() => expect(el.shadowRoot!.activeElement).toBe(here));
        return;
      }
      const cluster = mapItems(el).find((item) => item.classList.contains('cluster'))!;
      cluster.click();
      await until(() => expect(cluster.isConnected).toBe(false));
    }
    throw new Error('no cluster of actors at one place found');
  });

  it('pans by dragging; a drag that ends on a marker does not open it', async () => {
    const el = await actorMap();
    await shown(el, 50);
    await until(() => expect(mapItems(el).length).toBeGreaterThan(0));
    const item = mapItems(el)[0]!;
    const x = () => new DOMMatrix(getComputedStyle(item).transform).m41;
    const before = x();
    const box = item.getBoundingClientRect();
    const at = (dx: number) => ({
      pointerId: 7,
      isPrimary: true,
      button: 0,
      bubbles: true,
      composed: true,
      clientX: box.x + box.width / 2 + dx,
      clientY: box.y + box.height / 2,
    });
    item.dispatchEvent(new PointerEvent('pointerdown', at(0)));
    for (const dx of [10, 30, 60]) item.dispatchEvent(new PointerEvent('pointermove', at(dx)));
    item.dispatchEvent(new PointerEvent('pointerup', at(60)));
    item.click(); // the click that follows the drag
    await el.updateComplete;
    expect(x()).toBeCloseTo(before + 60, 0);
    expect(q(el, '[part="detail"]')).toBeNull();
    expect(item.isConnected).toBe(true); // no zoom either
  });

  it('lets the page take over the selection by cancelling saxon-actor-select', async () => {
    const el = await actorMap({ view: 'list' });
    await shown(el, 50, 'in der Liste');
    const fired = new Promise((resolve) =>
      el.addEventListener('saxon-actor-select', (event) => resolve(event.preventDefault()), {
        once: true,
      }),
    );
    const row = q(el, '[part="item-button"]')!;
    row.click();
    await el.updateComplete;
    expect(q(el, '[part="detail"]')).not.toBeNull(); // the card opens at once, with the name
    await fired;
    await until(() => expect(q(el, '[part="detail"]')).toBeNull());
    expect(el.shadowRoot!.activeElement).toBe(row);
  });
});
