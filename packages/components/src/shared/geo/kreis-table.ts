// The 13 Kreise of Saxony without their outlines: key, name, kind and bounding box, what a widget
// needs to filter by a Kreis and to fit the map to it before (or without) the outlines. Derived
// from saxony-kreise.ts (© GeoBasis-DE / BKG, VG250, GeoNutzV): the boxes are the exact minima
// and maxima of each outline's vertices, which kreis-table.test.ts checks against that file. Kept
// apart so that the map's script tag can load the outlines (25 kB) beside its data.
import { projectBounds, type WorldBounds } from './projection.js';

/** One Kreis as the filters and the viewport need it. */
export interface KreisInfo {
  /** 5-digit Kreis key (Amtlicher Gemeindeschlüssel), e.g. `14612`. */
  ags: string;
  /** Its name as the BKG data spells it, e.g. `Dresden`, `Sächsische Schweiz-Osterzgebirge`. */
  name: string;
  kind: 'Landkreis' | 'Kreisfreie Stadt';
  /** Its rectangle in world units, to fit the map to it. */
  bounds: WorldBounds;
}

/** `[ags, name, L(andkreis) or S(tadt), minLon, minLat, maxLon, maxLat]`, in saxony-kreise.ts order. */
type Row = [string, string, 'L' | 'S', number, number, number, number];

const ROWS: Row[] = [
  ['14612', 'Dresden', 'S', 13.5803, 50.9752, 13.9656, 51.1752],
  ['14524', 'Zwickau', 'L', 12.2267, 50.5467, 12.8055, 50.9237],
  ['14628', 'Sächsische Schweiz-Osterzgebirge', 'L', 13.4219, 50.7171, 14.4018, 51.0883],
  ['14522', 'Mittelsachsen', 'L', 12.6174, 50.6336, 13.6522, 51.2347],
  ['14730', 'Nordsachsen', 'L', 12.1486, 51.2015, 13.2166, 51.685],
  ['14625', 'Bautzen', 'L', 13.7662, 51.0188, 14.6983, 51.5446],
  ['14627', 'Meißen', 'L', 13.1822, 51.0073, 13.8565, 51.4541],
  ['14729', 'Leipzig', 'L', 12.1546, 50.9788, 12.9424, 51.4687],
  ['14521', 'Erzgebirgskreis', 'L', 12.4577, 50.3973, 13.5018, 50.8066],
  ['14626', 'Görlitz', 'L', 14.4401, 50.8193, 15.0382, 51.5973],
  ['14713', 'Leipzig', 'S', 12.2369, 51.2382, 12.5426, 51.4481],
  ['14523', 'Vogtlandkreis', 'L', 11.8715, 50.1719, 12.584, 50.6765],
  ['14511', 'Chemnitz', 'S', 12.769, 50.7435, 13.0488, 50.9026],
];

/** The 13 Kreise, in the order of the bundled outlines. */
export const KREIS_TABLE: readonly KreisInfo[] = ROWS.map(
  ([ags, name, kind, minLon, minLat, maxLon, maxLat]) => ({
    ags,
    name,
    kind: kind === 'L' ? 'Landkreis' : 'Kreisfreie Stadt',
    bounds: projectBounds([minLon, minLat, maxLon, maxLat]),
  }),
);

/** Saxony's rectangle in world units (kreise.ts computes the same from the outlines). */
export const SAXONY_BOUNDS: WorldBounds = KREIS_TABLE.reduce<WorldBounds>(
  (all, { bounds }) => [
    Math.min(all[0], bounds[0]),
    Math.min(all[1], bounds[1]),
    Math.max(all[2], bounds[2]),
    Math.max(all[3], bounds[3]),
  ],
  [Infinity, Infinity, -Infinity, -Infinity],
);

/** The Kreis with key `ags`, if it is one of Saxony's. */
export const kreisInfoByAgs = (ags: string | undefined): KreisInfo | undefined =>
  ags ? KREIS_TABLE.find((kreis) => kreis.ags === ags) : undefined;
