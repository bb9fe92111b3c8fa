// An ESRI shapefile of the demo table's points (.shp, .shx, .dbf with UTF-8 .cpg, .prj in WGS 84),
// after the ESRI Shapefile Technical Description (1998) and the dBase III table format.

import type { DemoTable } from './table.ts';

const HEADER = 100;
const RECORD = 28; // 8 bytes record header + shape type + x + y
const WGS84 =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

function mainHeader(view: DataView, bytes: number, points: readonly [number, number][]): void {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  view.setInt32(0, 9994); // file code, big-endian
  view.setInt32(24, bytes / 2); // file length in 16-bit words
  view.setInt32(28, 1000, true); // version
  view.setInt32(32, 1, true); // shape type: Point
  [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((value, i) =>
    view.setFloat64(36 + i * 8, value, true),
  );
}

function shp(points: readonly [number, number][]): Uint8Array {
  const view = new DataView(new ArrayBuffer(HEADER + RECORD * points.length));
  mainHeader(view, view.byteLength, points);
  points.forEach(([x, y], i) => {
    const at = HEADER + RECORD * i;
    view.setInt32(at, i + 1); // record number
    view.setInt32(at + 4, 10); // content length in words
    view.setInt32(at + 8, 1, true);
    view.setFloat64(at + 12, x, true);
    view.setFloat64(at + 20, y, true);
  });
  return new Uint8Array(view.buffer);
}

function shx(points: readonly [number, number][]): Uint8Array {
  const view = new DataView(new ArrayBuffer(HEADER + 8 * points.length));
  mainHeader(view, view.byteLength, points);
  points.forEach((_, i) => {
    view.setInt32(HEADER + 8 * i, (HEADER + RECORD * i) / 2);
    view.setInt32(HEADER + 8 * i + 4, 10);
  });
  return new Uint8Array(view.buffer);
}

interface Field {
  name: string;
  type: 'C' | 'N';
  length: number;
  column: number;
}

const FIELDS: readonly Field[] = [
  { name: 'NR', type: 'N', length: 5, column: 0 },
  { name: 'NAME', type: 'C', length: 100, column: 1 },
  { name: 'GEBIET', type: 'C', length: 60, column: 2 },
  { name: 'AGS', type: 'C', length: 5, column: 3 },
  { name: 'STICHTAG', type: 'C', length: 10, column: 4 },
  { name: 'WERT', type: 'N', length: 6, column: 5 },
];

/** UTF-8 bytes of `text`, cut at a character boundary to fit `length`. */
function fit(text: string, length: number): Uint8Array {
  const encoder = new TextEncoder();
  let bytes = encoder.encode(text);
  let chars = [...text];
  while (bytes.length > length) {
    chars = chars.slice(0, -1);
    bytes = encoder.encode(chars.join(''));
  }
  return bytes;
}

function dbf(table: DemoTable): Uint8Array {
  const headerLength = 32 + 32 * FIELDS.length + 1;
  const recordLength = 1 + FIELDS.reduce((sum, f) => sum + f.length, 0);
  const bytes = new Uint8Array(headerLength + recordLength * table.rows.length + 1);
  const view = new DataView(bytes.buffer);
  bytes[0] = 0x03;
  [126, 10, 31].forEach((value, i) => (bytes[1 + i] = value)); // last update 2026-10-31
  view.setUint32(4, table.rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  FIELDS.forEach((field, i) => {
    const at = 32 + 32 * i;
    bytes.set(new TextEncoder().encode(field.name), at);
    bytes[at + 11] = field.type.charCodeAt(0);
    bytes[at + 16] = field.length;
  });
  bytes[headerLength - 1] = 0x0d;
  table.rows.forEach((row, r) => {
    let at = headerLength + recordLength * r;
    bytes[at++] = 0x20; // not deleted
    for (const field of FIELDS) {
      bytes.fill(0x20, at, at + field.length);
      const value = fit(String(row[field.column]), field.length);
      bytes.set(value, field.type === 'N' ? at + field.length - value.length : at);
      at += field.length;
    }
  });
  bytes[bytes.length - 1] = 0x1a;
  return bytes;
}

/** The files of a shapefile named `name`, ready to be zipped. */
export function shapefileParts(name: string, table: DemoTable): Record<string, Uint8Array> {
  const text = (value: string) => new TextEncoder().encode(value);
  return {
    [`${name}.shp`]: shp(table.points),
    [`${name}.shx`]: shx(table.points),
    [`${name}.dbf`]: dbf(table),
    [`${name}.cpg`]: text('UTF-8'),
    [`${name}.prj`]: text(WGS84),
  };
}
