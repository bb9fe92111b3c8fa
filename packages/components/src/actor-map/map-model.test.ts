import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDemoApi, generateActors } from '@saxon-ai/demo-api';
import { ActorIndex, QUICK_FIRST_VIEW_FROM, type ActorFeature } from './actor-index.js';
import { parseAgs, parseCategories, parseView } from './attributes.js';
import { KREISE, SAXONY_BOUNDS } from '../shared/geo/kreise.js';
import { project, unproject } from '../shared/geo/projection.js';
import { SAXONY_KREISE } from '../shared/geo/saxony-kreise.js';
import { parseTileTemplate, visibleTiles } from './tiles.js';
import { MAX_ZOOM, Viewport } from './viewport.js';

afterEach(() => vi.restoreAllMocks());

const viewport = (width = 800, height = 500) => {
  const view = new Viewport(SAXONY_BOUNDS);
  view.size = { width, height };
  view.fit(SAXONY_BOUNDS);
  return view;
};

describe('the bundled Kreise', () => {
  it('are an unchanged copy of the demo API’s BKG shapes: 13 Kreise with key, name and kind', async () => {
    // served by vitest's own dev server, from the repository
    const source = new URL('../../../demo-api/data/kreise.geojson', import.meta.url);
    expect(SAXONY_KREISE).toEqual(await (await fetch(source)).json());
    expect(KREISE).toHaveLength(13);
    expect(new Set(KREISE.map((kreis) => kreis.ags)).size).toBe(13);
    expect(
      KREISE.filter((kreis) => kreis.kind === 'Kreisfreie Stadt')
        .map((k) => k.name)
        .sort(),
    ).toEqual(['Chemnitz', 'Dresden', 'Leipzig']);
  });
});

describe('Viewport (Web Mercator)', () => {
  it('projects and unprojects', () => {
    const [lon, lat] = unproject(project(13.7373, 51.0504));
    expect(lon).toBeCloseTo(13.7373, 9);
    expect(lat).toBeCloseTo(51.0504, 9);
  });

  it('fits Saxony, zooms around a point, pans, and never leaves Saxony', () => {
    const view = viewport();
    const dresden = project(13.7373, 51.0504);
    const before = view.toScreen(dresden);
    expect(view.zoom).toBeGreaterThan(6);
    expect(view.zoom).toBeLessThan(9);

    expect(view.zoomTo(view.zoom + 1, before)).toBe(true);
    const after = view.toScreen(dresden);
    expect(after.x).toBeCloseTo(before.x, 6); // the point under the pointer stays put
    expect(after.y).toBeCloseTo(before.y, 6);

    view.panBy(100, 0);
    expect(view.toScreen(dresden).x).toBeCloseTo(after.x + 100, 6);
    view.panBy(1e7, 1e7);
    expect(view.center.x).toBeGreaterThanOrEqual(SAXONY_BOUNDS[0]);
    expect(view.center.y).toBeGreaterThanOrEqual(SAXONY_BOUNDS[1]);

    expect(view.zoomTo(99)).toBe(true);
    expect(view.zoom).toBe(MAX_ZOOM);
    expect(view.zoomTo(99)).toBe(false);
    view.zoomTo(-99);
    expect(view.zoom).toBe(view.minZoom);
  });
});

describe('tiles', () => {
  it('accepts absolute http(s) templates with {z}, {x}, {y} and names their hosts', () => {
    expect(parseTileTemplate('https://{s}.tile.example.org/{z}/{x}/{y}.png')?.hosts).toEqual([
      'a.tile.example.org',
      'b.tile.example.org',
      'c.tile.example.org',
    ]);
    expect(parseTileTemplate('')).toBeUndefined();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const wrong of [
      '/tiles/{z}/{x}/{y}.png',
      'javascript:alert(1)//{z}{x}{y}',
      'https://t.example/{z}/{x}.png',
    ]) {
      expect(parseTileTemplate(wrong)).toBeUndefined();
    }
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('covers the map with the tiles of the nearest whole zoom level', () => {
    const view = viewport(800, 500);
    view.zoomTo(8);
    const tiles = visibleTiles(parseTileTemplate('https://t.example/{z}/{x}/{y}.png')!, view);
    expect(tiles.every((tile) => tile.url.startsWith('https://t.example/8/'))).toBe(true);
    const right = Math.max(...tiles.map((tile) => tile.left + tile.size));
    const bottom = Math.max(...tiles.map((tile) => tile.top + tile.size));
    expect(Math.min(...tiles.map((tile) => tile.left))).toBeLessThanOrEqual(0);
    expect(right).toBeGreaterThanOrEqual(800);
    expect(bottom).toBeGreaterThanOrEqual(500);
    expect(tiles.length).toBeLessThanOrEqual(4 * 3);
  });
});

describe('attributes', () => {
  it('read categories, Kreis and view, warning about what they cannot use', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseCategories('network, research')).toEqual(['research', 'network']);
    expect(parseAgs('14612')).toBe('14612');
    expect(parseView('list')).toBe('list');
    expect(warn).not.toHaveBeenCalled();
    expect(parseCategories('research robots')).toEqual(['research']);
    expect(parseAgs('14000')).toBeUndefined();
    expect(parseView('globe')).toBe('map');
    expect(warn).toHaveBeenCalledTimes(3);
  });
});

