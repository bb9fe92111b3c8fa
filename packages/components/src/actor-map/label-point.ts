import { project, type WorldPoint } from '../shared/geo/projection.js';

type Ring = readonly (readonly [number, number])[];

/** Distance from `p` to the segment `a`–`b`. */
function segmentDistance(p: WorldPoint, a: WorldPoint, b: WorldPoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t =
    length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Whether `p` lies inside the polygon (even–odd rule over all rings). */
function inside(p: WorldPoint, rings: readonly WorldPoint[][]): boolean {
  let result = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) {
        result = !result;
      }
    }
  }
  return result;
}

/**
 * Where a polygon's name goes: the point inside it farthest from its outline (the "pole of
 * inaccessibility"), found by a grid search refined three times. The centroid would not do: the
 * Landkreise Leipzig and Nordsachsen wrap around the city of Leipzig, and their centroids come
 * close to it. `rings` are `[lon, lat]` in degrees; the result is in world units.
 */
export function labelPoint(rings: readonly Ring[]): WorldPoint {
  const projected = rings.map((ring) => ring.map(([lon, lat]) => project(lon, lat)));
  const all = projected.flat();
  let minX = Math.min(...all.map((p) => p.x));
  let maxX = Math.max(...all.map((p) => p.x));
  let minY = Math.min(...all.map((p) => p.y));
  let maxY = Math.max(...all.map((p) => p.y));
  const distance = (p: WorldPoint) => {
    let best = Infinity;
    for (const ring of projected) {
      for (let i = 0; i < ring.length - 1; i++) {
        best = Math.min(best, segmentDistance(p, ring[i]!, ring[i + 1]!));
      }
    }
    return best;
  };
  let best: WorldPoint = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  let bestDistance = inside(best, projected) ? distance(best) : -1;
  const steps = 16;
  for (let round = 0; round < 4; round++) {
    const stepX = (maxX - minX) / steps;
    const stepY = (maxY - minY) / steps;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const p = { x: minX + i * stepX, y: minY + j * stepY };
        if (!inside(p, projected)) continue;
        const d = distance(p);
        if (d > bestDistance) {
          best = p;
          bestDistance = d;
        }
      }
    }
    // look again, closer, around the best point so far
    [minX, maxX] = [best.x - 2 * stepX, best.x + 2 * stepX];
    [minY, maxY] = [best.y - 2 * stepY, best.y + 2 * stepY];
  }
  return best;
}
