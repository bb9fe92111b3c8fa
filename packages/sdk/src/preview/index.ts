// Entry point `@saxon-ai/sdk/preview`: a look into a distribution's file before downloading it.
// Kept out of the root and open-data entries, so apps and widgets load it only when a preview is
// opened. The parsers are pure (no DOM, no I/O): `previewFromBytes` and `createTableParser` run
// in a Web Worker as well as in the page.
export { loadPreview } from './load.js';
export type { PreviewOptions } from './load.js';
export { previewFromBytes, tableFromBytesInSlices, DEFAULT_SLICE_BYTES } from './from-bytes.js';
export { createTableParser, DEFAULT_MAX_ROWS } from './table.js';
export type { TableParser, TableParserInfo } from './table.js';
export { previewKind, previewUrl } from './kind.js';
export { readPreviewBytes, DEFAULT_MAX_BYTES } from './fetch.js';
export type { PreviewFetchOptions, PreviewResponse } from './fetch.js';
export { DEFAULT_MAX_FEATURES } from './geojson.js';
export { parseNumber } from './numbers.js';
export { PreviewBlockedError, PreviewFormatError, PreviewTooLargeError } from './errors.js';
export type { PreviewFormatProblem } from './errors.js';
export type {
  GeoJsonFeature,
  GeoJsonGeometry,
  GeoJsonPosition,
  GeoJsonPreview,
  JsonPreview,
  LinkPreview,
  NumberFormat,
  Preview,
  PreviewInfo,
  PreviewKind,
  TablePreview,
} from './types.js';
export type { Distribution } from '../open-data/model.js';
export * from '../http/public.js';
