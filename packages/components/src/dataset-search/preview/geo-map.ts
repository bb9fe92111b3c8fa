// A GeoJSON preview on the offline Kreis map the actor map and the entry form draw (shared/geo):
// the 13 Kreise as the base, the file's features as shapes on top, the view fitted to the file's
// bounding box. Its own chunk: only a GeoJSON preview loads the Kreis outlines.
import { html, svg } from 'lit';
import type { GeoJsonPreview } from '@saxon-ai/sdk/preview';
import { KREISE, PATH_UNITS, SAXONY_BOUNDS } from '../../shared/geo/kreise.js';
import { project, projectBounds, type WorldBounds } from '../../shared/geo/projection.js';
import type { Localizer } from '../../shared/i18n/localizer.js';

type Geometry = NonNullable<GeoJsonPreview['features'][number]['geometry']>;
type Position = number[];

/** Height over width of the map. */
const ASPECT = 0.7;
/** The smallest part of the world the map shows (a single point still gets surroundings). */
const MIN_SPAN = 0.02;

const valid = (position: Position) => Number.isFinite(position[0]) && Number.isFinite(position[1]);

const at = (position: Position) => {
  const { x, y } = project(position[0]!, position[1]!);
  return `${(x * PATH_UNITS).toFixed(2)} ${(y * PATH_UNITS).toFixed(2)}`;
};

const line = (positions: Position[], close: boolean) => {
  const points = positions.filter(valid);
  if (points.length === 0) return '';
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${at(p)}`).join('') + (close ? 'Z' : '');
};

/** SVG path data of lines and areas, and the points, of a geometry. */
function shapesOf(
  geometry: Geometry,
  out: { paths: string[]; areas: string[]; points: Position[] },
) {
  switch (geometry.type) {
    case 'Point':
      if (valid(geometry.coordinates)) out.points.push(geometry.coordinates);
      break;
    case 'MultiPoint':
      out.points.push(...geometry.coordinates.filter(valid));
      break;
    case 'LineString':
      out.paths.push(line(geometry.coordinates, false));
      break;
    case 'MultiLineString':
      out.paths.push(geometry.coordinates.map((part) => line(part, false)).join(''));
      break;
    case 'Polygon':
      out.areas.push(geometry.coordinates.map((ring) => line(ring, true)).join(''));
      break;
    case 'MultiPolygon':
      out.areas.push(
        geometry.coordinates
          .map((polygon) => polygon.map((ring) => line(ring, true)).join(''))
          .join(''),
      );
      break;
    case 'GeometryCollection':
      for (const part of geometry.geometries) shapesOf(part, out);
      break;
  }
}

/** The world rectangle to show: the file's box with a margin, widened to the map's aspect. */
function viewOf(bbox: GeoJsonPreview['bbox']): WorldBounds {
  let [minX, minY, maxX, maxY] = bbox ? projectBounds(bbox) : SAXONY_BOUNDS;
  let width = Math.max(maxX - minX, MIN_SPAN);
  let height = Math.max(maxY - minY, MIN_SPAN * ASPECT);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  width *= 1.1;
  height *= 1.1;
  if (height / width > ASPECT) width = height / ASPECT;
  else height = width * ASPECT;
  minX = cx - width / 2;
  minY = cy - height / 2;
  maxX = cx + width / 2;
  maxY = cy + height / 2;
  return [minX, minY, maxX, maxY];
}

/**
 * The map: a picture (`role="img"`) whose label says how many features it shows and that the table
 * below lists them — the table is the accessible way to read the file.
 */
export function renderGeoMap(i18n: Localizer, geo: GeoJsonPreview) {
  const shapes = { paths: [] as string[], areas: [] as string[], points: [] as Position[] };
  for (const feature of geo.features) if (feature.geometry) shapesOf(feature.geometry, shapes);
  const [minX, minY, maxX, maxY] = viewOf(geo.bbox);
  const width = (maxX - minX) * PATH_UNITS;
  const height = (maxY - minY) * PATH_UNITS;
  const radius = width / 120;
  return html`<figure class="preview-map" part="preview-map">
    <svg
      viewBox=${`${minX * PATH_UNITS} ${minY * PATH_UNITS} ${width} ${height}`}
      role="img"
      aria-label=${i18n.t('datasetSearchPreviewMap', { count: geo.featureCount })}
      focusable="false"
      preserveAspectRatio="xMidYMid meet"
    >
      ${KREISE.map((kreis) => svg`<path class="kreis" d=${kreis.path} />`)}
      ${shapes.areas.map((d) => svg`<path class="feature area" d=${d} fill-rule="evenodd" />`)}
      ${shapes.paths.map((d) => svg`<path class="feature line" d=${d} />`)}
      ${shapes.points.map((p) => {
        const { x, y } = project(p[0]!, p[1]!);
        return svg`<circle class="feature point" cx=${x * PATH_UNITS} cy=${y * PATH_UNITS} r=${radius} />`;
      })}
    </svg>
    <figcaption class="preview-facts">${i18n.t('datasetSearchPreviewMapSource')}</figcaption>
  </figure>`;
}

/** What the lazily loaded map module offers. */
export interface GeoMap {
  renderGeoMap: typeof renderGeoMap;
}
