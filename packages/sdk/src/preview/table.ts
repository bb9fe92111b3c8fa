// CSV/TSV bytes → TablePreview, resumable: `write` takes the file in slices of any size (so a
// widget can yield to the page between slices, or a worker can parse while the body streams in),
// `end` returns the preview. Holds the first `maxRows` rows and counts the rest.
import { CsvReader } from './csv.js';
import { detectDelimiter } from './delimiter.js';
import { TextSniffer } from './decode.js';
import { PreviewFormatError } from './errors.js';
import { columnNumbers, fileNumberFormat } from './numbers.js';
import type { PreviewInfo, TablePreview } from './types.js';

export const DEFAULT_MAX_ROWS = 100;

/**
 * Starts of formats portals mislabel as CSV, as decoded text: ZIP/XLSX, PDF, PNG (0x89 read as
 * Windows-1252), GIF, JPEG, XLS (OLE).
 */
const BINARY_STARTS = [
  'PK\u0003\u0004',
  '%PDF-',
  '\u2030PNG',
  '\u0089PNG',
  'GIF8',
  '\u00ff\u00d8\u00ff',
  '\u00d0\u00cf\u0011\u00e0',
];

/**
 * A binary file rather than text: a known signature, or more than one in ten of the first
 * characters a control character. A stray NUL inside a cell (hostile data) is still text.
 */
function looksBinary(text: string): boolean {
  if (BINARY_STARTS.some((start) => text.startsWith(start))) return true;
  const head = Math.min(text.length, 4096);
  let controls = 0;
  for (let i = 0; i < head; i++) {
    const code = text.charCodeAt(i);
    if (
      code < 0x20 &&
      code !== 0x09 &&
      code !== 0x0a &&
      code !== 0x0d &&
      code !== 0x0c &&
      code !== 0x0b
    )
      controls++;
  }
  return controls * 10 > head;
}

/** Text gathered before the delimiter is judged (or the whole file, when shorter). */
const SAMPLE_CHARS = 16_384;

export interface TableParser {
  /** Feeds the next slice of the file's bytes. */
  write(bytes: Uint8Array): void;
  /**
   * The preview of everything written. `complete` tells whether that was the whole file (default:
   * `info.complete` given to `createTableParser`); if not, the row the cap cut is dropped.
   * `byteSize` overrides `info.byteSize`. Throws `PreviewFormatError` for a file that is not a table.
   */
  end(ending?: { complete: boolean; byteSize?: number | undefined }): TablePreview;
}

const isTsv = (info: PreviewInfo) =>
  /^tsv$/i.test(info.format ?? '') || /tab-separated-values/i.test(info.mediaType ?? '');

/** `info.complete` may wait until `end`, when the reader knows it. */
export type TableParserInfo = Omit<PreviewInfo, 'complete'> & { complete?: boolean };

export function createTableParser(start: TableParserInfo): TableParser {
  let info: PreviewInfo = { ...start, complete: start.complete ?? false };
  const maxRows = Math.max(0, info.maxRows ?? DEFAULT_MAX_ROWS);
  const sniffer = new TextSniffer(info.mediaType);
  let bytesRead = 0;
  let sample = '';
  let reader: CsvReader | undefined;
  let delimiter = ',';
  let columns: string[] | undefined;
  const rows: string[][] = [];
  let dataRows = 0;
  let checked = false;

  const onRecord = (record: string[]) => {
    if (!columns) columns = record;
    else {
      dataRows++;
      if (rows.length < maxRows) rows.push(record);
    }
  };

  /** Binary files and HTML error pages announced as CSV are refused at their first text. */
  const check = (text: string) => {
    checked = true;
    if (looksBinary(text)) throw new PreviewFormatError('binary');
    if (/^\s*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text))
      throw new PreviewFormatError('html');
  };

  const feed = (text: string, last: boolean) => {
    if (!reader) {
      sample += text;
      if (sample.length < SAMPLE_CHARS && !last) return;
      if (!checked) check(sample);
      delimiter = detectDelimiter(sample, last && info.complete, isTsv(info));
      reader = new CsvReader(delimiter, onRecord);
      text = sample;
      sample = '';
    }
    reader.write(text);
  };

  return {
    write(bytes) {
      bytesRead += bytes.length;
      feed(sniffer.decode(bytes), false);
    },
    end(ending) {
      if (ending) {
        const byteSize = ending.byteSize ?? info.byteSize;
        info = {
          ...info,
          complete: ending.complete,
          ...(byteSize === undefined ? {} : { byteSize }),
        };
      }
      feed(sniffer.decode(new Uint8Array(0), true), true);
      if (info.complete && reader!.inQuotes) throw new PreviewFormatError('unterminated_quote');
      reader!.end(info.complete);
      if (!columns) throw new PreviewFormatError(info.complete ? 'empty' : 'unterminated_quote');
      return tablePreview({
        columns,
        rows,
        dataRows,
        delimiter,
        encoding: sniffer.encoding,
        bom: sniffer.bom,
        bytesRead,
        info,
      });
    },
  };
}

function tablePreview(parts: {
  columns: string[];
  rows: string[][];
  dataRows: number;
  delimiter: string;
  encoding: string;
  bom: boolean;
  bytesRead: number;
  info: PreviewInfo;
}): TablePreview {
  const { info, dataRows } = parts;
  const width = Math.max(parts.columns.length, ...parts.rows.map((row) => row.length));
  const pad = (row: string[]) =>
    row.length < width ? [...row, ...Array<string>(width - row.length).fill('')] : row;
  const columns = pad(parts.columns);
  const rows = parts.rows.map(pad);
  const judged = columns.map((_, i) => columnNumbers(rows.map((row) => row[i]!)));
  const columnNumberFormats = judged.map((column) => column.format);
  const numberFormat = fileNumberFormat(columnNumberFormats);
  return {
    kind: 'table',
    format: parts.delimiter === '\t' ? 'TSV' : 'CSV',
    columns,
    rows,
    delimiter: parts.delimiter,
    encoding: parts.encoding,
    bom: parts.bom,
    ...(numberFormat ? { numberFormat } : {}),
    numericColumns: judged.map((column) => column.numeric),
    columnNumberFormats,
    ...(info.complete ? { totalRows: dataRows } : {}),
    truncated: !info.complete || dataRows > rows.length,
    bytesRead: parts.bytesRead,
    ...(info.byteSize === undefined ? {} : { byteSize: info.byteSize }),
  };
}
