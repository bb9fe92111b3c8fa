// Which number format a column uses. A cell like `1.234,5` or `7,5` can only be German, `12.5` or
// `1,234.5` only English; `1.234`, `1,234` and integers fit both. A column is numeric when every
// non-empty cell fits a format they all share.
import type { NumberFormat } from './types.js';

const INTEGER = /^[-+]?\d+$/;
const DE = /^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const EN = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

type Fit = { de: boolean; en: boolean };

function fit(cell: string): Fit {
  return { de: DE.test(cell), en: EN.test(cell) };
}

export interface ColumnNumbers {
  numeric: boolean;
  format: NumberFormat | undefined;
}

/** Judges one column from its cells (the shown rows). */
export function columnNumbers(cells: readonly string[]): ColumnNumbers {
  let de = true;
  let en = true;
  let any = false;
  let onlyIntegers = true;
  for (const raw of cells) {
    const cell = raw.trim();
    if (!cell) continue;
    any = true;
    const f = fit(cell);
    de &&= f.de;
    en &&= f.en;
    if (!de && !en) return { numeric: false, format: undefined };
    if (!INTEGER.test(cell)) onlyIntegers = false;
  }
  if (!any) return { numeric: false, format: undefined };
  const format = onlyIntegers || de === en ? undefined : de ? 'de' : 'en';
  return { numeric: true, format };
}

/** The file's number format: the one its numeric columns show, when none shows the other. */
export function fileNumberFormat(
  formats: readonly (NumberFormat | undefined)[],
): NumberFormat | undefined {
  const shown = new Set(formats.filter((format) => format !== undefined));
  return shown.size === 1 ? [...shown][0] : undefined;
}

/** A cell as a number in the given format (`1.234,5` → 1234.5 for `de`); NaN when it is none. */
export function parseNumber(cell: string, format: NumberFormat = 'en'): number {
  const text = cell.trim();
  if (!(format === 'de' ? DE : EN).test(text)) return Number.NaN;
  const plain =
    format === 'de' ? text.replaceAll('.', '').replace(',', '.') : text.replaceAll(',', '');
  return Number(plain);
}
