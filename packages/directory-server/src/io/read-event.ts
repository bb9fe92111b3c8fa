// Turns one event candidate (spreadsheet row or JSON object, flattened) into an EventRecord.
import { addDays, parseDateValue, type DateValue } from './berlin-time.js';
import {
  isBlank,
  isSlug,
  readChoice,
  readId,
  readList,
  readNumber,
  readText,
  readUrl,
  type FieldReader,
} from './checks.js';
import { excerpt, type FieldKey } from './fields.js';
import type { EventRecord } from './model.js';
import { readTopics, readUpdatedAt, type RecordContext } from './read-shared.js';

export interface EventCandidate {
  id?: unknown;
  title?: unknown;
  description?: unknown;
  start?: unknown;
  end?: unknown;
  allDay?: unknown;
  timeZone?: unknown;
  status?: unknown;
  attendanceMode?: unknown;
  venue?: unknown;
  address?: unknown;
  city?: unknown;
  lat?: unknown;
  lon?: unknown;
  onlineUrl?: unknown;
  organizerIds?: unknown;
  /** Names of organisers outside the directory. */
  organizers?: unknown;
  topics?: unknown;
  url?: unknown;
  registrationUrl?: unknown;
  language?: unknown;
  updatedAt?: unknown;
}

export const STATUS_NAMES = {
  scheduled: ['geplant', 'findet statt', 'bestätigt', 'confirmed'],
  cancelled: ['abgesagt', 'fällt aus', 'canceled'],
  postponed: ['verschoben'],
  rescheduled: ['neu angesetzt', 'neuer termin'],
} as const;

export const ATTENDANCE_NAMES = {
  offline: ['vor ort', 'präsenz', 'praesenz', 'on site'],
  online: ['digital', 'virtuell'],
  mixed: ['hybrid', 'gemischt'],
} as const;

const YES_NO = {
  yes: ['ja', 'j', 'x', 'true', 'wahr', '1', 'y'],
  no: ['nein', 'n', 'false', 'falsch', '0', '-'],
} as const;
const LANGUAGE_NAMES: Record<string, string> = {
  deutsch: 'de',
  german: 'de',
  englisch: 'en',
  english: 'en',
};

function readDate(reader: FieldReader, field: FieldKey, value: unknown): DateValue | undefined {
  if (isBlank(value)) return undefined;
  const parsed = typeof value === 'string' ? parseDateValue(value) : undefined;
  if (!parsed) {
    return reader.issues.add(
      field,
      `„${excerpt(value)}“ ist kein gültiges Datum (z. B. 24.12.2026 oder 24.12.2026 18:30).`,
      `"${excerpt(value)}" is not a valid date (e.g. 2026-12-24 or 2026-12-24T18:30).`,
      'invalid_date',
    );
  }
  return parsed;
}

function readAllDay(reader: FieldReader, value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const answer = readChoice(reader, 'allDay', value, YES_NO);
  return answer === undefined ? undefined : answer === 'yes';
}

/** Start, end and all-day flag; a spreadsheet's end of an all-day event is its last day. */
function readSchedule(reader: FieldReader, candidate: EventCandidate) {
  const { issues } = reader;
  const start = readDate(reader, 'start', candidate.start);
  let end = readDate(reader, 'end', candidate.end);
  if (isBlank(candidate.start))
    issues.add('start', 'Pflichtfeld ist leer.', 'required field is empty.', 'required');
  const allDay =
    readAllDay(reader, candidate.allDay) ?? (start ? start.kind === 'date' : undefined);
  if (!start || allDay === undefined || (!isBlank(candidate.end) && !end)) return undefined;
  if (allDay && start.kind !== 'date') {
    return issues.add(
      'start',
      `„${excerpt(candidate.start)}“ hat eine Uhrzeit, die Veranstaltung ist aber ganztägig.`,
      `"${excerpt(candidate.start)}" has a time, but the event is all-day.`,
      'invalid_date',
    );
  }
  if (!allDay && start.kind !== 'dateTime') {
    return issues.add(
      'start',
      `„${excerpt(candidate.start)}“ hat keine Uhrzeit, die Veranstaltung ist aber nicht ganztägig.`,
      `"${excerpt(candidate.start)}" has no time, but the event is not all-day.`,
      'invalid_date',
    );
  }
  if (end && end.kind !== start.kind) {
    return issues.add(
      'end',
      `„${excerpt(candidate.end)}“ passt nicht zum Beginn (beide mit oder beide ohne Uhrzeit).`,
      `"${excerpt(candidate.end)}" does not match the start (both with or both without a time).`,
      'invalid_date',
    );
  }
  if (end?.kind === 'date' && reader.spreadsheet)
    end = { kind: 'date', date: addDays(end.date, 1) };
  const startValue = start.kind === 'date' ? start.date : start.dateTime;
  const endValue = end === undefined ? undefined : end.kind === 'date' ? end.date : end.dateTime;
  if (endValue !== undefined) {
    const before =
      end?.kind === 'date' ? endValue <= startValue : Date.parse(endValue) < Date.parse(startValue);
    if (before) {
      return issues.add(
        'end',
        `„${excerpt(candidate.end)}“ liegt vor dem Beginn „${excerpt(candidate.start)}“.`,
        `"${excerpt(candidate.end)}" is before the start "${excerpt(candidate.start)}".`,
        'end_before_start',
      );
    }
  }
  return { start: startValue, end: endValue, allDay };
}

