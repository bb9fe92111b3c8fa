// Web Mercator (EPSG:3857), the projection of every common tile server, so that an optional tile
// layer lines up with the bundled Kreise and the markers.

/** Side of one map tile in CSS pixels. */
export const TILE_SIZE = 256;

/** SVG path coordinates are world units times this, so that a few decimals are precise enough. */
export const PATH_UNITS = 1024;

/** A point in "world" units: Web Mercator scaled so the whole world is 256 × 256 at zoom 0. */
export interface WorldPoint {
  x: number;
  y: number;
}

/** A rectangle in world units: `[minX, minY, maxX, maxY]` (y grows southwards). */
export type WorldBounds = [number, number, number, number];

/** A rectangle in WGS84 degrees: `[minLon, minLat, maxLon, maxLat]`. */
export type LonLatBounds = [number, number, number, number];

const MAX_LAT = 85.0511287798;

/** Longitude and latitude (degrees) → world units. */
export function project(lon: number, lat: number): WorldPoint {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return {
    x: ((lon + 180) / 360) * TILE_SIZE,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * TILE_SIZE,
  };
}

/** World units → `[lon, lat]` in degrees. */
export function unproject(point: WorldPoint): [number, number] {
  const lon = (point.x / TILE_SIZE) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * point.y) / TILE_SIZE;
  const lat = (180 / Math.PI) * Math.atan(Math.sinh(n));
  return [lon, lat];
}

/** The world rectangle of a rectangle in degrees. */
export function projectBounds([minLon, minLat, maxLon, maxLat]: LonLatBounds): WorldBounds {
  const topLeft = project(minLon, maxLat);
  const bottomRight = project(maxLon, minLat);
  return [topLeft.x, topLeft.y, bottomRight.x, bottomRight.y];
}

/** The rectangle in degrees of a world rectangle. */
export function unprojectBounds([minX, minY, maxX, maxY]: WorldBounds): LonLatBounds {
  const [minLon, maxLat] = unproject({ x: minX, y: minY });
  const [maxLon, minLat] = unproject({ x: maxX, y: maxY });
  return [minLon, minLat, maxLon, maxLat];
}

/** The smallest rectangle around every point of `coordinates` (`[lon, lat]` pairs). */
export function lonLatBoundsOf(coordinates: Iterable<readonly [number, number]>): LonLatBounds {
  const bounds: LonLatBounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of coordinates) {
    bounds[0] = Math.min(bounds[0], lon);
    bounds[1] = Math.min(bounds[1], lat);
    bounds[2] = Math.max(bounds[2], lon);
    bounds[3] = Math.max(bounds[3], lat);
  }
  return bounds;
}
