import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { TablePreview } from '@saxon-ai/sdk/preview';
import { cssom } from '../../shared/cssom.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { formatBytes } from '../detail.view.js';

const DELIMITER_NAMES: Record<string, 'comma' | 'semicolon' | 'tab' | 'pipe'> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

/** "Erste 100 von 12.345 Zeilen", "Die ersten 100 Zeilen der Datei" or "Alle 12 Zeilen". */
export function rowsCaption(i18n: Localizer, table: TablePreview): string {
  const count = table.rows.length;
  if (table.totalRows !== undefined && table.totalRows > count) {
    return i18n.t('datasetSearchPreviewRowsOf', {
      count,
      total: i18n.number(table.totalRows),
    });
  }
  if (table.truncated) return i18n.t('datasetSearchPreviewRowsFirst', { count });
  return i18n.t('datasetSearchPreviewRowsAll', { count });
}

/** Columns, delimiter, encoding and number format, as one line of facts. */
function tableFacts(i18n: Localizer, table: TablePreview): string[] {
  const delimiter = DELIMITER_NAMES[table.delimiter];
  return [
    table.format,
    i18n.t('datasetSearchPreviewColumns', { count: table.columns.length }),
    delimiter
      ? i18n.t('datasetSearchPreviewDelimiter', {
          delimiter: i18n.t(`datasetSearchPreviewDelimiter_${delimiter}`),
        })
      : '',
    i18n.t('datasetSearchPreviewEncoding', {
      encoding: table.encoding.toUpperCase() + (table.bom ? ' (BOM)' : ''),
    }),
    table.numberFormat ? i18n.t(`datasetSearchPreviewNumbers_${table.numberFormat}`) : '',
  ].filter(Boolean);
}

/**
 * A scrollable region around a wide table: labelled by the table's caption and focusable, so
 * keyboard users can scroll it sideways with the arrow keys. The page itself never scrolls sideways.
 */
export const scrollRegion = (captionId: string, table: unknown) =>
  html`<div
    class="table-scroll"
    part="preview-scroll"
    role="region"
    tabindex="0"
    aria-labelledby=${captionId}
  >
    ${table}
  </div>`;

const widthCache = new WeakMap<TablePreview, ReturnType<typeof columnWidths>>();
const widthsOf = (table: TablePreview) => {
  let widths = widthCache.get(table);
  if (!widths) widthCache.set(table, (widths = columnWidths(table.columns, table.rows)));
  return widths;
};

/** Widest column, in characters: longer cells wrap. */
const MAX_COLUMN_CHARS = 32;
/**
 * How much wider than a digit (`ch`) a header's letters are: headers are bold and have capitals
 * and wide letters, and they wrap only between words, so a column is as wide as its longest
 * header word at this ratio.
 */
const HEADER_CHAR_RATIO = 1.25;
/** Table rows rendered per task: a few at a time, so that none blocks the page for long. */
export const ROWS_PER_TASK = 10;

/**
 * The first `shown` rows, in blocks of {@link ROWS_PER_TASK}: a block once rendered is not looked
 * at again (`guard`), so adding the next rows costs only those rows, not all the rows before.
 */
export function rowBlocks<Row>(
  rows: readonly Row[],
  shown: number,
  renderRow: (row: Row) => unknown,
) {
  const blocks = [];
  for (let start = 0; start < shown; start += ROWS_PER_TASK) {
    const end = Math.min(shown, start + ROWS_PER_TASK);
    blocks.push(guard([rows, start, end], () => rows.slice(start, end).map(renderRow)));
  }
  return blocks;
}

/**
 * Column widths from the longest text of each column, for `table-layout: fixed`: the browser then
 * lays the table out without measuring every cell first — what keeps a 100-row table from
 * blocking the page while it appears.
 */
export function columnWidths(columns: readonly string[], rows: readonly (readonly string[])[]) {
  const chars = columns.map((name, column) =>
    Math.max(
      Math.min(
        MAX_COLUMN_CHARS,
        Math.max(3, name.length, ...rows.map((row) => row[column]?.length ?? 0)),
      ),
      Math.ceil(Math.min(MAX_COLUMN_CHARS, longestWord(name)) * HEADER_CHAR_RATIO),
    ),
  );
  return {
    columns: chars.map((n) => `calc(${n}ch + 1.25em)`),
    table: `calc(${chars.reduce((sum, n) => sum + n, 0)}ch + ${chars.length * 1.25}em)`,
  };
}

const longestWord = (text: string) =>
  Math.max(0, ...text.split(/[\s\-/]+/).map((word) => word.length));

/** The `<colgroup>` and table width of {@link columnWidths}. */
export const colgroup = (widths: ReturnType<typeof columnWidths>) =>
  html`<colgroup>
    ${widths.columns.map((width) => html`<col ${cssom({ width })} />`)}
  </colgroup>`;

/**
 * A CSV or TSV preview: a real table with a caption and column headers, numbers right-aligned.
 * Only the first `shown` rows are rendered (the rest follow in later tasks).
 */
export function renderTable(i18n: Localizer, table: TablePreview, id: string, shown: number) {
  const captionId = `${id}-caption`;
  const numeric = table.numericColumns;
  const cellClass = (column: number) => (numeric[column] ? 'num' : nothing);
  const capped =
    table.byteSize !== undefined && table.bytesRead < table.byteSize
      ? i18n.t('datasetSearchPreviewCapped', { size: formatBytes(i18n, table.bytesRead) })
      : '';
  return html`<p class="preview-facts" part="preview-facts">
      ${tableFacts(i18n, table).join(' · ')}
    </p>
    ${capped ? html`<p class="preview-facts">${capped}</p>` : nothing}
    ${scrollRegion(
      captionId,
      html`<table
        class="preview-table"
        part="preview-table"
        ${cssom({ width: widthsOf(table).table })}
      >
        <caption id=${captionId}>
          ${rowsCaption(i18n, table)}
        </caption>
        ${colgroup(widthsOf(table))}
        <thead>
          <tr>
            ${table.columns.map(
              (name, column) => html`<th scope="col" class=${cellClass(column)}>${name}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${rowBlocks(
            table.rows,
            shown,
            (row) =>
              html`<tr>
                ${row.map((cell, column) => html`<td class=${cellClass(column)}>${cell}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>`,
    )}
    ${table.rows.length === 0 ? html`<p>${i18n.t('datasetSearchPreviewNoRows')}</p>` : nothing}`;
}
