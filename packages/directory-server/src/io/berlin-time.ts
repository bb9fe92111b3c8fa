// Dates and times as an office writes them (`24.12.2026`, `24.12.2026 18:30`) and as the contract
// stores them: dates `YYYY-MM-DD`, date-times in Europe/Berlin wall time with that day's offset.

export type DateValue = { kind: 'date'; date: string } | { kind: 'dateTime'; dateTime: string };

const BERLIN_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function berlinWallClock(instant: number) {
  const parts = Object.fromEntries(
    BERLIN_PARTS.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes Berlin is ahead of UTC at this instant (60 in winter, 120 in summer). */
function berlinOffsetMinutes(instant: number): number {
  const wall = berlinWallClock(instant);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** An instant as `2026-12-24T18:30:00+01:00`, the Berlin wall time with its offset. */
export function formatBerlinDateTime(instant: number): string {
  const offset = berlinOffsetMinutes(instant);
  const wall = berlinWallClock(instant);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The instant a Berlin wall time names (in the spring gap, the hour after it). */
function berlinWallTimeToInstant(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  let instant = asUtc - berlinOffsetMinutes(asUtc - 60 * 60_000) * 60_000;
  instant = asUtc - berlinOffsetMinutes(instant) * 60_000;
  return instant;
}

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*Uhr)?)?$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Reads `24.12.2026`, `24.12.2026 18:30`, `2026-12-24`, `2026-12-24T18:30` (Berlin time) or an
 * RFC 3339 date-time with offset (converted to Berlin wall time). Returns undefined when the text
 * is no date or names a day that does not exist (31.02.).
 */
export function parseDateValue(text: string): DateValue | undefined {
  const value = text.trim();
  let year: number, month: number, day: number;
  let time: [number, number, number] | undefined;
  let offset: string | undefined;
  const german = GERMAN.exec(value);
  const iso = german ? undefined : ISO.exec(value);
  if (german) {
    [day, month, year] = [Number(german[1]), Number(german[2]), Number(german[3])];
    if (german[4] !== undefined) time = [Number(german[4]), Number(german[5]), Number(german[6] ?? 0)];
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (iso[4] !== undefined) time = [Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)];
    offset = iso[7];
  } else {
    return undefined;
  }
  if (!validDate(year, month, day)) return undefined;
  if (!time) return { kind: 'date', date: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
  const [hour, minute, second] = time;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let instant: number;
  if (offset === undefined) {
    instant = berlinWallTimeToInstant(year, month, day, hour, minute, second);
  } else {
    const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    instant = Date.UTC(year, month - 1, day, hour, minute, second) - minutes * 60_000;
  }
  return { kind: 'dateTime', dateTime: formatBerlinDateTime(instant) };
}

/** `2026-12-24` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + days));
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/** `2026-12-24` → `24.12.2026`; `2026-12-24T18:30:00+01:00` → `24.12.2026 18:30` (Berlin wall time). */
export function formatGermanDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(value);
  if (!match) return value;
  const date = `${match[3]}.${match[2]}.${match[1]}`;
  if (match[4] === undefined) return date;
  return `${date} ${match[4]}:${match[5]}${match[6] === '00' ? '' : `:${match[6]}`}`;
}
