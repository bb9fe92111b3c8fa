// The zipped downloads: an Excel workbook (Office Open XML), a "Gesamtpaket" ZIP and a zipped
// shapefile. fflate writes the archives; the timestamp is fixed (in local time, which is what ZIP
// stores), so a file is byte-identical on every run.

import { zipSync, type Zippable } from 'fflate';
import type { DemoDataset } from '../types.ts';
import { shapefileParts } from './shapefile.ts';
import type { DemoTable } from './table.ts';
import { escapeXml, toCsv, toGeoJson } from './text-formats.ts';

const MODIFIED = new Date(2026, 9, 31, 12, 0, 0);
const encode = (text: string) => new TextEncoder().encode(text);

function zip(files: Record<string, Uint8Array | string>): Uint8Array {
  const entries: Zippable = {};
  for (const [name, body] of Object.entries(files)) {
    entries[name] = [typeof body === 'string' ? encode(body) : body, { mtime: MODIFIED }];
  }
  // Stored, not deflated: the files are a few kilobytes, and storing is many times faster.
  return zipSync(entries, { level: 0, mtime: MODIFIED });
}

const SPREADSHEET = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Column letters of a 0-based index (0 → A, 26 → AA). */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** The smallest workbook Excel and LibreOffice open: one sheet, strings inline. */
export function toXlsx(table: DemoTable): Uint8Array {
  const cell = (value: string | number, column: number, row: number) => {
    const ref = `${columnName(column)}${row}`;
    return typeof value === 'number'
      ? `<c r="${ref}"><v>${value}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
  };
  const rows = [table.columns as readonly (string | number)[], ...table.rows].map(
    (row, r) => `<row r="${r + 1}">${row.map((value, c) => cell(value, c, r + 1)).join('')}</row>`,
  );
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  return zip({
    '[Content_Types].xml': `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `${xml}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${xml}<workbook xmlns="${SPREADSHEET}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="Daten" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${xml}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `${xml}<worksheet xmlns="${SPREADSHEET}"><sheetData>${rows.join('')}</sheetData></worksheet>`,
  });
}

const readme = (dataset: DemoDataset, contents: string) =>
  [
    dataset.title,
    '',
    'Demodaten von @saxon-ai/demo-api – erfunden, nicht amtlich.',
    `Stand: ${dataset.modified.slice(0, 10)}`,
    `Lizenz: ${dataset.license}`,
    '',
    contents,
    '',
  ].join('\r\n');

/** The "Gesamtpaket": the table as CSV and GeoJSON, with a short read-me. */
export function toZipPackage(dataset: DemoDataset, table: DemoTable): Uint8Array {
  return zip({
    'LIESMICH.txt': readme(dataset, 'Inhalt: die Daten als CSV-Tabelle und als GeoJSON.'),
    [`${dataset.name}.csv`]: toCsv(table),
    [`${dataset.name}.geojson`]: toGeoJson(dataset, table),
  });
}

export function toZippedShapefile(dataset: DemoDataset, table: DemoTable): Uint8Array {
  return zip({
    'LIESMICH.txt': readme(dataset, 'Inhalt: ein Shapefile (Punkte, WGS 84, Attribute in UTF-8).'),
    ...shapefileParts(dataset.name, table),
  });
}
