import type { DirectoryEvent } from '@saxon-ai/sdk';
import { TIME_ZONE } from '../shared/i18n/format.js';
import { DEFAULT_LOCALE } from '../shared/i18n/locales.js';
import { dateTimeFormat } from '../shared/i18n/intl-cache.js';

/** The part of an event its date formatting needs. */
export type EventTiming = Pick<DirectoryEvent, 'start' | 'end' | 'allDay'>;

/** One end of a range: the text a visitor reads and the value for `<time datetime>`. */
export interface TimeText {
  text: string;
  /** A valid `datetime` value: a date (`2026-10-24`) or a date-time with offset. */
  datetime: string;
}

/** When an event takes place, in words, split so that each end can sit in its own `<time>`. */
export interface FormattedRange {
  start: TimeText;
  /** The text between the two ends ("–", " – ", ". – "); absent for a single point or day. */
  separator?: string;
  end?: TimeText;
  /** One whole day without times: the caller adds "ganztägig". */
  singleDay: boolean;
  /** Whether the zone (MEZ/MESZ, CET/CEST) is named in the text. */
  zoneNamed: boolean;
}

/** Berlin's zone abbreviations in one language: `MEZ`/`MESZ`, `CET`/`CEST`. */
export interface ZoneNames {
  /** UTC+1, winter. */
  standard: string;
  /** UTC+2, daylight-saving time. */
  summer: string;
}

/** Options of {@link formatEventRange}. */
export interface RangeOptions {
  /** The visitor's time zone; default the browser's. Berlin times name their zone when it differs. */
  visitorTimeZone?: string;
  /**
   * How to name Berlin's zone. Intl names it well in German (MEZ/MESZ) but as "GMT+1"/"GMT+2" in
   * English and many other languages; without these, Intl's names stay.
   */
  zoneNames?: ZoneNames;
}

type RangePart = Intl.DateTimeRangeFormatPart;
type Part = Intl.DateTimeFormatPart | RangePart;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// Each with the zone: the options go to the formatter cache as they are, not copied per event.
const DATE_FORMAT: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};
const DATE_TIME_FORMAT: Intl.DateTimeFormatOptions = {
  ...DATE_FORMAT,
  hour: '2-digit',
  minute: '2-digit',
};

const ZONED_FORMAT: Intl.DateTimeFormatOptions = { ...DATE_TIME_FORMAT, timeZoneName: 'short' };

const MONTH_FORMAT: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  month: 'long',
  year: 'numeric',
};

// A registered locale that `Intl` does not know (Upper Sorbian on some engines) formats as German.
const formatter = (locale: string, options: Intl.DateTimeFormatOptions) =>
  dateTimeFormat([locale, DEFAULT_LOCALE], options);

/** A calendar date as an instant at noon UTC, which is the same day in Berlin all year. */
const noonOf = (date: string) => new Date(`${date}T12:00:00Z`);

