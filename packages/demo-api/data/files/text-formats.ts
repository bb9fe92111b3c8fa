// CSV, JSON, GeoJSON and XML renderings of a dataset's demo table.

import type { DemoDataset } from '../types.ts';
import { records, type Cell, type DemoTable } from './table.ts';

/** RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break quoted. */
export function toCsv(table: DemoTable): string {
  const field = (cell: Cell) => {
    const text = String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return (
    [table.columns, ...table.rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n'
  );
}

/**
 * The German way most Saxon portals publish CSV: `;` between fields and a decimal comma. Quoted
 * where `toCsv` quotes (and where a `;` needs it), so for nearly every table the file has exactly
 * the size of the comma version.
 */
export function toGermanCsv(table: DemoTable): string {
  const field = (cell: Cell) => {
    if (typeof cell === 'number') return String(cell).replace('.', ',');
    return /[";,\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  };
  return (
    [table.columns, ...table.rows].map((row) => row.map(field).join(';')).join('\r\n') + '\r\n'
  );
}

const about = (dataset: DemoDataset) => ({
  titel: dataset.title,
  stand: dataset.modified,
  lizenz: dataset.license,
  hinweis: 'Demodaten von @saxon-ai/demo-api – erfunden, nicht amtlich.',
});

export function toJson(dataset: DemoDataset, table: DemoTable): string {
  return `${JSON.stringify({ ...about(dataset), daten: records(table) }, null, 2)}\n`;
}

/** RFC 7946: a FeatureCollection of points in WGS 84 (no `crs` member). */
export function toGeoJson(dataset: DemoDataset, table: DemoTable): string {
  const properties = records(table, false);
  return `${JSON.stringify(
    {
      type: 'FeatureCollection',
      name: dataset.name,
      features: table.points.map((coordinates, i) => ({
        type: 'Feature',
        id: i + 1,
        geometry: { type: 'Point', coordinates },
        properties: properties[i],
      })),
    },
    null,
    2,
  )}\n`;
}

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** XML element names of the columns: ASCII, lower case ("Längengrad" → "laengengrad"). */
export function xmlName(column: string): string {
  return column
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/[^a-z0-9]+/g, '_');
}

export function toXml(dataset: DemoDataset, table: DemoTable): string {
  const info = about(dataset);
  const entries = table.rows.map(
    (row) =>
      `  <eintrag>\n${row.map((cell, i) => `    <${xmlName(table.columns[i]!)}>${escapeXml(String(cell))}</${xmlName(table.columns[i]!)}>`).join('\n')}\n  </eintrag>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<datensatz titel="${escapeXml(info.titel)}" stand="${escapeXml(info.stand)}" lizenz="${escapeXml(info.lizenz)}">`,
    `  <hinweis>${escapeXml(info.hinweis)}</hinweis>`,
    ...entries,
    '</datensatz>',
    '',
  ].join('\n');
}
