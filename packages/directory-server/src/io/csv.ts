// Reading CSV files as spreadsheets write them: RFC 4180 quoting (separators, line breaks and
// doubled quotes inside quoted cells), `;` (German Excel) or `,` or tab as separator, CRLF or LF.
//
// Why our own reader: csv-parse 7.0.3 and papaparse 5.5 both swallow every later row after one
// malformed quote (`4;"bad"x;5` turns the rest of the file into one cell), and csv-parse's record
// counter skips the broken record, so row numbers drift. An office needs the opposite: the one
// broken row reported with its spreadsheet row number and every other row imported. The reader
// below recovers at the next line and is ~80 lines.

export interface CsvRecord {
  /** Spreadsheet row number: the header is row 1; a cell with line breaks stays one row. */
  row: number;
  cells: string[];
  /** `quote`: text after a closing quote; `unclosed`: a quote that never closes. */
  malformed?: 'quote' | 'unclosed';
}

/** The separator the header row uses most outside quotes: `;`, `,` or tab (default `;`). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ';';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

function endOfLine(text: string, from: number): number {
  const next = text.slice(from).search(/\r\n|\r|\n/);
  return next === -1 ? text.length : from + next;
}

function skipLineBreak(text: string, at: number): number {
  if (text[at] === '\r' && text[at + 1] === '\n') return at + 2;
  if (text[at] === '\r' || text[at] === '\n') return at + 1;
  return at;
}

export function parseCsv(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let at = 0;
  while (at < text.length) {
    const recordStart = at;
    const cells: string[] = [];
    let malformed: CsvRecord['malformed'];
    let done = false;
    while (!done) {
      let cell: string;
      if (text[at] === '"') {
        // A quoted cell: up to the quote that is not doubled.
        let close = at + 1;
        for (;;) {
          close = text.indexOf('"', close);
          if (close === -1 || text[close + 1] !== '"') break;
          close += 2;
        }
        if (close === -1) {
          // Never closes: report the rest of this line as one broken row, go on with the next.
          const lineEnd = endOfLine(text, recordStart);
          records.push({
            row: records.length + 1,
            cells: text.slice(recordStart, lineEnd).split(delimiter),
            malformed: 'unclosed',
          });
          at = skipLineBreak(text, lineEnd);
          cells.length = 0;
          malformed = 'unclosed';
          break;
        }
        cell = text.slice(at + 1, close).replace(/""/g, '"');
        at = close + 1;
        if (at < text.length && text[at] !== delimiter && text[at] !== '\r' && text[at] !== '\n') {
          malformed = 'quote';
          const stop = Math.min(
            ...[text.indexOf(delimiter, at), endOfLine(text, at)].filter((i) => i !== -1),
          );
          cell += `"${text.slice(at, stop)}`;
          at = stop;
        }
      } else {
        let stop = at;
        while (
          stop < text.length &&
          text[stop] !== delimiter &&
          text[stop] !== '\r' &&
          text[stop] !== '\n'
        )
          stop++;
        cell = text.slice(at, stop);
        at = stop;
      }
      cells.push(cell);
      if (text[at] === delimiter) at++;
      else {
        at = skipLineBreak(text, at);
        done = true;
      }
    }
    if (malformed === 'unclosed') continue;
    records.push({ row: records.length + 1, cells, ...(malformed && { malformed }) });
  }
  return records;
}

/** Writes one CSV line: cells quoted when they hold the separator, a quote or a line break. */
export function formatCsvLine(cells: readonly string[], delimiter: string): string {
  return cells
    .map((cell) =>
      cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell,
    )
    .join(delimiter);
}
