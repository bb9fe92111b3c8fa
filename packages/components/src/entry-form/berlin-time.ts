// An event's dates and times as a person types them (date and time inputs, Berlin wall time) and
// as the contract stores them (RFC 3339 date-times with that day's Europe/Berlin offset; all-day
// events as dates with an exclusive end), both ways so that an update proposal is prefilled with
// what the visitor would have typed. Offsets come from the platform's time-zone data via Intl, so
// the switches to and from summer time (last Sunday of March and of October) are exact.

const TIME_ZONE = 'Europe/Berlin';
const MINUTE_MS = 60_000;

/** What the date and time inputs hold: `YYYY-MM-DD` and `HH:MM`, empty when not filled in. */
export interface ScheduleFields {
  startDate: string;
  startTime: string;
  /** Last day of a multi-day event (inclusive, as people say it); empty for one day. */
  endDate: string;
  endTime: string;
  allDay: boolean;
}

/** The contract's `start`, `end` and `allDay`; `''` where the fields give no valid value. */
export interface ContractSchedule {
  start: string;
  end: string;
  allDay: boolean;
}

/** A Berlin wall time that had to be moved because it does not exist on that day. */
export interface ShiftedTime {
  /** `start` or `end`. */
  which: 'start' | 'end';
  /** The time as typed, `HH:MM`. */
  typed: string;
  /** The time it stands for, `HH:MM` (one hour later). */
  shiftedTo: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `YYYY-MM-DD` → its parts, or undefined for anything else, including days that do not exist. */
function readDate(text: string): [number, number, number] | undefined {
  const match = DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  const exists =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day;
  return exists ? [year, month, day] : undefined;
}

function readTime(text: string): [number, number] | undefined {
  const match = TIME.exec(text.trim());
  if (!match) return undefined;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour <= 23 && minute <= 59 ? [hour, minute] : undefined;
}

/** `YYYY-MM-DD` plus `days` calendar days, or `''` when `date` is no date. */
export function addCalendarDays(date: string, days: number): string {
  const parts = readDate(date);
  if (!parts) return '';
  const next = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2] + days));
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

let wallFormat: Intl.DateTimeFormat | undefined;

/** The Berlin wall clock at an instant. */
function berlinWall(instant: number) {
  wallFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of wallFormat.formatToParts(instant)) parts[part.type] = Number(part.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0 } = parts;
  return {
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    time: `${pad(hour)}:${pad(minute)}`,
    asUtc: Date.UTC(year, month - 1, day, hour, minute),
  };
}

/** Minutes Berlin is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(instant: number): number {
  const whole = Math.floor(instant / MINUTE_MS) * MINUTE_MS;
  return Math.round((berlinWall(whole).asUtc - whole) / MINUTE_MS);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The RFC 3339 date-time of a Berlin wall time, e.g. `2026-03-29T03:30:00+02:00`. A time in the
 * hour skipped in March does not exist: it is read with the winter offset, which lands one hour
 * later (as the directory server reads it), and `shifted` says so. A time in the hour that repeats
 * in October is the first, summer-time one. Undefined when the date or time is not valid.
 */
export function berlinDateTime(
  date: string,
  time: string,
): { value: string; shifted: boolean } | undefined {
  const day = readDate(date);
  const clock = readTime(time);
  if (!day || !clock) return undefined;
  const wallAsUtc = Date.UTC(day[0], day[1] - 1, day[2], clock[0], clock[1]);
  const fits = [120, 60].filter(
    (offset) => berlinOffsetMinutes(wallAsUtc - offset * MINUTE_MS) === offset,
  );
  const offset = fits.length > 0 ? Math.max(...fits) : 60;
  const instant = wallAsUtc - offset * MINUTE_MS;
  const wall = berlinWall(instant);
  return {
    value: `${wall.date}T${wall.time}:00${formatOffset(berlinOffsetMinutes(instant))}`,
    shifted: fits.length === 0,
  };
}

/** The Berlin wall date and time (`HH:MM`) of an RFC 3339 date-time, or undefined. */
export function berlinWallOf(dateTime: string): { date: string; time: string } | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(dateTime)) {
    return undefined;
  }
  const instant = Date.parse(dateTime);
  if (Number.isNaN(instant)) return undefined;
  const { date, time } = berlinWall(instant);
  return { date, time };
}

/**
 * The fields as the contract's schedule. All-day: dates, the end exclusive (the day after the last
 * day, so a one-day event on 16 April ends on 17 April). Timed: Berlin date-times; the end is on
 * the end date, else on the start date, and absent without an end time. A value the fields do not
 * give is `''`, so the input rules report it at `start` or `end`.
 */
export function toContractSchedule(fields: ScheduleFields): {
  schedule: ContractSchedule;
  shifted: ShiftedTime[];
} {
  const { startDate, startTime, endDate, endTime, allDay } = fields;
  const lastDay = endDate.trim() === '' ? startDate : endDate;
  if (allDay) {
    const start = readDate(startDate) ? startDate.trim() : '';
    const last = readDate(lastDay) ? lastDay.trim() : '';
    return { schedule: { start, end: last ? addCalendarDays(last, 1) : '', allDay }, shifted: [] };
  }
  const shifted: ShiftedTime[] = [];
  const convert = (which: 'start' | 'end', date: string, time: string) => {
    const converted = berlinDateTime(date, time);
    if (!converted) return '';
    if (converted.shifted) {
      shifted.push({ which, typed: time.trim(), shiftedTo: berlinWallOf(converted.value)!.time });
    }
    return converted.value;
  };
  const start = convert('start', startDate, startTime);
  const end =
    endTime.trim() === '' && endDate.trim() === '' ? '' : convert('end', lastDay, endTime);
  return { schedule: { start, end, allDay }, shifted };
}

/**
 * The fields that give a contract schedule (for prefilling an update proposal): the inverse of
 * {@link toContractSchedule}. Values it cannot read are left empty rather than guessed.
 */
export function fromContractSchedule(schedule: {
  start: string;
  end?: string | undefined;
  allDay: boolean;
}): ScheduleFields {
  const fields: ScheduleFields = {
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    allDay: schedule.allDay,
  };
  if (schedule.allDay) {
    fields.startDate = readDate(schedule.start) ? schedule.start : '';
    const last = schedule.end ? addCalendarDays(schedule.end, -1) : '';
    if (last && fields.startDate && last > fields.startDate) fields.endDate = last;
    return fields;
  }
  const start = berlinWallOf(schedule.start);
  if (start) [fields.startDate, fields.startTime] = [start.date, start.time];
  const end = schedule.end ? berlinWallOf(schedule.end) : undefined;
  if (end) {
    fields.endTime = end.time;
    if (end.date !== fields.startDate) fields.endDate = end.date;
  }
  return fields;
}
