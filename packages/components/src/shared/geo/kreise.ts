import {
  lonLatBoundsOf,
  PATH_UNITS,
  project,
  projectBounds,
  type WorldBounds,
} from './projection.js';
import { SAXONY_KREISE, type KreisFeature } from './saxony-kreise.js';

export { PATH_UNITS };

/** One of Saxony's 13 Kreise, ready to draw and to filter by. */
export interface Kreis {
  /** 5-digit Kreis key (Amtlicher Gemeindeschlüssel), e.g. `14612`. */
  ags: string;
  /** Its name as the BKG data spells it, e.g. `Dresden`, `Sächsische Schweiz-Osterzgebirge`. */
  name: string;
  kind: KreisFeature['properties']['kind'];
  /** Its rectangle in world units, to fit the map to it. */
  bounds: WorldBounds;
  /** Its outline as SVG path data in world units × {@link PATH_UNITS}. */
  path: string;
  /** Its outline in WGS84 degrees (`[lon, lat]` rings), as bundled. */
  rings: [number, number][][];
}

const toPath = (rings: [number, number][][]) =>
  rings
    .map(
      (ring) =>
        ring
          .map(([lon, lat], index) => {
            const { x, y } = project(lon, lat);
            return `${index === 0 ? 'M' : 'L'}${(x * PATH_UNITS).toFixed(2)} ${(y * PATH_UNITS).toFixed(2)}`;
          })
          .join('') + 'Z',
    )
    .join('');

/** The 13 Kreise, from the bundled BKG shapes. */
export const KREISE: readonly Kreis[] = SAXONY_KREISE.features.map((feature) => ({
  ...feature.properties,
  bounds: projectBounds(lonLatBoundsOf(feature.geometry.coordinates.flat())),
  path: toPath(feature.geometry.coordinates),
  rings: feature.geometry.coordinates,
}));

/** Saxony's rectangle in world units. */
export const SAXONY_BOUNDS: WorldBounds = KREISE.reduce<WorldBounds>(
  (all, { bounds }) => [
    Math.min(all[0], bounds[0]),
    Math.min(all[1], bounds[1]),
    Math.max(all[2], bounds[2]),
    Math.max(all[3], bounds[3]),
  ],
  [Infinity, Infinity, -Infinity, -Infinity],
);

/** The Kreis with key `ags`, if it is one of Saxony's. */
export const kreisByAgs = (ags: string | undefined): Kreis | undefined =>
  ags ? KREISE.find((kreis) => kreis.ags === ags) : undefined;