describe('ActorIndex', () => {
  it('clusters, splits clusters when zooming in, and lists actors that share a spot', async () => {
    const app = createDemoApi();
    const response = await app.fetch(new Request('http://demo/directory/v1/actors.geojson'));
    const { features } = (await response.json()) as { features: ActorFeature[] };
    const index = new ActorIndex(features);
    const total = (zoom: number) =>
      index
        .items(SAXONY_BOUNDS, zoom)
        .reduce((sum, item) => sum + (item.kind === 'cluster' ? item.count : 1), 0);
    expect(total(7)).toBe(50);
    expect(total(MAX_ZOOM)).toBe(50);
    expect(index.items(SAXONY_BOUNDS, 7).length).toBeLessThan(
      index.items(SAXONY_BOUNDS, 10).length,
    );

    // 24 actors give only "Dresden" as their place: one point, a cluster even at the closest zoom
    const shared = index.items(SAXONY_BOUNDS, MAX_ZOOM).find((item) => item.kind === 'cluster');
    expect(shared?.kind === 'cluster' && shared.expansionZoom).toBeGreaterThan(MAX_ZOOM);
    expect(index.zoomToSeparate('barkhausen')).toBe(MAX_ZOOM);
    const casusZoom = index.zoomToSeparate('casus');
    expect(casusZoom).toBeLessThan(MAX_ZOOM);
    const items = index.items(SAXONY_BOUNDS, casusZoom);
    expect(index.keyShowing('casus', items, casusZoom)).toBe('actor-casus');
  });

  it('draws a first view from its own zoom level alone, then from the full index', async () => {
    const features: ActorFeature[] = generateActors(QUICK_FIRST_VIEW_FROM + 500).map((actor) => ({
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
    const total = (items: ReturnType<ActorIndex['items']>) =>
      items.reduce((sum, item) => sum + (item.kind === 'cluster' ? item.count : 1), 0);
    let refined = 0;
    const index = new ActorIndex(features, { quickFirstView: true, onRefined: () => refined++ });
    const zoom = 7.4; // a fitted view's fractional level

    const quick = index.items(SAXONY_BOUNDS, zoom);
    expect(index.complete).toBe(false);
    expect(total(quick)).toBe(features.length); // every actor is drawn
    const cluster = quick.find((item) => item.kind === 'cluster')!;
    expect(cluster.key).toMatch(/^cluster--\d+$/); // ids of their own, never a full index's
    expect(cluster.kind === 'cluster' && cluster.expansionZoom).toBe(8);
    const members = index.members(cluster.kind === 'cluster' ? cluster.clusterId : 0);
    expect(members).toHaveLength(cluster.kind === 'cluster' ? cluster.count : -1);
    // the actor's cluster is found among the quick items too
    expect(index.keyShowing(members[0]!.id, quick, zoom)).toBe(cluster.key);

    // right after the next paint the full index replaces it, and says so
    await vi.waitFor(() => expect(refined).toBe(1), { timeout: 10_000 });
    expect(index.complete).toBe(true);
    const full = index.items(SAXONY_BOUNDS, zoom);
    expect(total(full)).toBe(features.length);
    expect(full.every((item) => !item.key.startsWith('cluster--'))).toBe(true);
    // a quick cluster's members are still known (its key may still be focused for one render)
    expect(index.members(cluster.kind === 'cluster' ? cluster.clusterId : 0)).toHaveLength(
      members.length,
    );
  });

  it('clusters another level alone before the first paint; few actors or no option: full index', () => {
    const features = generateActors(QUICK_FIRST_VIEW_FROM).map((actor): ActorFeature => ({
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
    const quick = new ActorIndex(features, { quickFirstView: true });
    quick.items(SAXONY_BOUNDS, 7);
    expect(quick.complete).toBe(false);
    // another level before the first paint (the first fit may move it): that level alone too
    const level9 = quick.items(SAXONY_BOUNDS, 9);
    expect(quick.complete).toBe(false);
    expect(level9.reduce((sum, item) => sum + (item.kind === 'cluster' ? item.count : 1), 0)).toBe(
      features.length,
    );
    quick.zoomToSeparate(features[0]!.properties.id); // needs every level: the full index now
    expect(quick.complete).toBe(true);
    const few = new ActorIndex(features.slice(0, QUICK_FIRST_VIEW_FROM - 1), {
      quickFirstView: true,
    });
    few.items(SAXONY_BOUNDS, 7);
    expect(few.complete).toBe(true);
    const plain = new ActorIndex(features);
    plain.items(SAXONY_BOUNDS, 7);
    expect(plain.complete).toBe(true);
    // one actor at the other end of the world: still a quick view, of the actors in the bounds
    const far: ActorFeature = {
      ...features[0]!,
      id: 'far',
      geometry: { type: 'Point', coordinates: [-170, -60] },
      properties: { ...features[0]!.properties, id: 'far' },
    };
    const apart = new ActorIndex([...features, far], { quickFirstView: true });
    const close = apart.items(SAXONY_BOUNDS, 9);
    expect(apart.complete).toBe(false);
    expect(close.some((item) => item.key.startsWith('cluster--'))).toBe(true);
    expect(close.reduce((sum, item) => sum + (item.kind === 'cluster' ? item.count : 1), 0)).toBe(
      features.length,
    );
  });
});
