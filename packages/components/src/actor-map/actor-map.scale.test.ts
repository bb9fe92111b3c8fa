import { createDirectoryClient } from '@saxon-ai/sdk';
import { page } from 'vitest/browser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDemoApi, generateActors } from '@saxon-ai/demo-api';
import { mount, until } from '../../test/fixture.js';
import { ActorIndex, type ActorFeature } from './actor-index.js';
import { SAXONY_BOUNDS } from '../shared/geo/kreise.js';
import { project } from '../shared/geo/projection.js';
import { Viewport } from './viewport.js';
import './define.js';

// Behaviour at scale, not speed: what a render draws must depend on what is on screen, not on how
// many actors there are. The timings are measured by `pnpm bench` (bench/browser.mjs), never here.
const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const statusText = (el: Element) => q(el, '[part~="status"]')!.textContent!.trim();

beforeAll(async () => {
  await page.viewport(1000, 900);
  document.documentElement.lang = 'de';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<saxon-actor-map> at scale', () => {
  it('with 10,000 actors, draws only what is on screen while panning and zooming', async () => {
    const app = createDemoApi({ synthetic: { actors: 10_000 } });
    const el = document.createElement('saxon-actor-map');
    el.client = createDirectoryClient({
      baseUrl: 'https://synthetic.invalid/directory/v1',
      fetch: (input, init) => Promise.resolve(app.fetch(new Request(input, init))),
    });
    await mount(el);
    await until(() => expect(statusText(el)).toBe('10.050 Akteure auf der Karte'), 20_000);
    await until(() => expect(q(el, '.cluster')).not.toBeNull());

    const surface = q(el, '.surface')!;
    const keys = [
      ...Array<string>(3).fill('+'),
      ...Array<string>(20).fill('ArrowLeft'),
      ...Array<string>(20).fill('ArrowDown'),
      '+',
      '+',
      ...Array<string>(20).fill('ArrowRight'),
      '-',
      '-',
      '-',
    ];
    let markers = 0;
    for (const key of keys) {
      surface.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await el.updateComplete;
      markers = Math.max(markers, el.shadowRoot!.querySelectorAll('.marker, .cluster').length);
    }
    expect(markers).toBeGreaterThan(0);
    expect(markers).toBeLessThan(400);
  }, 60_000);

  it('with 10,000 actors, draws the first view at once from its zoom level, then from the full index', async () => {
    const app = createDemoApi({ synthetic: { actors: 10_000 } });
    const el = document.createElement('saxon-actor-map');
    el.client = createDirectoryClient({
      baseUrl: 'https://synthetic.invalid/directory/v1',
      fetch: (input, init) => Promise.resolve(app.fetch(new Request(input, init))),
    });
    const drawn = (root: ParentNode) =>
      [...root.querySelectorAll<HTMLElement>('.marker, .cluster')].map((item) => ({
        key: item.dataset['key']!,
        // "1.234 Akteure – vergrößern": the count with German thousands separators
        count: item.classList.contains('cluster')
          ? Number(/[\d.]+/.exec(item.querySelector('.tip')!.textContent!)![0].replaceAll('.', ''))
          : 1,
      }));
    // Every drawing of the map, recorded from before it is mounted (the quick view lasts one frame).
    const drawings: { key: string; count: number }[][] = [];
    const record = () => {
      const root = el.shadowRoot?.querySelector('.markers');
      if (root) drawings.push(drawn(root));
    };
    const observer = new MutationObserver(record);
    const attach = () =>
      el.shadowRoot && observer.observe(el.shadowRoot, { subtree: true, childList: true });
    await mount(el);
    attach();
    record();
    await until(() => expect(statusText(el)).toBe('10.050 Akteure auf der Karte'), 20_000);
    // the full index's clusters: no quick keys left, and they stay without any interaction
    await until(() => {
      const now = drawn(el.shadowRoot!);
      expect(now.length).toBeGreaterThan(0);
      expect(now.some((item) => item.key.startsWith('cluster--'))).toBe(false);
    }, 20_000);
    observer.disconnect();
    const quick = drawings.find((items) => items.some((item) => item.key.startsWith('cluster--')));
    expect(quick, 'a first view drawn from the quick clustering').toBeDefined();
    const total = (items: { count: number }[]) => items.reduce((sum, item) => sum + item.count, 0);
    // Saxony fits the map: both drawings show every actor, as clusters of the same radius
    expect(total(quick!)).toBe(10_050);
    expect(total(drawn(el.shadowRoot!))).toBe(10_050);
  }, 60_000);

  it('indexes 100,000 actors; one render asks only for what is on screen, clustered', () => {
    const features: ActorFeature[] = generateActors(100_000).map((actor) => ({
      type: 'Feature',
      id: actor.id,
      geometry: { type: 'Point', coordinates: [actor.location.lon, actor.location.lat] },
      properties: {
        id: actor.id,
        name: actor.name,
        category: actor.category,
        city: actor.address.city,
        topics: actor.topics,
      },
    }));
    const index = new ActorIndex(features);
    // what one render asks for: the markers of a 1000 × 450 map over Dresden, at every zoom level
    const view = new Viewport(SAXONY_BOUNDS);
    view.size = { width: 1000, height: 450 };
    const counts: number[] = [];
    for (let zoom = 7; zoom <= 17; zoom++) {
      view.show(project(13.7373, 51.0504), zoom);
      counts.push(index.items(view.visibleBounds(), view.zoom).length);
    }
    // Clusters keep every view to a few hundred items at most, out of 100,000 actors.
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeLessThan(1000);
  }, 60_000);
});
