// iCalendar (RFC 5545) for directory events. Calendar clients are strict in different ways, so
// the writer follows the letter: CRLF line ends, lines folded at 75 octets without splitting a
// UTF-8 sequence, TEXT escaped, local times as `TZID=Europe/Berlin` with its VTIMEZONE, all-day
// events as `VALUE=DATE` with an exclusive DTEND, and a UID that stays the same wherever the
// calendar is fetched from (`<id>@<configured domain>`, never the request's Host header).
import { addDays } from './berlin-time.js';
import { formatBerlinDateTime } from '../berlin-time.js';
import type { DirectoryEvent } from '../model.js';
import type { EventRecord, Language, TopicRecord } from './model.js';

const CRLF = '\r\n';
const encoder = new TextEncoder();

export interface IcsOptions {
  /** Domain of the UIDs, e.g. `ki.sachsen.example`; fixed by configuration. */
  domain: string;
  /** DTSTAMP of every VEVENT: the time the calendar was produced. */
  now: Date;
  /** Calendar name (X-WR-CALNAME). */
  name?: string;
  /** Topic vocabulary: CATEGORIES carries the topic labels, not ids. */
  topics?: readonly TopicRecord[];
  language?: Language;
}

/** TEXT (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped; other controls dropped. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- TEXT allows no control character but tab
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/** Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // a continuation line starts with one space
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** An http(s) URI value: not escaped, so nothing that could end or fold the line may stay in it. */
function uri(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- a control character would end the content line
  const clean = value.replace(/[\u0000-\u001f\u007f\s]/g, '');
  return /^https?:\/\//i.test(clean) ? clean : undefined;
}

const utcStamp = (instant: number) =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const dateValue = (date: string) => date.slice(0, 10).replace(/-/g, '');
/** The Berlin wall time of an instant, `20261224T183000` — whatever offset the stored text used. */
const berlinLocal = (dateTime: string) =>
  formatBerlinDateTime(Date.parse(dateTime)).slice(0, 19).replace(/[-:]/g, '');

const STATUS: Record<DirectoryEvent['status'], string> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** Europe/Berlin since 1996: CEST from the last Sunday of March 02:00, CET from the last Sunday of October 03:00. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const fold = (text: string) => text.toLocaleLowerCase('de').normalize('NFC');

/** Venue, street address and city, each once: `Kneipe am Markt, Markt 1, 01067 Dresden`, not `…, Dresden, Dresden`. */
export function locationText(location: NonNullable<DirectoryEvent['location']>): string {
  const parts: string[] = [];
  for (const part of [location.name, location.address, location.city]) {
    if (!part) continue;
    if (parts.some((earlier) => fold(earlier).includes(fold(part)))) continue;
    parts.push(part);
  }
  return parts.join(', ');
}

function eventLines(
  event: DirectoryEvent | EventRecord,
  stamp: string,
  options: IcsOptions,
  labels: ReadonlyMap<string, string>,
): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${event.id}@${options.domain}`, `DTSTAMP:${stamp}`];
  const modified = Date.parse(event.updatedAt);
  if (Number.isFinite(modified)) lines.push(`LAST-MODIFIED:${utcStamp(modified)}`);
  if (event.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${dateValue(event.start)}`);
    lines.push(`DTEND;VALUE=DATE:${dateValue(event.end ?? addDays(event.start.slice(0, 10), 1))}`);
  } else {
    lines.push(`DTSTART;TZID=Europe/Berlin:${berlinLocal(event.start)}`);
    if (event.end) lines.push(`DTEND;TZID=Europe/Berlin:${berlinLocal(event.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(locationText(event.location))}`);
  else if (event.onlineUrl) lines.push('LOCATION:Online');
  if (event.location?.lat !== undefined && event.location.lon !== undefined) {
    lines.push(`GEO:${event.location.lat};${event.location.lon}`);
  }
  const url = event.url && uri(event.url);
  if (url) lines.push(`URL;VALUE=URI:${url}`);
  const online = event.onlineUrl && uri(event.onlineUrl);
  if (online) lines.push(`CONFERENCE;VALUE=URI:${online}`);
  lines.push(`STATUS:${STATUS[event.status]}`);
  if (event.topics.length > 0) {
    lines.push(
      `CATEGORIES:${event.topics.map((topic) => escapeText(labels.get(topic) ?? topic)).join(',')}`,
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

export function exportEventsIcs(
  events: readonly (DirectoryEvent | EventRecord)[],
  options: IcsOptions,
): string {
  if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(options.domain)) {
    throw new TypeError(
      `iCalendar UID domain must be a host name, got ${JSON.stringify(options.domain)}`,
    );
  }
  const language = options.language ?? 'de';
  const labels = new Map((options.topics ?? []).map((topic) => [topic.id, topic.label[language]]));
  const stamp = utcStamp(options.now.getTime());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Saxon AI//Directory Server//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name ?? (language === 'de' ? 'KI-Veranstaltungen in Sachsen' : 'AI events in Saxony'))}`,
    'X-WR-TIMEZONE:Europe/Berlin',
    ...VTIMEZONE,
    ...events.flatMap((event) => eventLines(event, stamp, options, labels)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
