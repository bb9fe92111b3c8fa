import { project } from '../shared/geo/projection.js';

/** What a quick level needs of an actor: where it is. */
interface Located {
  geometry: { coordinates: readonly [number, number] | readonly number[] };
}

/** A cluster of a quick level, or an actor alone: its position in world units, its actors' indexes. */
export interface QuickGroup {
  x: number;
  y: number;
  /** The first is the actor that gathered the others. */
  members: number[];
}

/** Cells per row of the grid: more than the cells of one radius across the world at `MAX_ZOOM`. */
const ROW = 2 ** 22;

/**
 * One zoom level clustered on its own, for the map's first view (issue 27). It clusters as
 * supercluster clusters each of its levels — the actors in their order, each one not yet taken
 * gathering those not yet taken within the radius, at their mean position — but looks for
 * neighbours in a grid of cells one radius wide instead of a k-d tree: building and sorting a tree
 * of every actor, in code the browser has not yet optimised, was the larger part of the time
 * between the answer and the first paint. One pass sorts the actors into cells, one clusters them.
 * `radius` is in world units at zoom 0.
 */
export function clusterLevel(
  points: readonly Located[],
  zoom: number,
  radius: number,
): QuickGroup[] {
  const count = points.length;
  const r = radius / 2 ** zoom;
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  /** Each actor's cell, and where it is in the cell's list of actors not yet taken (-1: taken). */
  const cellOf = new Float64Array(count);
  const slot = new Int32Array(count);
  const cells = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    // indexes, not `[lon, lat] = …`: this runs before the browser has optimised it
    const coordinates = points[i]!.geometry.coordinates;
    const { x, y } = project(coordinates[0]!, coordinates[1]!);
    xs[i] = x;
    ys[i] = y;
    const cell = Math.floor(y / r) * ROW + Math.floor(x / r);
    cellOf[i] = cell;
    let actors = cells.get(cell);
    if (!actors) cells.set(cell, (actors = []));
    slot[i] = actors.push(i) - 1;
  }
  // A taken actor leaves its cell's list (the last one takes its place), so that the cells of a
  // crowded city are not read again and again for every cluster next to it.
  const take = (actors: number[], j: number) => {
    const last = actors.pop()!;
    if (last !== j) {
      actors[slot[j]!] = last;
      slot[last] = slot[j]!;
    }
    slot[j] = -1;
  };

  const groups: QuickGroup[] = [];
  const r2 = r * r;
  for (let i = 0; i < count; i++) {
    if (slot[i]! < 0) continue;
    const cell = cellOf[i]!;
    take(cells.get(cell)!, i);
    const x = xs[i]!;
    const y = ys[i]!;
    const members = [i];
    let sumX = x;
    let sumY = y;
    // Anything within one radius lies in the actor's cell or one of the eight around it.
    for (let dy = -ROW; dy <= ROW; dy += ROW) {
      for (let dx = -1; dx <= 1; dx++) {
        const actors = cells.get(cell + dy + dx);
        if (!actors) continue;
        for (let k = 0; k < actors.length;) {
          const j = actors[k]!;
          const ddx = xs[j]! - x;
          const ddy = ys[j]! - y;
          if (ddx * ddx + ddy * ddy > r2) {
            k++;
            continue;
          }
          take(actors, j); // another actor moves to `k`: read it next
          members.push(j);
          sumX += xs[j]!;
          sumY += ys[j]!;
        }
      }
    }
    groups.push({ x: sumX / members.length, y: sumY / members.length, members });
  }
  return groups;
}
