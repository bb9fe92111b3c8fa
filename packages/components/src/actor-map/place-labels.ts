import { KREIS_TABLE } from '../shared/geo/kreis-table.js';
import { project, type WorldPoint } from '../shared/geo/projection.js';
import type { LANDKREIS_LABEL_POINTS, SAXONY_TOWNS } from './saxony-places.js';
import type { Viewport } from './viewport.js';

/**
 * How a name is drawn: a Landkreis (spaced capitals, muted), one of the three cities (bold, with
 * a dot) or a town (with a dot).
 */
export type PlaceKind = 'kreis' | 'city' | 'town';

/** A name the map may show, in order of importance. */
interface PlaceCandidate {
  key: string;
  kind: PlaceKind;
  /** One entry a line. */
  lines: readonly string[];
  point: WorldPoint;
  /** The closest zoom level at which the name is shown, and the farthest. */
  minZoom: number;
  maxZoom: number;
}

/** A name placed on screen: its box's top left corner in CSS pixels, and the place's dot. */
export interface PlacedLabel {
  key: string;
  kind: PlaceKind;
  lines: readonly string[];
  left: number;
  top: number;
  width: number;
  height: number;
  /** Where the town's dot sits; none for a Kreis. */
  dot?: { x: number; y: number };
}

/** Width and line height in CSS pixels of `text` as drawn for `kind`. */
export type MeasureText = (text: string, kind: PlaceKind) => { width: number; lineHeight: number };

// Towns by size: the cities always, towns of 40 000 and more from a regional view on, those of
// 15 000 and more closer in, the small towns (8 000) closer still. Landkreis names give way to
// the towns once those fill the map.
const TOWN_MIN_ZOOM = (thousands: number) =>
  thousands >= 200 ? 0 : thousands >= 40 ? 8.6 : thousands >= 15 ? 9.4 : 10.2;
const KREIS_MAX_ZOOM = 11.5;
/** Room between two names, and between a dot and its name. */
const GAP = 4;
const DOT_GAP = 5;
/** Beside a marker or cluster that sits on the town (the cities always have some), or beyond a
 * ring of spread-out actors around it. */
const MARKER_GAP = 26;
const RING_GAP = 66;
/** Where a Kreis name may go, in its own widths and heights from the Kreis's label point. */
const KREIS_SHIFTS: readonly [number, number][] = [
  [0, 0],
  [0, 1],
  [0, -1],
  [0.35, 0],
  [-0.35, 0],
];

/** The towns and the Landkreise's label points (saxony-places.ts), loaded with the outlines. */
export interface PlaceData {
  SAXONY_TOWNS: typeof SAXONY_TOWNS;
  LANDKREIS_LABEL_POINTS: typeof LANDKREIS_LABEL_POINTS;
}

let candidates: { places: PlaceData; list: PlaceCandidate[] } | undefined;

/** A Kreis name that is too long for one line breaks after its hyphen. */
const kreisLines = (name: string) => name.replace(/-(?=\p{Lu})/u, '-\n').split('\n');

function placeCandidates(places: PlaceData): PlaceCandidate[] {
  if (candidates?.places === places) return candidates.list;
  const { SAXONY_TOWNS, LANDKREIS_LABEL_POINTS } = places;
  const towns = SAXONY_TOWNS.map(([name, lon, lat, thousands]) => ({
    key: `town-${name}`,
    kind: (thousands >= 200 ? 'city' : 'town') as PlaceKind,
    lines: [name],
    point: project(lon, lat),
    minZoom: TOWN_MIN_ZOOM(thousands),
    maxZoom: Infinity,
  }));
  // Kreisfreie Städte carry a city's name already, so they get no second, Kreis-style label.
  const landkreise = KREIS_TABLE.filter((kreis) => kreis.kind === 'Landkreis').map((kreis) => ({
    key: `kreis-${kreis.ags}`,
    kind: 'kreis' as PlaceKind,
    lines: kreisLines(kreis.name),
    point: project(...(LANDKREIS_LABEL_POINTS[kreis.ags] ?? [0, 0])),
    minZoom: 0,
    maxZoom: KREIS_MAX_ZOOM,
  }));
  // Priority: the cities, then the Landkreise, then the towns by size (the source's order).
  const list = [
    ...towns.filter((town) => town.kind === 'city'),
    ...landkreise,
    ...towns.filter((town) => town.kind === 'town'),
  ];
  candidates = { places, list };
  return list;
}

/** A rectangle on screen in CSS pixels, e.g. a marker that names must keep clear of. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right + GAP &&
  b.left < a.right + GAP &&
  a.top < b.bottom + GAP &&
  b.top < a.bottom + GAP;

/**
 * The place names to draw at the viewport's zoom: the most important first, each at the first of
 * its positions (right of its dot, left, above, below; a Kreis name centred) where it overlaps no
 * name placed before it, lies wholly on the map and clear of `obstacles` (the map's controls);
 * names that fit nowhere are left out. `obstacles` are the map's controls and its markers.
 */
export function layoutPlaceLabels(
  viewport: Viewport,
  measure: MeasureText,
  obstacles: readonly Box[],
  places: PlaceData,
): PlacedLabel[] {
  const { width: mapWidth, height: mapHeight } = viewport.size;
  const zoom = viewport.zoom;
  const names: Box[] = [];
  const taken = () => [...obstacles, ...names];
  const placed: PlacedLabel[] = [];
  for (const place of placeCandidates(places)) {
    if (zoom < place.minZoom || zoom > place.maxZoom) continue;
    const at = viewport.toScreen(place.point);
    if (at.x < 0 || at.y < 0 || at.x > mapWidth || at.y > mapHeight) continue;
    const sizes = place.lines.map((line) => measure(line, place.kind));
    const width = Math.ceil(Math.max(...sizes.map((size) => size.width)));
    const height = Math.ceil(sizes.reduce((sum, size) => sum + size.lineHeight, 0));
    const positions: [number, number][] =
      place.kind === 'kreis'
        ? KREIS_SHIFTS.map(([dx, dy]) => [at.x + (dx - 0.5) * width, at.y + (dy - 0.5) * height])
        : [DOT_GAP, MARKER_GAP, RING_GAP].flatMap((gap): [number, number][] => [
            [at.x + gap, at.y - height / 2],
            [at.x - gap - width, at.y - height / 2],
            [at.x - width / 2, at.y - gap - height],
            [at.x - width / 2, at.y + gap],
          ]);
    const dot: Box = { left: at.x - 3, top: at.y - 3, right: at.x + 3, bottom: at.y + 3 };
    // a town whose dot another name covers stays unnamed (a marker may cover it: it sits on top)
    if (place.kind !== 'kreis' && names.some((box) => overlaps(box, dot))) continue;
    for (const [left, top] of positions) {
      const box = { left, top, right: left + width, bottom: top + height };
      const inside = left >= 0 && top >= 0 && box.right <= mapWidth && box.bottom <= mapHeight;
      if (!inside || taken().some((other) => overlaps(other, box))) continue;
      names.push(box);
      if (place.kind !== 'kreis') names.push(dot);
      placed.push({
        key: place.key,
        kind: place.kind,
        lines: place.lines,
        left: Math.round(left),
        top: Math.round(top),
        width,
        height,
        dot: place.kind === 'kreis' ? undefined : { x: Math.round(at.x), y: Math.round(at.y) },
      });
      break;
    }
  }
  return placed;
}
