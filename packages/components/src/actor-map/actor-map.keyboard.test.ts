import { page, userEvent } from 'vitest/browser';
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { mount, until } from '../../test/fixture.js';
import type { SaxonActorMap } from './actor-map.js';
import './define.js';

// Real key presses (Chromium through Playwright), no clicks: the journeys a keyboard user takes.
const server = inject('demoApiUrl');
const apiUrl = `${server.replace('//127.0.0.1:', '//localhost:')}/directory/v1`;

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const tip = (button: Element) => button.querySelector('.tip')?.textContent?.trim() ?? '';

async function actorMap(): Promise<SaxonActorMap> {
  const el = document.createElement('saxon-actor-map');
  el.setAttribute('api-url', apiUrl);
  await mount(el);
  await until(() => expect(q(el, '.marker, .cluster')).not.toBeNull(), 5000);
  return el;
}

/** Presses Tab until `wanted` holds for the focused element (at most 40 times). */
async function tabTo(el: Element, wanted: (element: HTMLElement) => boolean, what: string) {
  for (let presses = 0; presses < 40; presses++) {
    const current = focused(el);
    if (current && wanted(current)) return current;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`Tab never reached ${what}`);
}

/** From a focused marker or cluster, Enter until an actor's detail card is open. */
async function openAnActor(el: SaxonActorMap) {
  for (let step = 0; step < 20; step++) {
    if (q(el, '[part="detail-facts"]')) return;
    const current = focused(el)!;
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    // a cluster zooms in and hands focus to its nearest piece; one of actors at one place opens
    // the list of them, whose first entry is the next stop
    if (q(el, '[part="detail-members"]') && !q(el, '[part="detail-facts"]')) {
      await tabTo(el, (e) => e.classList.contains('member'), 'an actor of the group');
    } else if (current.classList.contains('marker')) {
      await until(() => expect(q(el, '[part="detail-facts"]')).not.toBeNull());
    }
  }
  throw new Error('no actor opened');
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

describe('<saxon-actor-map> by keyboard alone', () => {
  it('pans with the arrow keys and zooms with + and −, announcing the view', async () => {
    const el = await actorMap();
    await tabTo(el, (e) => e.classList.contains('surface'), 'the map');
    const marker = () => q(el, '.marker, .cluster')!;
    const x = () => new DOMMatrix(getComputedStyle(marker()).transform).m41;
    const key = marker().dataset['key'];
    const before = x();
    await userEvent.keyboard('{ArrowLeft}');
    await until(() => expect(x()).toBeCloseTo(before + 80, 0));
    expect(marker().dataset['key']).toBe(key);
    const status = () => q(el, '[part="map-status"]')!.textContent!;
    const zoomOf = () => Number(/^Zoomstufe (\d+)/.exec(status())?.[1]);
    await until(() => expect(status()).toMatch(/^Zoomstufe \d+: \d+ Markierung/));
    const zoom = zoomOf();
    await userEvent.keyboard('+');
    await until(() => expect(zoomOf()).toBe(zoom + 1));
    await userEvent.keyboard('-');
    await userEvent.keyboard('-');
    await until(() => expect(zoomOf()).toBe(zoom - 1));
    expect(focused(el)).toBe(q(el, '.surface'));
  });

  it('reaches an actor’s website from the map: Tab to a marker, Enter, Tab; Esc returns', async () => {
    const el = await actorMap();
    await tabTo(el, (e) => e.classList.contains('surface'), 'the map');
    const first = await tabTo(
      el,
      (e) => e.classList.contains('marker') || e.classList.contains('cluster'),
      'a marker',
    );
    expect(tip(first)).toMatch(/, (Wirtschaft|Forschung|Netzwerk|Bildung)$|^\d+ Akteure – /);
    await openAnActor(el);
    expect(focused(el)).toBe(q(el, '#detail-title'));
    const opener = el.shadowRoot!.querySelector('[data-key].selected, .cluster:focus');
    await userEvent.keyboard('{Tab}');
    const link = focused(el) as HTMLAnchorElement;
    expect(link.matches('[part="detail-website"]')).toBe(true);
    expect(link.href).toMatch(/^https:\/\//);

    await userEvent.keyboard('{Escape}');
    await until(() => expect(q(el, '[part="detail"]')).toBeNull());
    const back = focused(el)!;
    expect(back.matches('.marker, .cluster')).toBe(true);
    if (opener) expect(back).toBe(opener);
  });

  it('reaches an actor’s website from the list: view button, row, Enter, Tab', async () => {
    const el = await actorMap();
    await tabTo(el, (e) => e.textContent!.trim() === 'Liste', 'the list button');
    await userEvent.keyboard('{Enter}');
    await until(() => expect(q(el, '[part="item-button"]')).not.toBeNull());
    expect(q(el, '[part="status"]')!.textContent).toBe('50 Akteure in der Liste');
    const row = await tabTo(el, (e) => e.matches('[part="item-button"]'), 'the first row');
    await userEvent.keyboard('{Enter}');
    await until(() => expect(q(el, '[part="detail-website"]')).not.toBeNull());
    expect(focused(el)).toBe(q(el, '#detail-title'));
    await userEvent.keyboard('{Tab}');
    expect(focused(el)!.matches('a[part="detail-website"]')).toBe(true);
    await userEvent.keyboard('{Escape}');
    await until(() => expect(focused(el)).toBe(row));
  });
});
