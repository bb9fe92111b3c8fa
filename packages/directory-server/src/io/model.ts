// The records that import reads and export writes: the contract's Actor as it is, the Event as
// it is stored (external organisers only, actor organisers by id) and the Topic with both labels.
import type { Actor, DirectoryEvent, Language, Topic } from '../model.js';

export type { Actor, Language };

/** A topic of the controlled vocabulary with its German and English label. */
export type TopicRecord = Topic;

/**
 * An event as stored: the contract's Event, except that `organizers` lists only the organisers
 * outside the directory (`{ name }`); actor organisers are `organizerIds`, whose names the server
 * resolves when it answers, so a renamed actor never leaves a stale name behind.
 */
export type EventRecord = Omit<DirectoryEvent, 'organizers'> & {
  organizers: { name: string }[];
};

/** A text in both languages, so a caller can show either. */
export interface Message {
  de: string;
  en: string;
}

/** One rejected row, counted as a spreadsheet shows it (header = row 1; JSON: item index + 1). */
export interface RowRejection {
  /** Row 0 is the file as a whole (not JSON, a missing list …). */
  row: number;
  /** JSON files: which list the entry is in. */
  section?: 'actors' | 'events' | 'topics';
  id?: string;
  field?: string;
  message: Message;
}

/** Something the import changed or ignored without rejecting a row (encoding, unknown column …). */
export interface ImportWarning {
  row?: number;
  field?: string;
  message: Message;
}

export interface DirectoryData {
  actors: Actor[];
  events: EventRecord[];
  topics: TopicRecord[];
}

export interface ImportParseResult extends DirectoryData {
  rejected: RowRejection[];
  warnings: ImportWarning[];
}
