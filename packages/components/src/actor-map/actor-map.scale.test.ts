import { createDirectoryClient } from '@saxon-ai/sdk';
import { page } from 'vitest/browser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDemoApi, generateActors } from '../../../demo-api/src/index.js';
import { mount, until } from '../../test/fixture.js';
import { ActorIndex, type ActorFeature } from './actor-index.js';
import { SAXONY_BOUNDS } from './kreise.js';
import { project } from './projection.js';
import { Viewport } from './viewport.js';
import './define.js';

// Figures are logged for the report; the bounds are generous so that a slow CI machine passes,
// but a rendering that grew with the number of actors (instead of the number on screen) fails.
const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const statusText = (el: Element) => q(el, '[part~="status"]')!.textContent!.trim();

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

beforeAll(async () => {
  await page.viewport(1000, 900);
  document.documentElement.lang = 'de';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<saxon-actor-map> at scale', () => {
  it('stays smooth with 10,000 actors: each pan or zoom renders in a frame', async () => {
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
    const times: number[] = [];
    let markers = 0;
    for (const key of keys) {
      const start = performance.now();
      surface.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await el.updateComplete;
      times.push(performance.now() - start);
      markers = Math.max(markers, el.shadowRoot!.querySelectorAll('.marker, .cluster').length);
    }
    const p95 = percentile(times, 0.95);
    console.log(
      `10,000 actors: render after pan/zoom median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms; at most ${markers} markers and clusters on screen`,
    );
    expect(p95).toBeLessThan(50);
    expect(markers).toBeLessThan(400);
  }, 60_000);

  it('indexes 100,000 actors on the main thread in well under a second; a render queries in milliseconds', () => {
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
    const start = performance.now();
    const index = new ActorIndex(features);
    const build = performance.now() - start;
    // what one render asks for: the markers of a 1000 × 450 map over Dresden, at every zoom level
    const view = new Viewport(SAXONY_BOUNDS);
    view.size = { width: 1000, height: 450 };
    const queries: number[] = [];
    for (let zoom = 7; zoom <= 17; zoom++) {
      view.show(project(13.7373, 51.0504), zoom);
      const t = performance.now();
      index.items(view.visibleBounds(), view.zoom);
      queries.push(performance.now() - t);
    }
    console.log(
      `100,000 actors: index built in ${build.toFixed(0)} ms on the main thread; the markers of one render take ${percentile(queries, 0.5).toFixed(1)} ms (median), ${Math.max(...queries).toFixed(1)} ms (max) over zoom 7–17`,
    );
    expect(build).toBeLessThan(1500);
    expect(Math.max(...queries)).toBeLessThan(50);
  });
});