/** `2026-03-19` → `2026-03-18`: the last day of an all-day event, whose `end` is exclusive. */
export function previousDay(date: string): string {
  const day = noonOf(date);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** The UTC offset of `zone` at `instant` as Intl names it, e.g. `GMT+02:00`. */
function exactOffsetAt(instant: Date, zone: string): string {
  try {
    const parts = dateTimeFormat(['en'], { timeZone: zone, timeZoneName: 'longOffset' });
    return parts.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return ''; // an unknown zone name: treat as different from Berlin
  }
}

const DAY_MS = 86_400_000;
const MAX_CACHED_DAYS = 4096;

/**
 * Per zone and UTC day: the offset in force all day, or `null` for a day with a change (then each
 * instant asks Intl). Formatting a date with Intl is the costly part of an event's date: a list of
 * 1,000 events asks for the offset of each start and end in two zones, most of them on days it
 * has already seen. A zone changes its offset at most once a day, so a day whose first and last
 * millisecond have the same offset has it throughout.
 */
const steadyOffsets = new Map<string, Map<number, string | null>>();

/** The UTC offset of `zone` at `instant`, e.g. `GMT+02:00`. */
function offsetAt(instant: Date, zone: string): string {
  const time = instant.getTime();
  if (Number.isNaN(time)) return exactOffsetAt(instant, zone);
  const day = Math.floor(time / DAY_MS);
  let days = steadyOffsets.get(zone);
  if (!days) steadyOffsets.set(zone, (days = new Map()));
  let steady = days.get(day);
  if (steady === undefined) {
    if (days.size >= MAX_CACHED_DAYS) days.clear();
    const first = exactOffsetAt(new Date(day * DAY_MS), zone);
    steady = first === exactOffsetAt(new Date((day + 1) * DAY_MS - 1), zone) ? first : null;
    days.set(day, steady);
  }
  return steady ?? exactOffsetAt(instant, zone);
}

/** Minutes east of UTC of an offset as Intl names it (`GMT+02:00` → 120, `GMT` → 0). */
function offsetMinutes(offset: string): number | undefined {
  if (offset === 'GMT') return 0;
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * The zone's name at `instant` from the UTC offset then in force — summer or winter is a fact of
 * the instant, not of the language — or Intl's own text for any other offset (Berlin kept
 * other offsets before 1980).
 */
function zoneNameAt(instant: Date, intlName: string, names: ZoneNames | undefined): string {
  if (!names) return intlName;
  const offset = offsetAt(instant, TIME_ZONE);
  if (offset === 'GMT+01:00') return names.standard;
  if (offset === 'GMT+02:00') return names.summer;
  return intlName;
}

/** The text of `parts`, each zone name replaced by `zoneName` of the end it belongs to. */
function joinParts(parts: readonly Part[], zoneName: (part: Part) => string): string {
  return parts.map((part) => (part.type === 'timeZoneName' ? zoneName(part) : part.value)).join('');
}

let visitorZone: string | undefined;

/**
 * The visitor's time zone as the browser reports it: read once, as the (cached) default formatter
 * would report the same zone on every call, and asking it cost as much as a look-up per event.
 */
function browserTimeZone(): string {
  return (visitorZone ??= dateTimeFormat([]).resolvedOptions().timeZone ?? TIME_ZONE);
}

/**
 * Range templates by formatter and by which fields differ between the two ends: the parts of one
 * real `formatRangeToParts`, or `null` where its fields are not those of the single dates.
 */
const rangeTemplates = new WeakMap<Intl.DateTimeFormat, Map<string, readonly RangePart[] | null>>();

/** The fields that name the day; all others (hour, minute, AM/PM, zone) name the time of day. */
const DAY_FIELDS = new Set(['weekday', 'day', 'month', 'year', 'era', 'relatedYear', 'yearName']);
const MAX_CACHED_FIELDS = 2048;

/** The value of each field of a formatted date by type: those of its day, those of its time. */
type Fields = readonly [day: Map<string, string>, time: Map<string, string>];

const valueOf = ([day, time]: Fields, type: string) => time.get(type) ?? day.get(type);

function formatFields(format: Intl.DateTimeFormat, date: Date): Fields {
  const fields: Fields = [new Map(), new Map()];
  for (const { type, value } of format.formatToParts(date))
    fields[DAY_FIELDS.has(type) ? 0 : 1].set(type, value);
  return fields;
}

/** Per formatter: the day fields by Berlin day, the time fields by time of day and offset. */
const fieldCache = new WeakMap<
  Intl.DateTimeFormat,
  [Map<number, Fields[0]>, Map<number, Fields[1]>]
>();

/**
 * `format.formatToParts(date)`'s fields for a formatter in Berlin time, mostly without calling it:
 * the day's fields depend on the Berlin date alone and the time's on the time of day and the
 * offset, and a list repeats both (its events' days, their usual times). Formatting costs a
 * hundred times as much as this look-up; format-range.template.test.ts compares the results.
 */
function fieldsAt(format: Intl.DateTimeFormat, date: Date): Fields {
  const minutes = offsetMinutes(offsetAt(date, TIME_ZONE));
  if (minutes === undefined) return formatFields(format, date);
  const local = date.getTime() + minutes * 60_000;
  const dayKey = Math.floor(local / DAY_MS);
  // The time of day (ms) and the offset (minutes, within ±2,048) in one number.
  const timeKey = (local - dayKey * DAY_MS) * 4096 + minutes + 2048;
  let caches = fieldCache.get(format);
  if (!caches) fieldCache.set(format, (caches = [new Map(), new Map()]));
  const [days, times] = caches;
  let day = days.get(dayKey);
  let time = times.get(timeKey);
  if (!day || !time) {
    if (days.size + times.size >= MAX_CACHED_FIELDS) [days, times].map((cache) => cache.clear());
    [day, time] = formatFields(format, date);
    days.set(dayKey, day);
    times.set(timeKey, time);
  }
  return [day, time];
}

/**
 * `format.formatRangeToParts(from, to)`, usually without calling it: Intl's range formatting costs
 * about ten times as much as formatting both ends, and a list formats one range per event. Which
 * layout a range takes (shared date, "–" between times, the two ends in full) depends only on which
 * of the shown fields differ between its ends (year, month, day, AM/PM, hour, minute, zone), so one
 * real range per such combination serves as a template, and each further range fills in its ends'
 * field values from `formatToParts`. A template is only used when the real range showed each field
 * exactly as the single date does; otherwise Intl formats every such range itself.
 * format-range.template.test.ts compares the results with Intl's own over a year of ranges.
 */
function rangeParts(format: Intl.DateTimeFormat, from: Date, to: Date): readonly RangePart[] {
  const first = fieldsAt(format, from);
  const second = fieldsAt(format, to);
  let key = '';
  for (const fields of first)
    for (const [type, value] of fields) key += +(valueOf(second, type) === value);
  let templates = rangeTemplates.get(format);
  if (!templates) rangeTemplates.set(format, (templates = new Map()));
  const template = templates.get(key);
  if (template === undefined) {
    const real = format.formatRangeToParts(from, to);
    // Each field as the single date of its end shows it; a shared one as both do.
    const matches = real.every(
      ({ type, value, source }) =>
        type === 'literal' ||
        (valueOf(source === 'endRange' ? second : first, type) === value &&
          (source !== 'shared' || valueOf(second, type) === value)),
    );
    templates.set(key, matches ? real : null);
    return real;
  }
  return template
    ? template.map((part) =>
        part.type === 'literal'
          ? part
          : { ...part, value: valueOf(part.source === 'endRange' ? second : first, part.type)! },
      )
    : format.formatRangeToParts(from, to);
}

/**
 * Formats a range with `Intl.DateTimeFormat#formatRange` and splits it into the start's text, the
 * shared separator and the end's text. Parts shared by both ends (the month in "17.–19. März
 * 2026", the date in "24. Oktober 2026, 10:00–16:00 Uhr") stay with the end they are printed at.
 * `start` and `end` are the ends' `datetime` values.
 */
function splitRange(
  format: Intl.DateTimeFormat,
  [from, to]: [Date, Date],
  [start, end]: [string, string],
  zoneNamed: boolean,
  zoneNames?: ZoneNames,
): FormattedRange {
  const parts = rangeParts(format, from, to);
  // A zone name printed once for both ends is the same for both: the start's.
  const zoneName = (part: Part) =>
    zoneNameAt((part as RangePart).source === 'endRange' ? to : from, part.value, zoneNames);
  const lastStart = parts.findLastIndex((part) => part.source === 'startRange');
  const firstEnd = parts.findIndex((part) => part.source === 'endRange');
  const join = (slice: readonly Part[]) => joinParts(slice, zoneName);
  return lastStart < 0 || firstEnd < 0
    ? { start: { text: join(parts), datetime: start }, singleDay: false, zoneNamed }
    : {
        start: { text: join(parts.slice(0, lastStart + 1)), datetime: start },
        separator: join(parts.slice(lastStart + 1, firstEnd)),
        end: { text: join(parts.slice(firstEnd)), datetime: end },
        singleDay: false,
        zoneNamed,
      };
}

function formatAllDay(event: EventTiming, locale: string): FormattedRange {
  const format = formatter(locale, DATE_FORMAT);
  const lastDay = event.end && event.end > event.start ? previousDay(event.end) : event.start;
  if (lastDay <= event.start) {
    return {
      start: { text: format.format(noonOf(event.start)), datetime: event.start },
      singleDay: true,
      zoneNamed: false,
    };
  }
  return splitRange(format, [noonOf(event.start), noonOf(lastDay)], [event.start, lastDay], false);
}

function formatTimed(
  event: EventTiming,
  from: Date,
  locale: string,
  options: RangeOptions,
): FormattedRange {
  const to = event.end ? new Date(event.end) : undefined;
  const hasEnd = to !== undefined && !Number.isNaN(to.getTime()) && to > from;
  // The zone is named when it matters: the visitor's clock shows another time than Berlin's, or
  // the event runs across a daylight-saving change (10:00 MESZ – 16:00 MEZ).
  const visitor = options.visitorTimeZone ?? browserTimeZone();
  const berlinStart = offsetAt(from, TIME_ZONE);
  const zoneNamed =
    offsetAt(from, visitor) !== berlinStart ||
    (hasEnd && (offsetAt(to, TIME_ZONE) !== berlinStart || offsetAt(to, visitor) !== berlinStart));
  const format = formatter(locale, zoneNamed ? ZONED_FORMAT : DATE_TIME_FORMAT);
  if (!hasEnd) {
    const text = joinParts(format.formatToParts(from), (part) =>
      zoneNameAt(from, part.value, options.zoneNames),
    );
    return {
      start: { text, datetime: event.start },
      singleDay: false,
      zoneNamed,
    };
  }
  return splitRange(format, [from, to], [event.start, event.end!], zoneNamed, options.zoneNames);
}

/**
 * When an event takes place, formatted for `locale` in Europe/Berlin whatever the visitor's time
 * zone: "Sa., 24. Oktober 2026, 10:00–16:00 Uhr", "Di., 17. – Do., 19. März 2026" (all-day, the
 * exclusive end turned into the last day), "Sa., 24. Oktober 2026 um 10:00 MESZ – Mo., 26. Oktober
 * 2026 um 16:00 MEZ" (across the daylight-saving change; the zone named by `zoneNames`). Values that are not dates come back as
 * they are.
 */
export function formatEventRange(
  event: EventTiming,
  locale: string,
  options: RangeOptions = {},
): FormattedRange {
  const from = new Date(event.start);
  const valid = event.allDay ? DATE_ONLY.test(event.start) : !Number.isNaN(from.getTime());
  if (!valid) {
    return { start: { text: event.start, datetime: '' }, singleDay: false, zoneNamed: false };
  }
  return event.allDay ? formatAllDay(event, locale) : formatTimed(event, from, locale, options);
}

/** The whole text of a formatted range, as a visitor reads it. */
export function rangeText(range: FormattedRange): string {
  return `${range.start.text}${range.end ? `${range.separator ?? ''}${range.end.text}` : ''}`;
}

/** The month an event starts in, in Berlin: `2026-10`. */
export function monthOf(event: EventTiming): string {
  if (event.allDay || DATE_ONLY.test(event.start)) return event.start.slice(0, 7);
  const start = new Date(event.start);
  if (Number.isNaN(start.getTime())) return event.start.slice(0, 7);
  // Berlin's wall-clock date from the (cached) offset: no formatting per event.
  const minutes = offsetMinutes(offsetAt(start, TIME_ZONE));
  const local = minutes === undefined ? undefined : new Date(start.getTime() + minutes * 60_000);
  const year = local?.getUTCFullYear() ?? 0;
  if (local && year >= 1000 && year <= 9999) return local.toISOString().slice(0, 7);
  const parts = dateTimeFormat(['en'], {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(start);
  const value = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${value('year')}-${value('month')}`;
}

/** A month heading: "Oktober 2026", "October 2026". */
export function formatMonth(month: string, locale: string): string {
  if (!/^\d{4}-\d{2}$/.test(month)) return month;
  return formatter(locale, MONTH_FORMAT).format(noonOf(`${month}-15`));
}
