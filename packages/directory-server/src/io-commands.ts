// `saxon-directory import` and `export`: files in and out through the io modules, the database
// through the storage interface. Import checks every row first (./io/import.ts) and upserts the
// good ones by id in one transaction; `--dry-run` only reports.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Logger } from './http/log.js';
import { exportActorsCsv, exportActorsGeoJson, exportEventsIcs, exportJson } from './io/export.js';
import { formatRejection, parseImport, type ImportParseResult } from './io/import.js';
import type { Language } from './model.js';
import type { DirectoryStorage } from './storage/types.js';

/** Exit code when some rows were rejected (the others imported, or would be in a dry run). */
export const EXIT_ROWS_REJECTED = 3;

export const EXPORT_FORMATS = ['json', 'csv', 'geojson', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ImportCommandOptions {
  dryRun: boolean;
  language: Language;
  format?: 'json' | 'csv';
}

const TEXT = {
  de: {
    dryRun: 'Probelauf: nichts wurde gespeichert.',
    summary: (file: string, accepted: number, counts: string, rejected: number, dry: boolean) =>
      `${file}: ${accepted} ${accepted === 1 ? 'Eintrag' : 'Einträge'} ${dry ? (accepted === 1 ? 'würde ' : 'würden ') : ''}übernommen (${counts}); ` +
      `${rejected} ${rejected === 1 ? 'Zeile' : 'Zeilen'} ${dry ? (rejected === 1 ? 'würde ' : 'würden ') : ''}abgelehnt${rejected ? ':' : '.'}`,
    counts: (a: number, e: number, t: number) =>
      `Akteure: ${a}, Veranstaltungen: ${e}, Themen: ${t}`,
    warnings: 'Hinweise:',
  },
  en: {
    dryRun: 'Dry run: nothing was saved.',
    summary: (file: string, accepted: number, counts: string, rejected: number, dry: boolean) =>
      `${file}: ${accepted} ${accepted === 1 ? 'entry' : 'entries'} ${dry ? 'would be imported' : 'imported'} (${counts}); ${rejected} ${rejected === 1 ? 'row' : 'rows'} ${dry ? 'would be rejected' : 'rejected'}${rejected ? ':' : '.'}`,
    counts: (a: number, e: number, t: number) => `actors: ${a}, events: ${e}, topics: ${t}`,
    warnings: 'Notes:',
  },
};

/** The report a person reads: a summary line, every rejection, then the notes. */
export function importReport(
  file: string,
  result: ImportParseResult,
  language: Language,
  dryRun: boolean,
): string {
  const text = TEXT[language];
  const accepted = result.actors.length + result.events.length + result.topics.length;
  const rejectedRows = new Set(result.rejected.map((r) => `${r.section ?? ''}${r.row}`)).size;
  const lines = [
    ...(dryRun ? [text.dryRun] : []),
    text.summary(
      file,
      accepted,
      text.counts(result.actors.length, result.events.length, result.topics.length),
      rejectedRows,
      dryRun,
    ),
    ...result.rejected.map((rejection) => `  ${formatRejection(rejection, language)}`),
  ];
  if (result.warnings.length) {
    lines.push(text.warnings);
    for (const warning of result.warnings) {
      const place =
        warning.row === undefined ? '' : `${language === 'de' ? 'Zeile' : 'Row'} ${warning.row} – `;
      lines.push(`  ${place}${warning.message[language]}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function importCommand(
  file: string,
  storage: DirectoryStorage,
  options: ImportCommandOptions,
  log: Logger,
): Promise<number> {
  const bytes = new Uint8Array(readFileSync(file));
  await storage.migrate();
  const existing = await storage.exportAll({ includeUnpublished: true });
  const result = parseImport(bytes, {
    fileName: file,
    ...(options.format && { format: options.format }),
    knownTopics: new Set(existing.topics.map((topic) => topic.id)),
    topicLabels: existing.topics,
    knownActors: new Set(existing.actors.map((actor) => actor.id)),
    language: options.language,
  });
  const report = importReport(basename(file), result, options.language, options.dryRun);
  if (options.dryRun) {
    process.stdout.write(report);
  } else {
    // stdout carries the JSON log; the report for people goes to stderr.
    if (result.rejected.length || result.warnings.length) process.stderr.write(report);
    const counts = await storage.write({
      ...(result.topics.length ? { topics: result.topics } : {}),
      ...(result.actors.length ? { actors: result.actors } : {}),
      ...(result.events.length ? { events: result.events } : {}),
    });
    log({ level: 'info', msg: 'imported', ...counts, rejected: result.rejected.length });
  }
  return result.rejected.length ? EXIT_ROWS_REJECTED : 0;
}

export interface ExportCommandOptions {
  format: ExportFormat;
  language: Language;
  calendarDomain: string;
  out?: string;
}

export async function exportCommand(
  storage: DirectoryStorage,
  options: ExportCommandOptions,
): Promise<number> {
  await storage.migrate();
  const data = await storage.exportAll();
  let text: string;
  switch (options.format) {
    case 'json':
      text = exportJson(data);
      break;
    case 'csv':
      text = exportActorsCsv(data.actors, { language: options.language });
      break;
    case 'geojson':
      text = `${JSON.stringify(exportActorsGeoJson(data.actors))}\n`;
      break;
    case 'ics':
      text = exportEventsIcs(data.events, {
        domain: options.calendarDomain,
        now: new Date(),
        topics: data.topics,
        language: options.language,
      });
      break;
  }
  if (options.out) writeFileSync(options.out, text);
  else process.stdout.write(text);
  return 0;
}
