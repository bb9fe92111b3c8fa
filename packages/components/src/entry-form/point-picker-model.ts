// The point picker's state without any DOM: a crosshair on the shared Kreis map, moved by arrow keys
// (or a click), zoomed with + and −, and what its position honestly says. Precision follows what a
// pick can tell: one arrow step at the current zoom is how far off the point may be, so a pick on
// the whole-Saxony view is never more than `city`, whatever the visitor says the point shows.
import { KREISE, SAXONY_BOUNDS, type Kreis } from '../shared/geo/kreise.js';
import { project, unproject, type WorldPoint } from '../shared/geo/projection.js';

export type Precision = 'address' | 'campus' | 'city';

export interface PickerState {
  /** The crosshair, in world units; always the centre of the view. */
  point: WorldPoint;
  /** 0 shows all of Saxony; each step halves the width shown. */
  zoom: number;
}

export const PICKER_MAX_ZOOM = 9;
/** Arrow steps across the view: one step is this fraction of the width shown. */
const STEPS_ACROSS = 16;
/** Metres per world unit at the equator (Web Mercator: 256 world units around the earth). */
const EQUATOR_METRES_PER_UNIT = 40_075_016.686 / 256;
/** The finest step that still counts as a campus or a building. */
const CAMPUS_METRES = 500;
const BUILDING_METRES = 60;

const saxonyWidth = SAXONY_BOUNDS[2] - SAXONY_BOUNDS[0];
const saxonyHeight = SAXONY_BOUNDS[3] - SAXONY_BOUNDS[1];
const saxonyCentre: WorldPoint = {
  x: SAXONY_BOUNDS[0] + saxonyWidth / 2,
  y: SAXONY_BOUNDS[1] + saxonyHeight / 2,
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const inSaxonyBounds = ({ x, y }: WorldPoint): WorldPoint => ({
  x: clamp(x, SAXONY_BOUNDS[0], SAXONY_BOUNDS[2]),
  y: clamp(y, SAXONY_BOUNDS[1], SAXONY_BOUNDS[3]),
});

/** Where the picker starts: at a point the draft already has (zoomed in a little), else all of Saxony. */
export function initialPickerState(lat?: number, lon?: number): PickerState {
  if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    return { point: saxonyCentre, zoom: 0 };
  }
  return { point: inSaxonyBounds(project(lon, lat)), zoom: 4 };
}

/** The world rectangle shown, `[x, y, width, height]`, for a view `aspect` (height / width) tall. */
export function viewBoxOf(
  { point, zoom }: PickerState,
  aspect: number,
): [number, number, number, number] {
  const width = (saxonyWidth * 1.05) / 2 ** zoom;
  const height = width * aspect;
  return [point.x - width / 2, point.y - height / 2, width, height];
}

/** One arrow step in world units. */
const stepOf = ({ zoom }: PickerState) => (saxonyWidth * 1.05) / 2 ** zoom / STEPS_ACROSS;

/** How far one arrow step reaches on the ground at the crosshair, in metres. */
export function stepMetres(state: PickerState): number {
  const [, lat] = unproject(state.point);
  return stepOf(state) * EQUATOR_METRES_PER_UNIT * Math.cos((lat * Math.PI) / 180);
}

/** The precisions a pick at this zoom can claim: `city` always, finer ones when zoomed in enough. */
export function allowedPrecisions(state: PickerState): Precision[] {
  const metres = stepMetres(state);
  if (metres <= BUILDING_METRES) return ['address', 'campus', 'city'];
  if (metres <= CAMPUS_METRES) return ['campus', 'city'];
  return ['city'];
}

const ORDER: Precision[] = ['address', 'campus', 'city'];

/** What the visitor says the point shows, but never finer than the pick can tell. */
export function honestPrecision(stated: Precision, allowed: readonly Precision[]): Precision {
  const finest = ORDER.find((precision) => allowed.includes(precision)) ?? 'city';
  return ORDER.indexOf(stated) >= ORDER.indexOf(finest) ? stated : finest;
}

/** The state after a key press, or undefined when the key is not one of the picker's. */
export function pickerKey(state: PickerState, key: string, fine = false): PickerState | undefined {
  const step = stepOf(state) * (fine ? 0.25 : 1);
  const move = (dx: number, dy: number): PickerState => ({
    ...state,
    point: inSaxonyBounds({ x: state.point.x + dx, y: state.point.y + dy }),
  });
  switch (key) {
    case 'ArrowLeft':
      return move(-step, 0);
    case 'ArrowRight':
      return move(step, 0);
    case 'ArrowUp':
      return move(0, -step);
    case 'ArrowDown':
      return move(0, step);
    case '+':
    case '=':
      return zoomBy(state, 1);
    case '-':
    case '_':
      return zoomBy(state, -1);
    case 'Home':
      return { point: state.point, zoom: 0 };
    default:
      return undefined;
  }
}

export const zoomBy = (state: PickerState, delta: 1 | -1): PickerState => ({
  ...state,
  zoom: clamp(state.zoom + delta, 0, PICKER_MAX_ZOOM),
});

/** The state with the crosshair moved to a clicked world point (kept inside Saxony's rectangle). */
export const pickAt = (state: PickerState, point: WorldPoint): PickerState => ({
  ...state,
  point: inSaxonyBounds(point),
});

/** The crosshair in degrees, rounded to what a step can tell (4 decimals is ~10 m). */
export function lonLatOf(state: PickerState): { lat: string; lon: string } {
  const [lon, lat] = unproject(state.point);
  const decimals = stepMetres(state) < 100 ? 5 : 4;
  return { lat: lat.toFixed(decimals), lon: lon.toFixed(decimals) };
}

/** Whether `[lon, lat]` lies inside a ring (even-odd rule). */
function insideRing(lon: number, lat: number, ring: readonly [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The Kreis a point lies in, by the bundled (simplified) outlines; undefined outside Saxony. */
export function kreisAt(lat: number, lon: number): Kreis | undefined {
  return KREISE.find(({ rings }) => {
    const [outer, ...holes] = rings;
    return (
      outer !== undefined &&
      insideRing(lon, lat, outer) &&
      !holes.some((hole) => insideRing(lon, lat, hole))
    );
  });
}
