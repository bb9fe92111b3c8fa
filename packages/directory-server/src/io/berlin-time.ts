// Dates and times as an office writes them (`24.12.2026`, `24.12.2026 18:30`) and as the contract
// stores them: dates `YYYY-MM-DD`, date-times in Europe/Berlin wall time with that day's offset.
import { berlinWallTimeToInstant, formatBerlinDateTime } from '../berlin-time.js';

export type DateValue = { kind: 'date'; date: string } | { kind: 'dateTime'; dateTime: string };

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export { formatBerlinDateTime };

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
    if (german[4] !== undefined)
      time = [Number(german[4]), Number(german[5]), Number(german[6] ?? 0)];
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
    instant = berlinWallTimeToInstant({ year, month, day }, hour, minute) + second * 1000;
  } else {
    const minutes =
      offset === 'Z'
        ? 0
        : (offset[0] === '-' ? -1 : 1) *
          (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
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