function readEventLocation(
  reader: FieldReader,
  candidate: EventCandidate,
): EventRecord['location'] | undefined {
  const venue = readText(reader, 'venue', candidate.venue, { max: 200 });
  const address = readText(reader, 'address', candidate.address, { max: 300 });
  const city = readText(reader, 'city', candidate.city, { max: 100 });
  const lat = readNumber(reader, 'lat', candidate.lat);
  const lon = readNumber(reader, 'lon', candidate.lon);
  if (lat !== undefined && (lat < -90 || lat > 90))
    reader.issues.add(
      'lat',
      `${lat} liegt nicht zwischen -90 und 90.`,
      `${lat} is not between -90 and 90.`,
      'invalid',
    );
  if (lon !== undefined && (lon < -180 || lon > 180))
    reader.issues.add(
      'lon',
      `${lon} liegt nicht zwischen -180 und 180.`,
      `${lon} is not between -180 and 180.`,
      'invalid',
    );
  if ((lat === undefined) !== (lon === undefined))
    reader.issues.add(
      lat === undefined ? 'lat' : 'lon',
      'Breiten- und Längengrad gehören zusammen.',
      'latitude and longitude go together.',
      'required',
    );
  if (city === undefined) {
    if (venue !== undefined || address !== undefined || lat !== undefined)
      reader.issues.add(
        'city',
        'fehlt, obwohl ein Veranstaltungsort angegeben ist.',
        'is missing although a venue is given.',
        'required',
      );
    return undefined;
  }
  return {
    name: venue ?? city,
    ...(address !== undefined && { address }),
    city,
    ...(lat !== undefined && lon !== undefined && { lat, lon }),
  };
}

function readOrganizerIds(reader: FieldReader, value: unknown, context: RecordContext): string[] {
  const ids: string[] = [];
  for (const item of readList(value)) {
    const id = typeof item === 'string' ? item.trim() : '';
    if (!isSlug(id))
      reader.issues.add(
        'organizerIds',
        `„${excerpt(item)}“ ist keine gültige ID.`,
        `"${excerpt(item)}" is not a valid id.`,
        'pattern',
      );
    else if (context.knownActors && !context.knownActors.has(id))
      reader.issues.add(
        'organizerIds',
        `„${excerpt(id)}“ ist kein Akteur des Verzeichnisses.`,
        `"${excerpt(id)}" is not an actor of the directory.`,
        'unknown_actor',
      );
    else if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

function readLanguage(reader: FieldReader, value: unknown): string | undefined {
  const text = readText(reader, 'language', value, { max: 35 });
  if (text === undefined) return undefined;
  const tag = LANGUAGE_NAMES[text.toLowerCase()] ?? text.toLowerCase();
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(tag))
    return reader.issues.add(
      'language',
      `„${excerpt(text)}“ ist kein Sprachkürzel (de, en …).`,
      `"${excerpt(text)}" is not a language tag (de, en …).`,
      'pattern',
    );
  return tag;
}

export function readEvent(
  reader: FieldReader,
  candidate: EventCandidate,
  context: RecordContext,
): EventRecord | undefined {
  const title = readText(reader, 'title', candidate.title, { required: true, max: 300 });
  const id = readId(reader, candidate.id, title);
  const description = readText(reader, 'description', candidate.description, {
    max: 5000,
    multiline: true,
  });
  const schedule = readSchedule(reader, candidate);
  if (!isBlank(candidate.timeZone) && candidate.timeZone !== 'Europe/Berlin')
    reader.issues.add(
      'timeZone',
      `„${excerpt(candidate.timeZone)}“: nur Europe/Berlin wird unterstützt.`,
      `"${excerpt(candidate.timeZone)}": only Europe/Berlin is supported.`,
      'invalid',
    );
  const status = isBlank(candidate.status)
    ? 'scheduled'
    : readChoice(reader, 'status', candidate.status, STATUS_NAMES);
  const location = readEventLocation(reader, candidate);
  const onlineUrl = readUrl(reader, 'onlineUrl', candidate.onlineUrl);
  const attendanceMode = isBlank(candidate.attendanceMode)
    ? onlineUrl === undefined
      ? 'offline'
      : location === undefined
        ? 'online'
        : 'mixed'
    : readChoice(reader, 'attendanceMode', candidate.attendanceMode, ATTENDANCE_NAMES);
  const organizerIds = readOrganizerIds(reader, candidate.organizerIds, context);
  const organizers: { name: string }[] = [];
  for (const item of readList(candidate.organizers, /[|\n]/)) {
    const name = readText(reader, 'organizers', item, { max: 200 });
    if (name !== undefined && !organizers.some((o) => o.name === name)) organizers.push({ name });
  }
  const topics = readTopics(reader, candidate.topics, context);
  const url = readUrl(reader, 'url', candidate.url);
  const registrationUrl = readUrl(reader, 'registrationUrl', candidate.registrationUrl);
  const language = readLanguage(reader, candidate.language);
  const updatedAt = readUpdatedAt(reader, candidate.updatedAt, context.now);
  if (
    !reader.issues.empty ||
    !id ||
    !title ||
    !schedule ||
    !status ||
    !attendanceMode ||
    !updatedAt
  )
    return undefined;
  const common = {
    id,
    title,
    ...(description !== undefined && { description }),
    timeZone: 'Europe/Berlin' as const,
    status,
    attendanceMode,
    ...(location !== undefined && { location }),
    ...(onlineUrl !== undefined && { onlineUrl }),
    organizerIds,
    organizers,
    topics,
    ...(url !== undefined && { url }),
    ...(registrationUrl !== undefined && { registrationUrl }),
    ...(language !== undefined && { language }),
    updatedAt,
  };
  const { start, end, allDay } = schedule;
  return allDay
    ? { ...common, start, ...(end !== undefined && { end }), allDay: true }
    : { ...common, start, ...(end !== undefined && { end }), allDay: false };
}
