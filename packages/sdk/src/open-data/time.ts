const NAIVE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?$/;
const WITH_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A UTC wall time in milliseconds since the epoch. Unlike `Date.UTC`, years 0–99 stay themselves
 * (`Date.UTC(1, 0, 1)` is 1901): portals use `0001-01-01` as a placeholder date.
 */
function utc(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0) {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hours, minutes, seconds, 0);
  return date.getTime();
}

const PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

/**
 * Whether the day is in the calendar and the time on the clock: `Date.parse` and `Date.UTC` roll
 * `2024-02-30` over to 1 March and `25:00` to the next day instead of refusing them.
 */
function exists(text: string): boolean {
  const match = PARTS.exec(text);
  if (!match) return true;
  const [year, month, day, hours = 0, minutes = 0, seconds = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const days = new Date(utc(year!, month!, 0)).getUTCDate();
  return (
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= days &&
    hours <= 23 &&
    minutes <= 59 &&
    seconds <= 59
  );
}

let berlinParts: Intl.DateTimeFormat | undefined;

/** Offset from the platform's time-zone data: exact for any date, but slow (formatToParts). */
function intlOffset(instant: number): number {
  berlinParts ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Berlin',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    era: 'short',
  });
  const parts: Record<string, number> = {};
  let bc = false;
  for (const part of berlinParts.formatToParts(instant)) {
    if (part.type === 'era') bc = part.value === 'BC';
    else parts[part.type] = Number(part.value);
  }
  const wall = utc(
    // the year before 1 AD is year 0 of ISO 8601
    bc ? 1 - parts.year! : parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

const summerTime = new Map<number, [start: number, end: number]>();

/** 01:00 UTC on the last Sunday of a month (month 0-based): when EU clocks change. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

/**
 * Offset of Europe/Berlin from UTC at an instant, in minutes (60 or 120). Since 1996 German clocks
 * follow the EU rule (summer time from the last Sunday of March to the last Sunday of October, both
 * at 01:00 UTC), computed here directly because portal pages carry thousands of timestamps; other
 * years ask the platform's time-zone data.
 */
function berlinOffset(instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  if (year < 1996 || year > 2200) return intlOffset(instant);
  let range = summerTime.get(year);
  if (!range) {
    range = [lastSundayAtOneUtc(year, 2), lastSundayAtOneUtc(year, 9)];
    summerTime.set(year, range);
  }
  return instant >= range[0] && instant < range[1] ? 120 : 60;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** An instant as ISO 8601 in Berlin time with its offset, e.g. `2025-07-18T04:05:52+02:00`. */
export function toBerlinIso(instant: number): string {
  const offset = berlinOffset(instant);
  const local = new Date(instant + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/**
 * Reads a portal timestamp and returns ISO 8601 with offset, or undefined when it is not a date.
 *
 * The rule for timestamps without a time zone (`2025-07-18T02:05:52.278036`): `naive: 'utc'` for
 * CKAN's own `metadata_created`/`metadata_modified`, which CKAN stores in UTC; `naive: 'berlin'`
 * for harvested DCAT dates of German portals, which are local time. A bare date stays a date.
 */
export function normalizeTimestamp(value: unknown, naive: 'utc' | 'berlin'): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!exists(text)) return undefined;
  if (WITH_ZONE.test(text)) {
    const instant = Date.parse(text);
    return Number.isNaN(instant) ? undefined : toBerlinIso(instant);
  }
  const match = NAIVE.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  if (h === undefined) return `${y}-${mo}-${d}`;
  const wallAsUtc = utc(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s ?? 0),
  );
  if (naive === 'utc') return toBerlinIso(wallAsUtc);
  // Berlin wall time: try both offsets, keep the one that maps back (first occurrence when repeated).
  for (const offset of [120, 60]) {
    const instant = wallAsUtc - offset * 60_000;
    if (berlinOffset(instant) === offset) return toBerlinIso(instant);
  }
  // In the hour skipped in spring: read as winter time. Before 1893 Berlin kept local mean time
  // (+00:53), which neither offset above is.
  const winter = wallAsUtc - 60 * 60_000;
  const offset = berlinOffset(winter);
  return toBerlinIso(offset === 60 || offset === 120 ? winter : wallAsUtc - offset * 60_000);
}
