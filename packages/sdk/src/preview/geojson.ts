// A GeoJSON file (RFC 7946) → its first features, the extent of all of them and the attribute
// names. Checked as far as drawing needs: known geometry types with positions of finite numbers.
import { PreviewFormatError } from './errors.js';
import { parseJsonBytes } from './json.js';
import type {
  GeoJsonFeature,
  GeoJsonGeometry,
  GeoJsonPreview,
  GeoJsonPosition,
  PreviewInfo,
} from './types.js';

export const DEFAULT_MAX_FEATURES = 1000;

/** Nesting depth of `coordinates` per geometry type (0: one position). */
const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

type Box = [number, number, number, number];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isPosition(value: unknown): value is GeoJsonPosition {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

/** Visits every position of `coordinates` at `depth`; false when the nesting is wrong. */
function eachPosition(
  coordinates: unknown,
  depth: number,
  visit: (p: GeoJsonPosition) => void,
): boolean {
  if (depth === 0) {
    if (!isPosition(coordinates)) return false;
    visit(coordinates);
    return true;
  }
  if (!Array.isArray(coordinates)) return false;
  return coordinates.every((inner) => eachPosition(inner, depth - 1, visit));
}

function checkGeometry(
  value: unknown,
  visit: (p: GeoJsonPosition) => void,
  nesting = 0,
): value is GeoJsonGeometry {
  if (!isObject(value) || typeof value.type !== 'string') return false;
  if (value.type === 'GeometryCollection') {
    return (
      nesting < 8 &&
      Array.isArray(value.geometries) &&
      value.geometries.every((inner) => checkGeometry(inner, visit, nesting + 1))
    );
  }
  const depth = DEPTH[value.type];
  return depth !== undefined && eachPosition(value.coordinates, depth, visit);
}

function toFeature(value: unknown, visit: (p: GeoJsonPosition) => void): GeoJsonFeature {
  if (!isObject(value) || value.type !== 'Feature') throw new PreviewFormatError('not_geojson');
  const geometry = value.geometry ?? null;
  if (geometry !== null && !checkGeometry(geometry, visit))
    throw new PreviewFormatError('not_geojson');
  const properties = value.properties ?? null;
  if (properties !== null && !isObject(properties)) throw new PreviewFormatError('not_geojson');
  const id = typeof value.id === 'string' || typeof value.id === 'number' ? value.id : undefined;
  return {
    type: 'Feature',
    ...(id === undefined ? {} : { id }),
    geometry: geometry as GeoJsonGeometry | null,
    properties: properties as Record<string, unknown> | null,
  };
}

/** A parsed JSON value as a GeoJSON preview; PreviewFormatError when it is not GeoJSON. */
export function geoJsonFromValue(
  value: unknown,
  maxFeatures = DEFAULT_MAX_FEATURES,
): GeoJsonPreview {
  let box: Box | undefined;
  const visit = ([x, y]: GeoJsonPosition) => {
    if (!box) box = [x!, y!, x!, y!];
    else {
      box[0] = Math.min(box[0], x!);
      box[1] = Math.min(box[1], y!);
      box[2] = Math.max(box[2], x!);
      box[3] = Math.max(box[3], y!);
    }
  };
  let all: unknown[];
  if (isObject(value) && value.type === 'FeatureCollection') {
    if (!Array.isArray(value.features)) throw new PreviewFormatError('not_geojson');
    all = value.features;
  } else if (isObject(value) && value.type === 'Feature') {
    all = [value];
  } else if (
    (isObject(value) && typeof value.type === 'string' && value.type in DEPTH) ||
    (isObject(value) && value.type === 'GeometryCollection')
  ) {
    all = [{ type: 'Feature', geometry: value, properties: null }];
  } else {
    throw new PreviewFormatError('not_geojson');
  }
  const features = all.map((feature) => toFeature(feature, visit));
  const shown = features.slice(0, Math.max(0, maxFeatures));
  const propertyNames = [
    ...new Set(shown.flatMap((feature) => Object.keys(feature.properties ?? {}))),
  ];
  return {
    kind: 'geojson',
    features: shown,
    featureCount: features.length,
    ...(box ? { bbox: box } : {}),
    propertyNames,
    truncated: shown.length < features.length,
  };
}

export function geoJsonPreview(bytes: Uint8Array, info: PreviewInfo): GeoJsonPreview {
  return geoJsonFromValue(parseJsonBytes(bytes, info), info.maxFeatures);
}
