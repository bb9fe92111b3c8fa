import type { DirectoryEvent } from './model.js';

// Interim copy of the demo API's writer until the io/export module's exportEventsIcs takes over.

/**
 * iCalendar (RFC 5545) for directory events: CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 sequence, TEXT values escaped, local times with `TZID=Europe/Berlin` and a
 * VTIMEZONE, all-day events as `VALUE=DATE` with an exclusive DTEND.
 */

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
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
      limit = 74; // continuation lines start with one space
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** `2026-10-25T10:00:00+01:00` → `20261025T100000` (the Berlin wall time it already states). */
function localDateTime(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(iso);
  if (!match) throw new Error(`not a date-time: ${iso}`);
  return `${match[1]}${match[2]}${match[3]}T${match[4]}${match[5]}${match[6] ?? '00'}`;
}

function utcDateTime(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function date(value: string): string {
  return value.slice(0, 10).replace(/-/g, '');
}

const STATUS: Record<DirectoryEvent['status'], string> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** Europe/Berlin since 1996: CEST from the last Sunday of March, CET from the last Sunday of October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'X-LIC-LOCATION:Europe/Berlin',
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

function eventLines(event: DirectoryEvent, stamp: string, host: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.id}@${host}`,
    `DTSTAMP:${stamp}`,
    `LAST-MODIFIED:${utcDateTime(event.updatedAt)}`,
  ];
  if (event.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${date(event.start)}`);
    if (event.end) lines.push(`DTEND;VALUE=DATE:${date(event.end)}`);
  } else {
    lines.push(`DTSTART;TZID=Europe/Berlin:${localDateTime(event.start)}`);
    if (event.end) lines.push(`DTEND;TZID=Europe/Berlin:${localDateTime(event.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  const place = event.location
    ? [event.location.name, event.location.address, event.location.city]
        .filter((part, index, all) => part && all.indexOf(part) === index)
        .join(', ')
    : event.onlineUrl
      ? 'Online'
      : undefined;
  if (place) lines.push(`LOCATION:${escapeText(place)}`);
  if (event.location?.lat !== undefined && event.location.lon !== undefined) {
    lines.push(`GEO:${event.location.lat};${event.location.lon}`);
  }
  if (event.url) lines.push(`URL:${uri(event.url)}`);
  lines.push(`STATUS:${STATUS[event.status]}`);
  if (event.topics.length > 0) lines.push(`CATEGORIES:${event.topics.map(escapeText).join(',')}`);
  lines.push('END:VEVENT');
  return lines;
}

/** URI values are not escaped; control characters would end the line, so they go. */
function uri(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return value.replace(/[\u0000-\u001f\u007f]/g, '');
}

export function toICalendar(
  events: readonly DirectoryEvent[],
  options: { name: string; now: Date; host: string },
): string {
  const stamp = utcDateTime(options.now.toISOString());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Saxon AI//Directory Server//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    'X-WR-TIMEZONE:Europe/Berlin',
    ...VTIMEZONE,
    ...events.flatMap((event) => eventLines(event, stamp, options.host)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
