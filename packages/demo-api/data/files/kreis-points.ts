// Sample points inside each Kreis of kreise.geojson, for the demo's GeoJSON, WFS and shapefile
// downloads: features of a Dresden dataset lie in Dresden. Computed once by build-datasets.ts
// (which writes kreis-points.json), because the served files are made in Node and in browsers
// where the shapes cannot be read from disk.

import { createRandom } from '../random.ts';

type Ring = [number, number][];

interface KreisFeature {
  properties: { ags: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] };
}

/** Points per Kreis: enough for a dataset's rows (see table.ts). */
export const POINTS_PER_KREIS = 16;

/** Even-odd rule over all rings, so holes stay empty. */
function inside([x, y]: [number, number], rings: readonly Ring[]): boolean {
  let result = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
    }
  }
  return result;
}

const round5 = (value: number): number => Math.round(value * 1e5) / 1e5;

/** `{ ags: [[lon, lat], …] }`, deterministic: points drawn in each bounding box, kept when inside. */
export function samplePoints(
  features: readonly KreisFeature[],
  seed = 14,
): Record<string, [number, number][]> {
  const random = createRandom(seed);
  const result: Record<string, [number, number][]> = {};
  for (const feature of [...features].sort((a, b) =>
    a.properties.ags.localeCompare(b.properties.ags),
  )) {
    const rings = feature.geometry.coordinates;
    const xs = rings.flat().map(([x]) => x);
    const ys = rings.flat().map(([, y]) => y);
    const [minX, maxX, minY, maxY] = [
      Math.min(...xs),
      Math.max(...xs),
      Math.min(...ys),
      Math.max(...ys),
    ];
    const points: [number, number][] = [];
    while (points.length < POINTS_PER_KREIS) {
      const point: [number, number] = [
        round5(minX + (maxX - minX) * random.next()),
        round5(minY + (maxY - minY) * random.next()),
      ];
      if (inside(point, rings)) points.push(point);
    }
    result[feature.properties.ags] = points;
  }
  return result;
}
