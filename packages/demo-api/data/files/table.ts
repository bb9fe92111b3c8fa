// The rows behind every demo download: a small table about the dataset's subject in the dataset's
// place — one row per Kreis for state-wide data, numbered entries with points inside the Kreis for
// local data. A pure function of the record, so a file is the same wherever and whenever it is
// made, and datasets.json can state its exact size.

import kreisPoints from '../kreis-points.json' with { type: 'json' };
import { KREISE, PUBLISHER_PLACES } from '../dataset-templates.ts';
import { hashString } from '../random.ts';
import type { DemoDataset } from '../types.ts';

export type Cell = string | number;

export interface DemoTable {
  columns: readonly string[];
  rows: Cell[][];
  /** Position of each row, `[lon, lat]` (WGS 84). */
  points: [number, number][];
}

export const COLUMNS = [
  'Nr',
  'Bezeichnung',
  'Gebiet',
  'AGS',
  'Stichtag',
  'Wert',
  'Längengrad',
  'Breitengrad',
] as const;

const LOCAL_ROWS = 12;
const POINTS = kreisPoints as unknown as Record<string, [number, number][]>;

/** The Kreis the dataset is about: its geocoding, else its publisher's seat; none = all Saxony. */
export function kreisOf(dataset: DemoDataset): string | undefined {
  const fromSpatial = /districtKey\/(\d{5})$/.exec(dataset.spatial ?? '')?.[1];
  return fromSpatial ?? PUBLISHER_PLACES[dataset.publisherId]?.ags;
}

export function demoTable(dataset: DemoDataset): DemoTable {
  const subject = dataset.keywords[0] ?? dataset.title;
  const day = dataset.modified.slice(0, 10);
  const value = (n: number) => 10 + (hashString(`${dataset.name}#${n}`) % 990);
  const ags = kreisOf(dataset);
  const places =
    ags === undefined
      ? KREISE.map((kreis) => ({
          name: kreis.name,
          ags: kreis.ags!,
          point: POINTS[kreis.ags!]![0]!,
        }))
      : Array.from({ length: LOCAL_ROWS }, (_, i) => ({
          name: KREISE.find((kreis) => kreis.ags === ags)?.name ?? ags,
          ags,
          point: POINTS[ags]![i % POINTS[ags]!.length]!,
        }));
  const rows = places.map((place, i): Cell[] => [
    i + 1,
    ags === undefined ? `${subject} – ${place.name}` : `${subject} ${i + 1}`,
    place.name,
    place.ags,
    day,
    value(i + 1),
    place.point[0],
    place.point[1],
  ]);
  return { columns: COLUMNS, rows, points: places.map((place) => place.point) };
}

/** The table's rows as objects keyed by column name (JSON, GeoJSON properties). */
export function records(table: DemoTable, withPosition = true): Record<string, Cell>[] {
  const columns = withPosition ? table.columns : table.columns.slice(0, -2);
  return table.rows.map((row) => Object.fromEntries(columns.map((name, i) => [name, row[i]!])));
}
