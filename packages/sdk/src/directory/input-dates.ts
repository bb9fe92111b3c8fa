// Event dates as the directory server reads them (packages/directory-server/src/io/berlin-time.ts):
// `2026-12-24`, `24.12.2026`, a date-time with offset (RFC 3339) or without one (Berlin wall
// time, DST from the platform's time-zone data through Intl).

/** A date, or a date-time as its instant in whole milliseconds since the epoch. */
export type DateValue = { kind: 'date'; date: string } | { kind: 'dateTime'; instant: number };

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const MINUTE_MS = 60_000;

let berlinFormat: Intl.DateTimeFormat | undefined;

/** Berlin's offset from UTC at an instant, in minutes (60 or 120). */
function berlinOffsetMinutes(instant: number): number {
  berlinFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Berlin',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const part: Record<string, number> = {};
  for (const { type, value } of berlinFormat.formatToParts(instant)) part[type] = Number(value);
  const wall = Date.UTC(
    part.year ?? 0,
    (part.month ?? 1) - 1,
    part.day ?? 1,
    part.hour ?? 0,
    part.minute ?? 0,
    part.second ?? 0,
  );
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / MINUTE_MS);
}

/**
 * The instant of a Berlin wall-clock time: a time in the skipped hour (March) moves forward by
 * the gap; one in the repeated hour (October) takes the first, summer-time occurrence.
 */
function berlinWallTime(year: number, month: number, day: number, hour: number, minute: number) {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const fitting = [120, 60]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((instant) => berlinOffsetMinutes(instant) * MINUTE_MS === wall - instant);
  if (fitting.length > 0) return Math.min(...fitting);
  return wall - berlinOffsetMinutes(wall - 180 * MINUTE_MS) * MINUTE_MS;
}

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const GERMAN =
  /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*Uhr)?)?$/i;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** The date or date-time `text` names, or undefined when it names none (31.02., 24:00 …). */
export function parseDateValue(text: string): DateValue | undefined {
  const value = text.trim();
  const german = GERMAN.exec(value);
  const iso = german ? undefined : ISO.exec(value);
  const match = german ?? iso;
  if (!match) return undefined;
  const [year, month, day] = (german ? [match[3], match[2], match[1]] : match.slice(1, 4)).map(
    Number,
  ) as [number, number, number];
  if (!validDate(year, month, day)) return undefined;
  if (match[4] === undefined)
    return { kind: 'date', date: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = iso ? match[7] : undefined;
  if (offset === undefined)
    return {
      kind: 'dateTime',
      instant: berlinWallTime(year, month, day, hour, minute) + second * 1000,
    };
  const minutes =
    offset === 'Z'
      ? 0
      : (offset[0] === '-' ? -1 : 1) *
        (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return {
    kind: 'dateTime',
    instant: Date.UTC(year, month - 1, day, hour, minute, second) - minutes * MINUTE_MS,
  };
}
