import { html, nothing } from 'lit';
import type { TablePreview } from '@saxon-ai/sdk/preview';
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

/** A CSV or TSV preview: a real table with a caption and column headers, numbers right-aligned. */
export function renderTable(i18n: Localizer, table: TablePreview, id: string) {
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
      html`<table class="preview-table" part="preview-table">
        <caption id=${captionId}>
          ${rowsCaption(i18n, table)}
        </caption>
        <thead>
          <tr>
            ${table.columns.map(
              (name, column) => html`<th scope="col" class=${cellClass(column)}>${name}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${table.rows.map(
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
