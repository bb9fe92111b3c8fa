// A spreadsheet's CSV: one row an actor (or, with Titel/Beginn columns, one row an event). Every
// row is checked on its own; a broken row is reported with its spreadsheet row number and the
// other rows land.
import type { FieldReader } from './checks.js';
import {
  ACTOR_HEADERS,
  EVENT_HEADERS,
  REQUIRED_ACTOR_COLUMNS,
  REQUIRED_EVENT_COLUMNS,
  isEventHeader,
  normalizeHeader,
} from './columns.js';
import { detectDelimiter, parseCsv } from './csv.js';
import { FIELD_LABELS, IssueList, excerpt, type FieldKey } from './fields.js';
import type { ImportParseResult } from './model.js';
import { readActor } from './read-actor.js';
import { readEvent } from './read-event.js';
import type { RecordContext } from './read-shared.js';

const rowIssue = (de: string, en: string) => ({ field: 'row' as const, message: { de, en } });

export function importCsv(text: string, context: RecordContext, result: ImportParseResult): void {
  const delimiter = detectDelimiter(text);
  const [header, ...rows] = parseCsv(text, delimiter);
  if (!header || header.cells.every((cell) => cell.trim() === '')) {
    result.rejected.push({
      row: 1,
      field: 'file',
      message: {
        de: 'Datei: keine Kopfzeile mit Spaltennamen gefunden.',
        en: 'File: no header row with column names found.',
      },
    });
    return;
  }
  const events = isEventHeader(header.cells);
  const index: ReadonlyMap<string, string> = events ? EVENT_HEADERS : ACTOR_HEADERS;
  const columns: (string | undefined)[] = [];
  header.cells.forEach((cell, position) => {
    const key = index.get(normalizeHeader(cell));
    if (key === undefined || columns.includes(key)) {
      if (cell.trim() !== '') {
        result.warnings.push({
          row: 1,
          message: {
            de: `Spalte ${position + 1} „${excerpt(cell)}“ ist ${key ? 'doppelt' : 'unbekannt'} und wird ignoriert.`,
            en: `Column ${position + 1} "${excerpt(cell)}" is ${key ? 'a duplicate' : 'unknown'} and is ignored.`,
          },
        });
      }
      columns.push(undefined);
    } else {
      columns.push(key);
    }
  });
  const required: readonly string[] = events ? REQUIRED_EVENT_COLUMNS : REQUIRED_ACTOR_COLUMNS;
  const missing = required.filter((key) => !columns.includes(key));
  for (const key of missing) {
    const label = FIELD_LABELS[key as FieldKey];
    result.rejected.push({
      row: 1,
      field: key,
      message: {
        de: `Datei: die Pflichtspalte „${label.de}“ fehlt in der Kopfzeile; keine Zeile wurde gelesen.`,
        en: `File: the required column "${label.en}" is missing from the header; no row was read.`,
      },
    });
  }
  if (missing.length > 0) return;

  // A tool that ends every row with a separator gives all rows the same extra empty cell; a row
  // whose unquoted text held a separator has more cells than its neighbours.
  const trailingSeparators =
    rows.length > 0 && rows.every((record) => record.cells.length === rows[0]!.cells.length);
  const seen = new Map<string, number>();
  for (const record of rows) {
    const issues = new IssueList();
    const reader: FieldReader = {
      issues,
      spreadsheet: true,
      warn: (field, de, en) =>
        result.warnings.push({
          row: record.row,
          field,
          message: {
            de: `${FIELD_LABELS[field].de}: ${de}`,
            en: `${FIELD_LABELS[field].en}: ${en}`,
          },
        }),
    };
    const reject = (issue: { field: string; message: { de: string; en: string } }, id?: string) =>
      result.rejected.push({
        row: record.row,
        ...(id !== undefined && { id }),
        field: issue.field,
        message: issue.message,
      });
    if (record.malformed) {
      reject(
        record.malformed === 'unclosed'
          ? rowIssue(
              'Zeile: ein Anführungszeichen wird nicht geschlossen.',
              'Row: a quotation mark is never closed.',
            )
          : rowIssue(
              'Zeile: Text nach einem schließenden Anführungszeichen (falsch gesetzte Anführungszeichen).',
              'Row: text after a closing quotation mark (misplaced quotes).',
            ),
      );
      continue;
    }
    if (record.cells.every((cell) => cell.trim() === '')) {
      reject(rowIssue('Zeile: die Zeile ist leer.', 'Row: the row is empty.'));
      continue;
    }
    const extra = record.cells.slice(columns.length);
    if (extra.length > 0 && !(trailingSeparators && extra.every((cell) => cell.trim() === ''))) {
      reject(
        rowIssue(
          `Zeile: ${record.cells.length} Zellen, die Kopfzeile hat nur ${columns.length} Spalten (überzählig: „${excerpt(extra.join(delimiter))}“). Steht ein Trennzeichen im Text ohne Anführungszeichen?`,
          `Row: ${record.cells.length} cells, but the header has only ${columns.length} columns (extra: "${excerpt(extra.join(delimiter))}"). Is there a separator in unquoted text?`,
        ),
      );
      continue;
    }
    const candidate: Record<string, string> = {};
    columns.forEach((key, position) => {
      if (key !== undefined) candidate[key] = record.cells[position] ?? '';
    });
    const item = events
      ? readEvent(reader, candidate, context)
      : readActor(reader, candidate, context);
    const id = item?.id ?? (candidate.id?.trim() || undefined);
    if (!item) {
      for (const issue of issues.issues) reject(issue, id);
      continue;
    }
    const first = seen.get(item.id);
    if (first !== undefined) {
      reject(
        {
          field: 'id',
          message: {
            de: `ID: „${item.id}“ steht schon in Zeile ${first}; jede ID darf in einer Datei nur einmal vorkommen.`,
            en: `ID: "${item.id}" already appears in row ${first}; each id may occur only once in a file.`,
          },
        },
        item.id,
      );
      continue;
    }
    seen.set(item.id, record.row);
    if (events) result.events.push(item as ImportParseResult['events'][number]);
    else result.actors.push(item as ImportParseResult['actors'][number]);
  }
}
