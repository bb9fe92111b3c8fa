// The time filters of <saxon-dataset-search>: which dates a search can be narrowed by, the presets
// ("letzte Woche" …) and the calendar ranges a visitor chose, how they read in the page URL, and
// the SDK's date ranges they stand for. Presets are relative: a shared link to "letzter Monat"
// means the month before the day it is opened, counted in Europe/Berlin.
import type { DateRange } from '@saxon-ai/sdk';
import { TIME_ZONE } from '../shared/i18n/format.js';

/** The dates a dataset can be filtered by: last change, first publication, the time it covers. */
export type TimeField = 'modified' | 'issued' | 'temporal';
export const TIME_FIELDS: readonly TimeField[] = ['modified', 'issued', 'temporal'];

export type TimePreset = 'week' | 'month' | 'year';
export const TIME_PRESETS: readonly TimePreset[] = ['week', 'month', 'year'];

/** A preset, or a calendar range of `YYYY-MM-DD` days (both inclusive; either may be open). */
export type TimeFilter = { preset: TimePreset } | { from?: string; to?: string };

/** The time filters of a search, per date. */
export type TimeFilters = Partial<Record<TimeField, TimeFilter>>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a `YYYY-MM-DD` day that exists. */
export function isDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return (
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day
  );
}

const isPreset = (value: string): value is TimePreset =>
  (TIME_PRESETS as readonly string[]).includes(value);

/** Whether a filter narrows anything (a range with neither end does not). */
export const isActive = (filter: TimeFilter | undefined): filter is TimeFilter =>
  !!filter && ('preset' in filter || !!filter.from || !!filter.to);

/** The time filters in a canonical form (fields in a fixed order, no empty ones), for comparisons. */
export function normalizeTime(time: TimeFilters): TimeFilters {
  const normal: TimeFilters = {};
  for (const field of TIME_FIELDS) {
    const filter = time[field];
    if (isActive(filter)) normal[field] = filter;
  }
  return normal;
}

/** `week`, `2024-01-01..2024-06-30`, `2024-01-01..` or `..2024-06-30`: how a filter reads in the URL. */
export function timeToParam(filter: TimeFilter): string {
  if ('preset' in filter) return filter.preset;
  return `${filter.from ?? ''}..${filter.to ?? ''}`;
}

/** A URL value as a filter; `undefined` for anything that is not a preset or a valid range. */
export function timeFromParam(value: string | null): TimeFilter | undefined {
  if (!value) return undefined;
  if (isPreset(value)) return { preset: value };
  const match = /^([\d-]*)\.\.([\d-]*)$/.exec(value);
  if (!match) return undefined;
  const [, from = '', to = ''] = match;
  if ((from && !isDay(from)) || (to && !isDay(to)) || (!from && !to)) return undefined;
  if (from && to && from > to) return undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** Today's date in Europe/Berlin as `YYYY-MM-DD` (not the device's or UTC's day). */
export function berlinToday(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** `day` moved by whole days, months or years on the calendar (31 March − 1 month → 28/29 Feb). */
export function shiftDay(day: string, by: { days?: number; months?: number; years?: number }) {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const targetMonth = month - 1 + (by.months ?? 0) + 12 * (by.years ?? 0);
  const first = new Date(Date.UTC(year, targetMonth, 1));
  const lastOfMonth = new Date(
    Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0),
  ).getUTCDate();
  const shifted = new Date(
    Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(date, lastOfMonth)),
  );
  shifted.setUTCDate(shifted.getUTCDate() + (by.days ?? 0));
  return shifted.toISOString().slice(0, 10);
}

/**
 * The SDK's date range for a filter: a preset covers the days from one week, month or year before
 * today (Europe/Berlin) up to today, both inclusive.
 */
export function dateRangeOf(filter: TimeFilter, now: Date = new Date()): DateRange {
  if (!('preset' in filter)) {
    return {
      ...(filter.from ? { from: filter.from } : {}),
      ...(filter.to ? { to: filter.to } : {}),
    };
  }
  const today = berlinToday(now);
  const from =
    filter.preset === 'week'
      ? shiftDay(today, { days: -7 })
      : filter.preset === 'month'
        ? shiftDay(today, { months: -1 })
        : shiftDay(today, { years: -1 });
  return { from, to: today };
}

/** The SDK query fields for the time filters. */
export function timeQuery(time: TimeFilters, now: Date = new Date()) {
  const query: Partial<Record<TimeField, DateRange>> = {};
  for (const field of TIME_FIELDS) {
    const filter = time[field];
    if (isActive(filter)) query[field] = dateRangeOf(filter, now);
  }
  return query;
}
