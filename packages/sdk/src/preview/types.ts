// The shapes a preview comes in. Plain data (no classes, no DOM), so a preview made in a Web
// Worker crosses `postMessage` unchanged.

/** How the numbers of a column are written: `1.234,5` (German) or `1,234.5` (English). */
export type NumberFormat = 'de' | 'en';

/** The first rows of a CSV or TSV file. */
export interface TablePreview {
  kind: 'table';
  /** `TSV` when the detected delimiter is a tab, otherwise `CSV`. */
  format: 'CSV' | 'TSV';
  /** The header row. Rows wider than the header add columns named `''`. */
  columns: string[];
  /** The first `maxRows` data rows, each as wide as `columns` (short rows padded with `''`). */
  rows: string[][];
  /** The detected delimiter: `,`, `;`, a tab or `|`. */
  delimiter: string;
  /** The decoder's name of the encoding: `utf-8`, `windows-1252`, `utf-16le`, `utf-16be`. */
  encoding: string;
  /** The file starts with a byte order mark. */
  bom: boolean;
  /** The number format of the numeric columns, when they state one and agree. */
  numberFormat?: NumberFormat;
  /** Per column: every non-empty cell of the shown rows is a number. */
  numericColumns: boolean[];
  /** Per column: the number format its cells show (`undefined`: not numeric, or integers only). */
  columnNumberFormats: (NumberFormat | undefined)[];
  /** Number of data rows in the file, only when the whole file was read. */
  totalRows?: number;
  /** Not every data row is in `rows`: the file was cut at the byte cap, or has more than `maxRows`. */
  truncated: boolean;
  /** Bytes read from the file (at most the cap). */
  bytesRead: number;
  /** The file's size when known (Content-Length or the distribution's `byteSize`). */
  byteSize?: number;
}

/** A position: `[longitude, latitude]` or with altitude (RFC 7946 §3.1.1). */
export type GeoJsonPosition = number[];

export type GeoJsonGeometry =
  | { type: 'Point'; coordinates: GeoJsonPosition }
  | { type: 'MultiPoint' | 'LineString'; coordinates: GeoJsonPosition[] }
  | { type: 'MultiLineString' | 'Polygon'; coordinates: GeoJsonPosition[][] }
  | { type: 'MultiPolygon'; coordinates: GeoJsonPosition[][][] }
  | { type: 'GeometryCollection'; geometries: GeoJsonGeometry[] };

/** An RFC 7946 Feature (the same shape as `GeoJSON.Feature` of `@types/geojson`). */
export interface GeoJsonFeature {
  type: 'Feature';
  id?: string | number;
  geometry: GeoJsonGeometry | null;
  properties: Record<string, unknown> | null;
}

/** A GeoJSON file: its first features, their extent and attribute names. */
export interface GeoJsonPreview {
  kind: 'geojson';
  /** The first `maxFeatures` features (a bare geometry becomes one feature without properties). */
  features: GeoJsonFeature[];
  /** Number of features in the file. */
  featureCount: number;
  /** `[west, south, east, north]` over all features of the file; absent when none has coordinates. */
  bbox?: [number, number, number, number];
  /** Property names of the shown features, in order of first appearance. */
  propertyNames: string[];
  /** Not every feature is in `features`. */
  truncated: boolean;
}

/** A JSON file, parsed (only when it was read whole). */
export interface JsonPreview {
  kind: 'json';
  value: unknown;
  bytesRead: number;
}

/** Nothing to show in the page: the file is best opened by the browser or downloaded. */
export interface LinkPreview {
  kind: 'link';
  reason: 'image' | 'pdf' | 'unsupported';
  url: string;
}

export type Preview = TablePreview | GeoJsonPreview | JsonPreview | LinkPreview;

export type PreviewKind = Preview['kind'];

/** What `previewFromBytes` needs to know about the bytes. */
export interface PreviewInfo {
  /** The distribution's format (`CSV`, `TSV`, `GeoJSON`, `JSON`, …). */
  format?: string;
  /** The media type, with its parameters as a Content-Type may carry them (`; charset=…`). */
  mediaType?: string;
  /** The bytes are the whole file (not cut at the cap). */
  complete: boolean;
  /** The file's size, when known. */
  byteSize?: number;
  /** Data rows of a table to keep. Default 100. */
  maxRows?: number;
  /** Features of a GeoJSON file to keep. Default 1000. */
  maxFeatures?: number;
}
