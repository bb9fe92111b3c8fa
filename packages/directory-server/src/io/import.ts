// `parseImport`: bytes of a JSON or CSV file → the records that are valid and, row by row, the
// reasons for every one that is not. Pure: no database, no file system; the caller upserts.
import { decodeText } from './decode.js';
import { importCsv } from './import-csv.js';
import { importJson, readJsonTopics } from './import-json.js';
import type { ImportParseResult, Language, TopicRecord } from './model.js';
import { topicIndex } from './read-shared.js';

export type { ImportParseResult, ImportWarning, RowRejection } from './model.js';

export interface ImportOptions {
  /** Default: from the file name (`.json`, `.csv`/`.tsv`/`.txt`), else from the content. */
  format?: 'json' | 'csv';
  fileName?: string;
  /** Topic ids the database knows; topics defined in the file itself count too. */
  knownTopics: ReadonlySet<string>;
  /** Known topics with labels, so a spreadsheet may name a topic by its German or English label. */
  topicLabels?: readonly TopicRecord[];
  /** Actor ids an event may name as organiser (database + file); omitted = not checked. */
  knownActors?: ReadonlySet<string>;
  /** Preferred language of the caller; both languages are always in each message. */
  language?: Language;
  /** Stamped as `updatedAt` on records that have none (default: now). */
  now?: Date;
  /** Largest accepted file (default 50 MB). */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

function detectFormat(text: string, options: ImportOptions): 'json' | 'csv' {
  if (options.format) return options.format;
  const extension = /\.([a-z0-9]+)$/i.exec(options.fileName ?? '')?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

export function parseImport(bytes: Uint8Array, options: ImportOptions): ImportParseResult {
  const result: ImportParseResult = {
    actors: [],
    events: [],
    topics: [],
    rejected: [],
    warnings: [],
  };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    result.rejected.push({
      row: 0,
      field: 'file',
      message: {
        de: `Datei: ${bytes.length} Bytes, höchstens ${maxBytes} sind erlaubt.`,
        en: `File: ${bytes.length} bytes, at most ${maxBytes} are allowed.`,
      },
    });
    return result;
  }
  const decoded = decodeText(bytes);
  if (decoded.warning) result.warnings.push({ message: decoded.warning });
  const format = detectFormat(decoded.text, options);
  const labels = [...(options.topicLabels ?? [])];
  let document: unknown;
  if (format === 'json') {
    try {
      document = JSON.parse(decoded.text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      result.rejected.push({
        row: 0,
        field: 'file',
        message: {
          de: `Datei: kein gültiges JSON (${reason}).`,
          en: `File: not valid JSON (${reason}).`,
        },
      });
      return result;
    }
    // Topics of the file are known to its actors and events even before they are stored.
    for (const topic of readJsonTopics(document)) {
      if (
        typeof topic === 'object' &&
        topic !== null &&
        typeof (topic as { id?: unknown }).id === 'string'
      ) {
        const { id, label } = topic as { id: string; label?: unknown };
        const labelObject =
          typeof label === 'object' && label !== null
            ? (label as { de?: unknown; en?: unknown })
            : {};
        labels.push({
          id,
          label: {
            de: String(labelObject.de ?? id),
            en: String(labelObject.en ?? labelObject.de ?? id),
          },
        });
      }
    }
  }
  const context = {
    topicIndex: topicIndex(options.knownTopics, labels),
    ...(options.knownActors && { knownActors: new Set(options.knownActors) }),
    now: options.now ?? new Date(),
  };
  if (format === 'json') {
    if (context.knownActors && typeof document === 'object' && document !== null) {
      const actors = Array.isArray(document) ? document : (document as { actors?: unknown }).actors;
      if (Array.isArray(actors))
        for (const actor of actors)
          if (typeof actor?.id === 'string') context.knownActors.add(actor.id);
    }
    importJson(document, context, result);
  } else {
    importCsv(decoded.text, context, result);
  }
  return result;
}

/** One rejection as a line for people: `Zeile 5 (ID tu-dresden) – Breitengrad: …`. */
export function formatRejection(
  rejection: ImportParseResult['rejected'][number],
  language: Language = 'de',
): string {
  const place =
    rejection.row === 0
      ? language === 'de'
        ? 'Datei'
        : 'File'
      : `${rejection.section ? `${rejection.section}[${rejection.row}]` : `${language === 'de' ? 'Zeile' : 'Row'} ${rejection.row}`}`;
  const id = rejection.id ? ` (ID ${rejection.id})` : '';
  return `${place}${id} – ${rejection.message[language]}`;
}
