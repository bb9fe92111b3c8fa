// The map's base layer: the outlines of the 13 Kreise as SVG paths, and the place names drawn on
// them (saxony-places.ts). Loaded with `import()` when a map connects, beside its data
// (outlines-loader.ts), so that the script tag does not carry the 28 kB of coordinates before
// anything is drawn; in an app's bundler it becomes a chunk the same way.
import { KREISE } from '../shared/geo/kreise.js';

export { LANDKREIS_LABEL_POINTS, SAXONY_TOWNS } from './saxony-places.js';

/** One Kreis's outline in world units × `PATH_UNITS`. */
export interface KreisOutline {
  ags: string;
  path: string;
}

export const KREIS_OUTLINES: readonly KreisOutline[] = KREISE.map(({ ags, path }) => ({
  ags,
  path,
}));

/** Every outline in one path: drawn first with a wide stroke, it shows Saxony's outer border. */
export const STATE_PATH = KREIS_OUTLINES.map((kreis) => kreis.path).join('');
