import { describe, expect, it } from 'vitest';
import { KREISE, SAXONY_BOUNDS } from '../shared/geo/kreise.js';
import { labelPoint } from './label-point.js';
import { layoutPlaceLabels, type MeasureText } from './place-labels.js';
import { unproject } from '../shared/geo/projection.js';
import { LANDKREIS_LABEL_POINTS, SAXONY_TOWNS } from './saxony-places.js';
import { ringOffsets } from './spread.js';
import { Viewport } from './viewport.js';

const PLACES = { SAXONY_TOWNS, LANDKREIS_LABEL_POINTS };

/** A stand-in for the browser's text metrics: 7 px a character, 16 px a line. */
const measure: MeasureText = (text) => ({ width: text.length * 7, lineHeight: 16 });

const fitted = (width: number, height: number) => {
  const view = new Viewport(SAXONY_BOUNDS);
  view.size = { width, height };
  view.fit(SAXONY_BOUNDS);
  return view;
};

describe('place names', () => {
  it('the stored Landkreis label points are what labelPoint() finds in the bundled shapes', () => {
    const landkreise = KREISE.filter((kreis) => kreis.kind === 'Landkreis');
    expect(Object.keys(LANDKREIS_LABEL_POINTS).sort()).toEqual(landkreise.map((k) => k.ags).sort());
    for (const kreis of landkreise) {
      const [lon, lat] = unproject(labelPoint(kreis.rings));
      const stored = LANDKREIS_LABEL_POINTS[kreis.ags]!;
      expect(Math.abs(lon - stored[0])).toBeLessThan(0.001);
      expect(Math.abs(lat - stored[1])).toBeLessThan(0.001);
    }
  });

  it('bundles the larger towns of Saxony only, within its bounds', () => {
    expect(SAXONY_TOWNS.length).toBeGreaterThan(80);
    expect(new Set(SAXONY_TOWNS.map(([name]) => name)).size).toBe(SAXONY_TOWNS.length);
    for (const [name, lon, lat] of SAXONY_TOWNS) {
      expect(name).not.toBe('');
      expect(lon).toBeGreaterThan(11.8);
      expect(lon).toBeLessThan(15.1);
      expect(lat).toBeGreaterThan(50.1);
      expect(lat).toBeLessThan(51.7);
    }
  });

  it('lays names out without overlaps, on the map and clear of obstacles, at every zoom', () => {
    for (const [width, height] of [
      [300, 240],
      [1000, 512],
    ] as const) {
      const view = fitted(width, height);
      const controls = { left: 0, top: 0, right: 50, bottom: 140 };
      for (let step = 0; step < 6; step++) {
        const labels = layoutPlaceLabels(view, measure, [controls], PLACES);
        const boxes = labels.map((l) => ({
          ...l,
          right: l.left + l.width,
          bottom: l.top + l.height,
        }));
        for (const [index, box] of boxes.entries()) {
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.right).toBeLessThanOrEqual(width);
          expect(box.bottom).toBeLessThanOrEqual(height);
          for (const other of [controls, ...boxes.slice(index + 1)]) {
            const apart =
              box.right <= other.left ||
              other.right <= box.left ||
              box.bottom <= other.top ||
              other.bottom <= box.top;
            expect(apart).toBe(true);
          }
        }
        // towns only closer in, Landkreis names only farther out
        if (view.zoom < 8.6) expect(labels.some((l) => l.kind === 'town')).toBe(false);
        if (view.zoom > 11.5) expect(labels.some((l) => l.kind === 'kreis')).toBe(false);
        view.zoomTo(view.zoom + 1);
      }
    }
  });

  it('names the three cities and all ten Landkreise at the state view of a wide map', () => {
    const labels = layoutPlaceLabels(fitted(1000, 512), measure, [], PLACES);
    expect(labels.filter((l) => l.kind === 'kreis')).toHaveLength(10);
    expect(
      labels
        .filter((l) => l.kind === 'city')
        .map((l) => l.lines[0])
        .sort(),
    ).toEqual(['Chemnitz', 'Dresden', 'Leipzig']);
  });
});

describe('actors at one place, spread out', () => {
  it('stand on a ring with room between them (markers are 28 px wide)', () => {
    for (const count of [2, 8, 12]) {
      const offsets = ringOffsets(count);
      expect(offsets).toHaveLength(count);
      offsets.forEach((a, index) => {
        for (const b of offsets.slice(index + 1)) {
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(28);
        }
      });
    }
  });
});
