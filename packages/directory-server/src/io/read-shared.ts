// Readers that actors and events share: topic lists and the last-change time.
import { parseDateValue, formatBerlinDateTime } from './berlin-time.js';
import { isBlank, readList, type FieldReader } from './checks.js';
import { excerpt } from './fields.js';
import type { TopicRecord } from './model.js';

export interface RecordContext {
  /** Lower-case topic id, German label or English label → topic id. */
  topicIndex: ReadonlyMap<string, string>;
  /** Actor ids an event may name as organiser; undefined = not checked. */
  knownActors?: ReadonlySet<string>;
  /** The time stamped on records without `updatedAt`. */
  now: Date;
}

export function topicIndex(
  ids: Iterable<string>,
  topics: readonly TopicRecord[],
): Map<string, string> {
  const index = new Map<string, string>();
  for (const id of ids) index.set(id.toLowerCase(), id);
  for (const topic of topics) {
    index.set(topic.id.toLowerCase(), topic.id);
    index.set(topic.label.de.toLowerCase(), topic.id);
    index.set(topic.label.en.toLowerCase(), topic.id);
  }
  return index;
}

/** Topic ids, or their German or English labels; an unknown topic rejects the row. */
export function readTopics(reader: FieldReader, value: unknown, context: RecordContext): string[] {
  const topics: string[] = [];
  for (const item of readList(value)) {
    const id =
      typeof item === 'string' ? context.topicIndex.get(item.trim().toLowerCase()) : undefined;
    if (id === undefined) {
      reader.issues.add(
        'topics',
        `„${excerpt(item)}“ ist kein bekanntes Thema (siehe GET /directory/v1/topics).`,
        `"${excerpt(item)}" is not a known topic (see GET /directory/v1/topics).`,
        'unknown_topic',
      );
    } else if (!topics.includes(id)) {
      topics.push(id);
    }
  }
  return topics;
}

/** The last change: a date-time (German or ISO), else now. */
export function readUpdatedAt(reader: FieldReader, value: unknown, now: Date): string | undefined {
  if (isBlank(value)) return formatBerlinDateTime(now.getTime());
  const parsed = typeof value === 'string' ? parseDateValue(value) : undefined;
  if (parsed?.kind !== 'dateTime') {
    return reader.issues.add(
      'updatedAt',
      `„${excerpt(value)}“ ist kein Zeitpunkt (z. B. 24.12.2026 18:30 oder 2026-12-24T18:30:00+01:00).`,
      `"${excerpt(value)}" is not a date and time (e.g. 2026-12-24T18:30:00+01:00).`,
      'invalid_date',
    );
  }
  return parsed.dateTime;
}
