import type { AttendanceMode } from '@saxon-ai/sdk';

/** How the events are laid out. */
export type EventListLayout = 'list' | 'compact' | 'cards';

export const LAYOUTS: readonly EventListLayout[] = ['list', 'compact', 'cards'];
export const ATTENDANCE_MODES: readonly AttendanceMode[] = ['offline', 'online', 'mixed'];

/** Events per page when `limit` is not set or not usable. */
export const DEFAULT_LIMIT = 10;
/** The directory API's largest page. */
export const MAX_LIMIT = 200;

/** A parsed attribute: the value to use and, when the page's value was unusable, why. */
export interface Parsed<T> {
  value: T;
  warning?: string;
}

const TAG = '<saxon-event-list>';

/**
 * `limit`: a whole number from 1 to 200; otherwise 10 (or 200 when larger), with a warning that
 * quotes `text`, the attribute as written (the number property turns `abc` into `NaN`).
 */
export function parseLimit(value: number | null | undefined, text?: string | null): Parsed<number> {
  const written = text ?? String(value);
  if (value === null || value === undefined) return { value: DEFAULT_LIMIT };
  if (!Number.isInteger(value) || value < 1) {
    return {
      value: DEFAULT_LIMIT,
      warning: `${TAG}: limit="${written}" is not a whole number of at least 1; showing ${DEFAULT_LIMIT} events a page.`,
    };
  }
  if (value > MAX_LIMIT) {
    return {
      value: MAX_LIMIT,
      warning: `${TAG}: limit="${written}" is more than the API serves at once; showing ${MAX_LIMIT} events a page.`,
    };
  }
  return { value };
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `from` and `to`: a date (`2026-10-01`, a day in Berlin) or a date-time with offset. Anything else
 * is ignored with a warning, so the API's default applies (`from`: now; `to`: open).
 */
export function parseDateAttribute(
  name: 'from' | 'to',
  value: string | null | undefined,
): Parsed<string | undefined> {
  const text = value?.trim();
  if (!text) return { value: undefined };
  if (isCalendarDate(text)) return { value: text };
  if (
    DATE_TIME.test(text) &&
    isCalendarDate(text.slice(0, 10)) &&
    !Number.isNaN(new Date(text).getTime()) // hours and minutes in range too (not `T25:00Z`)
  ) {
    return { value: text };
  }
  const fallback = name === 'from' ? 'upcoming events (from now on)' : 'no end date';
  return {
    value: undefined,
    warning: `${TAG}: ${name}="${text}" is not a date (YYYY-MM-DD) or a date-time with offset; using ${fallback}.`,
  };
}

/** `layout`: `list`, `compact` or `cards`; anything else is `list`, with a warning. */
export function parseLayout(value: string | null | undefined): Parsed<EventListLayout> {
  const text = value?.trim().toLowerCase();
  if (!text) return { value: 'list' };
  if ((LAYOUTS as readonly string[]).includes(text)) return { value: text as EventListLayout };
  return {
    value: 'list',
    warning: `${TAG}: layout="${value}" is not one of ${LAYOUTS.join(', ')}; using list.`,
  };
}

/** A filter attribute: one value or several, separated by commas (`topic="nlp, robotics"`). */
export function parseList(value: string | null | undefined): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}

/** `attendance-mode`: `offline`, `online`, `mixed` or a comma-separated choice; unknown ones are dropped. */
export function parseAttendanceModes(value: string | null | undefined): Parsed<AttendanceMode[]> {
  const items = parseList(value?.toLowerCase());
  const known = items.filter((item): item is AttendanceMode =>
    (ATTENDANCE_MODES as readonly string[]).includes(item),
  );
  if (known.length === items.length) return { value: known };
  return {
    value: known,
    warning: `${TAG}: attendance-mode="${value}" names a mode other than ${ATTENDANCE_MODES.join(', ')}; ${
      known.length ? `using ${known.join(', ')}` : 'showing every mode'
    }.`,
  };
}

/** `heading-level`: 1–5 for the month headings (event titles one below); otherwise 3. */
export function parseHeadingLevel(
  value: number | null | undefined,
  text?: string | null,
): Parsed<number> {
  if (value === null || value === undefined) return { value: 3 };
  if (Number.isInteger(value) && value >= 1 && value <= 5) return { value };
  return {
    value: 3,
    warning: `${TAG}: heading-level="${text ?? value}" is not a whole number from 1 to 5; using 3.`,
  };
}

/** The filter the list loads with: only what is set, so that equal settings compare equal. */
export interface EventListFilter {
  from?: string;
  to?: string;
  topic?: string[];
  city?: string[];
  organizer?: string[];
  attendanceMode?: AttendanceMode[];
  limit: number;
}

/** The element's attributes, checked: what to load and how to show it. */
export interface EventListConfig {
  filter: EventListFilter;
  layout: EventListLayout;
  headingLevel: number;
  /** Console warnings about unusable attribute values, by attribute. */
  warnings: Map<string, string>;
}

/** The attributes as the element holds them. */
export interface EventListAttributes {
  from: string;
  to: string;
  topic: string;
  city: string;
  organizer: string;
  attendanceMode: string;
  limit: number;
  layout: string;
  headingLevel: number;
  /** The attribute as written, for warnings that quote it (the element's own). */
  getAttribute?(name: string): string | null;
}

/** Reads and checks the attributes; unusable values fall back to defaults with a warning. */
export function eventListConfig(attributes: EventListAttributes): EventListConfig {
  const warnings = new Map<string, string>();
  const take = <T>(attribute: string, parsed: Parsed<T>): T => {
    if (parsed.warning) warnings.set(attribute, parsed.warning);
    return parsed.value;
  };
  const from = take('from', parseDateAttribute('from', attributes.from));
  const to = take('to', parseDateAttribute('to', attributes.to));
  const topic = parseList(attributes.topic);
  const city = parseList(attributes.city);
  const organizer = parseList(attributes.organizer);
  const attendanceMode = take('attendance-mode', parseAttendanceModes(attributes.attendanceMode));
  const filter: EventListFilter = {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(topic.length ? { topic } : {}),
    ...(city.length ? { city } : {}),
    ...(organizer.length ? { organizer } : {}),
    ...(attendanceMode.length ? { attendanceMode } : {}),
    limit: take('limit', parseLimit(attributes.limit, attributes.getAttribute?.('limit'))),
  };
  return {
    filter,
    layout: take('layout', parseLayout(attributes.layout)),
    headingLevel: take(
      'heading-level',
      parseHeadingLevel(attributes.headingLevel, attributes.getAttribute?.('heading-level')),
    ),
    warnings,
  };
}
