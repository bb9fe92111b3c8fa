import type { DateRange } from './model.js';
import { normalizeTimestamp } from './time.js';

/**
 * Date ranges of a query as the bounds portals' Solr indexes compare. A date (`2024-05-01`) is a
 * day in Berlin; a date-time without a zone is Berlin wall time. Both ends are inclusive.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The instant a bound stands for, as Solr's UTC date (`2024-04-30T22:00:00Z`). */
function instant(value: string): string {
  const iso = normalizeTimestamp(DATE.test(value) ? `${value}T00:00:00` : value, 'berlin');
  const time = iso === undefined ? NaN : Date.parse(iso);
  if (Number.isNaN(time)) throw new TypeError(`Not an ISO 8601 date or date-time: "${value}"`);
  return new Date(time).toISOString().replace('.000Z', 'Z');
}

/** The calendar day after `date` (`YYYY-MM-DD`). */
function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** A bound as written, trimmed; an empty bound is no bound. */
function bound(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

/** Whether the range limits anything. */
export function hasRange(range: DateRange | undefined): range is DateRange {
  return !!range && (bound(range.from) !== undefined || bound(range.to) !== undefined);
}

/**
 * A Solr range over a date field of instants (UTC): `[from TO to}` with `to` the start of the day
 * after a date, so the whole last day is in; `*` for an open end. Throws `TypeError` on a bound
 * that is no ISO 8601 date.
 */
export function instantRange(range: DateRange): string {
  const from = bound(range.from);
  const to = bound(range.to);
  const lower = from === undefined ? '*' : instant(from);
  if (to === undefined) return `[${lower} TO *]`;
  if (DATE.test(to)) return `[${lower} TO ${instant(nextDay(dayOf(to)))}}`;
  return `[${lower} TO ${instant(to)}]`;
}

/** The Berlin calendar day of a bound (`2024-05-01`), for fields that hold days. */
export function dayOf(value: string): string {
  if (DATE.test(value)) {
    instant(value); // validates it
    return value;
  }
  const iso = normalizeTimestamp(value, 'berlin');
  if (iso === undefined || Number.isNaN(Date.parse(iso)))
    throw new TypeError(`Not an ISO 8601 date or date-time: "${value}"`);
  return iso.slice(0, 10);
}

/** The days of a range: `from` and the day after `to` (exclusive), each undefined when open. */
export function dayRange(range: DateRange): { from?: string; before?: string } {
  const from = bound(range.from);
  const to = bound(range.to);
  return {
    ...(from === undefined ? {} : { from: dayOf(from) }),
    ...(to === undefined ? {} : { before: nextDay(dayOf(to)) }),
  };
}
