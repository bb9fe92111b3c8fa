import { page, userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { mount, until } from '../../test/fixture.js';
import type { SaxonActorMap } from './actor-map.js';
import './define.js';

// What a visitor needs to find their way: place names, actors at one place told apart, a map that
// fits a phone, and a detail card whose buttons are in view.
const server = inject('demoApiUrl');
const apiUrl = `${server.replace('//127.0.0.1:', '//localhost:')}/directory/v1`;

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const qa = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const tip = (button: Element) => button.querySelector('.tip')!.textContent!.trim();
const statusText = (el: Element) => q(el, '[part~="status"]')!.textContent!.trim();

async function actorMap(attributes: Record<string, string> = {}): Promise<SaxonActorMap> {
  const el = document.createElement('saxon-actor-map');
  el.setAttribute('api-url', apiUrl);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await mount(el);
  await until(() => expect(statusText(el)).toMatch(/Akteure? auf der Karte$/), 5000);
  await until(() => expect(q(el, '.marker, .cluster')).not.toBeNull(), 5000);
  return el;
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Asserts that no two place names overlap each other, and none overlaps a marker or cluster. */
function expectNoOverlaps(el: SaxonActorMap) {
  const names = qa(el, '.place').map((name) => name.getBoundingClientRect());
  const markers = qa(el, '.marker .icon, .cluster').map((item) => item.getBoundingClientRect());
  names.forEach((name, index) => {
    for (const other of names.slice(index + 1)) expect(overlap(name, other)).toBe(false);
    for (const marker of markers) expect(overlap(name, marker)).toBe(false);
  });
}

/** Opens clusters until the one of `count` actors at one and the same place shows, and returns it. */
async function clusterAtOnePlace(el: SaxonActorMap, count: number): Promise<HTMLElement> {
  for (let round = 0; round < 10; round++) {
    const here = qa(el, '.cluster').find((item) =>
      tip(item).startsWith(`${count} Akteure an diesem Ort`),
    );
    if (here) return here;
    const cluster = qa(el, '.cluster').find((item) => tip(item).endsWith('vergrößern'))!;
    cluster.click();
    await until(() => expect(cluster.isConnected).toBe(false));
  }
  throw new Error(`no cluster of ${count} actors at one place`);
}

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<saxon-actor-map> orientation', () => {
  it('names the 13 Kreise of Saxony at the state view and towns as it zooms in, never overlapping', async () => {
    await page.viewport(1280, 900);
    const el = await actorMap();
    await until(() => expect(qa(el, '.place').length).toBeGreaterThan(0));
    const names = () =>
      qa(el, '.place').map((name) => name.textContent!.replace(/\s+/g, ' ').trim());
    // the Landkreise by their Kreis names (all 10 where the markers leave room; the collision
    // check drops what would overlap), the 3 Kreisfreie Städte by their city names
    expect(qa(el, '.place.kreis-name').length).toBeGreaterThanOrEqual(8);
    expect(
      qa(el, '.place.city-name')
        .map((name) => name.textContent!.trim())
        .sort(),
    ).toEqual(['Chemnitz', 'Dresden', 'Leipzig']);
    expect(names()).toContain('Sächsische Schweiz-Osterzgebirge');
    expect(qa(el, '.place.town-name')).toHaveLength(0); // towns wait until one zooms in
    expectNoOverlaps(el);
    // decorative: hidden from screen readers (the list view is the accessible equivalent)
    expect(q(el, '.places')!.getAttribute('aria-hidden')).toBe('true');
    // readable: drawn with a halo
    expect(getComputedStyle(q(el, '.place')!).textShadow).not.toBe('none');
    // Saxony's own border is drawn
    expect(q(el, '.state-border')).not.toBeNull();

    q(el, '[part="map-control"]')!.click(); // zoom in around the middle of Saxony
    await el.updateComplete;
    q(el, '[part="map-control"]')!.click();
    await until(() => expect(qa(el, '.place.town-name').length).toBeGreaterThan(2));
    expect(names()).toEqual(expect.arrayContaining(['Freiberg']));
    expectNoOverlaps(el);
    expect(q(el, '[part="attribution"]')!.textContent).toContain('GeoNames (CC BY 4.0)');
  });

  it('spreads the 8 Leipzig actors that share one point in a ring, by keyboard, announced; Esc gathers them', async () => {
    await page.viewport(1280, 900);
    const el = await actorMap({ ags: '14713' });
    const here = await clusterAtOnePlace(el, 8);
    expect(here!.getAttribute('aria-expanded')).toBe('false');
    const before = qa(el, '.marker').length;
    here!.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => expect(qa(el, '.marker').length).toBe(before + 8));
    expect(here!.getAttribute('aria-expanded')).toBe('true');
    expect(tip(here!)).toBe('8 Akteure an diesem Ort – zusammenfassen');
    expect(q(el, '[part="map-status"]')!.textContent).toBe(
      '8 Akteure an diesem Ort ausgebreitet: Tab führt zu ihnen, Escape fasst sie wieder zusammen.',
    );
    expect(q(el, '[part="detail"]')).toBeNull(); // no list: the ring is on the map

    // the eight stand apart: no two markers' symbols overlap
    const all = qa(el, '.marker, .cluster');
    const spread = all.slice(all.indexOf(here) + 1, all.indexOf(here) + 9);
    expect(spread.every((marker) => marker.classList.contains('marker'))).toBe(true);
    const boxes = spread.map((marker) => marker.querySelector('.icon')!.getBoundingClientRect());
    boxes.forEach((box, index) => {
      for (const other of boxes.slice(index + 1)) expect(overlap(box, other)).toBe(false);
    });
    // focus is on the first of them; Tab walks the others, each named
    const first = focused(el)!;
    expect(first.classList).toContain('marker');
    const visited = new Set([tip(first)]);
    for (let press = 0; press < 7; press++) {
      await userEvent.keyboard('{Tab}');
      expect(focused(el)!.classList).toContain('marker');
      visited.add(tip(focused(el)!));
    }
    expect(visited.size).toBe(8);
    for (const name of visited) expect(name).toMatch(/, (Wirtschaft|Forschung|Netzwerk|Bildung)$/);

    // one of them opens its card; Esc closes the card (focus back on it), Esc again gathers
    const chosen = focused(el)!;
    await userEvent.keyboard('{Enter}');
    await until(() => expect(q(el, '[part="detail-facts"]')).not.toBeNull());
    expect(q(el, '#detail-title')!.textContent).toContain(tip(chosen).replace(/, \w+$/, ''));
    await userEvent.keyboard('{Escape}');
    await until(() => expect(focused(el)).toBe(chosen));
    await userEvent.keyboard('{Escape}');
    await until(() => expect(qa(el, '.marker').length).toBe(before));
    expect(focused(el)).toBe(here);
    expect(here!.getAttribute('aria-expanded')).toBe('false');
  });

  it('sizes the map to Saxony on a phone (320 px) and keeps it within bounds on a desktop (1280 px)', async () => {
    await page.viewport(320, 640);
    let el = await actorMap();
    /** The map's box, and how much of its width and height Saxony (all Kreise) takes. */
    const fill = (map: SaxonActorMap) => {
      const surface = q(map, '.surface')!.getBoundingClientRect();
      const kreise = qa(map, '.kreis').map((kreis) => kreis.getBoundingClientRect());
      const width =
        Math.max(...kreise.map((k) => k.right)) - Math.min(...kreise.map((k) => k.left));
      const height =
        Math.max(...kreise.map((k) => k.bottom)) - Math.min(...kreise.map((k) => k.top));
      return { surface, width: width / surface.width, height: height / surface.height };
    };
    // the Kreis outlines are a chunk loaded beside the actors: wait until all 13 are drawn
    const outlined = (map: SaxonActorMap) =>
      until(() => expect(qa(map, '.kreis')).toHaveLength(13));
    await outlined(el);
    const phone = fill(el);
    let { surface, height } = phone;
    expect(surface.height).toBeGreaterThanOrEqual(180);
    expect(surface.height).toBeLessThanOrEqual(300);
    // Saxony fills the box both ways: no empty band above or below it
    expect(phone.width).toBeGreaterThan(0.85);
    expect(height).toBeGreaterThan(0.8);
    // the attribution sits below the map, not over the south of Saxony
    expect(q(el, '[part="attribution"]')!.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      surface.bottom - 1,
    );
    expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);

    document.body.replaceChildren();
    await page.viewport(1280, 900);
    el = await actorMap();
    await outlined(el);
    ({ surface, height } = fill(el));
    expect(surface.height).toBeGreaterThanOrEqual(400);
    expect(surface.height).toBeLessThanOrEqual(Math.min(520, 0.85 * innerHeight));
    expect(height).toBeGreaterThan(0.8);

    // the page can still set the height
    el.style.setProperty('--saxon-actor-map-height', '300px');
    await until(() => expect(q(el, '.surface')!.getBoundingClientRect().height).toBe(300));
  });

  it('shows "Schließen" in view when the detail card opens over the map at 1280 px', async () => {
    await page.viewport(1280, 800);
    // the Musterstadt page's type: 17 px, line height 1.55 (examples/municipal-site/styles.css),
    // and a map of 28rem, the old default height, which a page may well set
    document.body.style.cssText = 'font-size: 1.0625rem; line-height: 1.55';
    const el = await actorMap();
    el.style.setProperty('--saxon-actor-map-height', '28rem');
    q(el, '.surface')!.scrollIntoView({ block: 'start' });
    const casus = qa(el, '.marker').find((marker) => tip(marker).startsWith('CASUS'))!;
    casus.click();
    await until(() => expect(q(el, '[part="detail-description"]')).not.toBeNull());
    const card = q(el, '[part="detail"]')!;
    // the card holds more than the map's height: it scrolls inside the map …
    expect(card.scrollHeight).toBeGreaterThan(card.clientHeight);
    // … and "Schließen" is visible from the start: inside the card, on screen, not covered
    const close = q(el, '[part="close-button"]')!.getBoundingClientRect();
    const frame = card.getBoundingClientRect();
    expect(close.height).toBeGreaterThan(20);
    expect(close.top).toBeGreaterThanOrEqual(frame.top);
    expect(close.bottom).toBeLessThanOrEqual(frame.bottom);
    expect(close.bottom).toBeLessThanOrEqual(innerHeight);
    const atClose = el.shadowRoot!.elementFromPoint(
      close.left + close.width / 2,
      close.top + close.height / 2,
    );
    expect(atClose?.closest('[part="close-button"]')).not.toBeNull();
    // focus management as before: the title has focus, the button closes and returns it
    expect(focused(el)).toBe(q(el, '#detail-title'));
    q(el, '[part="close-button"]')!.click();
    await until(() => expect(focused(el)).toBe(casus));
    document.body.style.cssText = '';
  });
});
