// Same calendar arithmetic as the demo data (packages/demo-api/data/berlin-time.ts); the server
// keeps its own copy so it deploys without the demo package.
// Calendar arithmetic in Europe/Berlin without a date library. Offsets come from the platform's
// time-zone data through Intl, so DST changes (last Sunday of March and of October) are exact.

export const TIME_ZONE = 'Europe/Berlin';

/** A calendar date; month is 1-based. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

let partsFormat: Intl.DateTimeFormat | undefined;

function berlinParts(
  instantMs: number,
): CalendarDate & { hour: number; minute: number; second: number } {
  partsFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const fields: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(instantMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 0,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** Offset of Berlin local time from UTC at an instant, in minutes (60 or 120). */
export function berlinOffsetMinutes(instantMs: number): number {
  const p = berlinParts(instantMs);
  const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((wallAsUtc - Math.floor(instantMs / 1000) * 1000) / MINUTE_MS);
}

/** The Berlin calendar date of an instant. */
export function berlinDate(instantMs: number): CalendarDate {
  const { year, month, day } = berlinParts(instantMs);
  return { year, month, day };
}

/** Adds calendar days (DST-independent). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` */
export function formatDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Parses `YYYY-MM-DD`. */
export function parseDate(text: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`Not a date (YYYY-MM-DD): ${text}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * The instant of a Berlin wall-clock time. A time that does not exist (the skipped hour in March)
 * moves forward by the gap; an ambiguous one (the repeated hour in October) takes the first, summer
 * time, occurrence.
 */
export function berlinWallTimeToInstant(date: CalendarDate, hour: number, minute: number): number {
  const wallAsUtc = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  // Try both possible offsets and keep those that map back onto the requested wall time.
  const candidates = [120, 60]
    .map((offset) => wallAsUtc - offset * MINUTE_MS)
    .filter((instant) => berlinOffsetMinutes(instant) * MINUTE_MS === wallAsUtc - instant);
  if (candidates.length > 0) return Math.min(...candidates);
  // In the gap: interpret with the offset before the change, which lands after it.
  return wallAsUtc - berlinOffsetMinutes(wallAsUtc - 3 * 60 * MINUTE_MS) * MINUTE_MS;
}

/** ISO 8601 in Berlin local time with its offset, e.g. `2026-10-25T02:30:00+01:00`. */
export function formatBerlinDateTime(instantMs: number): string {
  const p = berlinParts(instantMs);
  const offset = berlinOffsetMinutes(instantMs);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${formatDate(p)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
