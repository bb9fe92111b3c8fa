import type { AttendanceMode } from '@saxon-ai/sdk';
import { isOneOf, parseWholeNumber, type AttributeWarning } from '../shared/attributes.js';
import { parseHeadingLevel } from '../shared/heading.js';

/** How the events are laid out. */
export type EventListLayout = 'list' | 'compact' | 'cards';

export const LAYOUTS: readonly EventListLayout[] = ['list', 'compact', 'cards'];
export const ATTENDANCE_MODES: readonly AttendanceMode[] = ['offline', 'online', 'mixed'];

/** Events per page when `limit` is not set or not usable. */
export const DEFAULT_LIMIT = 10;
/** The directory API's largest page. */
export const MAX_LIMIT = 200;

/**
 * `limit`: a whole number from 1 to 200; otherwise 10 (or 200 when larger), with a warning that
 * quotes `text`, the attribute as written (the number property turns `abc` into `NaN`).
 */
export function parseLimit(
  value: number | null | undefined,
  text: string | null | undefined,
  warn: AttributeWarning,
): number {
  const written = text ?? String(value);
  if (typeof value === 'number' && Number.isInteger(value) && value > MAX_LIMIT) {
    warn(
      `limit="${written}" is more than the API serves at once; showing ${MAX_LIMIT} events a page.`,
    );
    return MAX_LIMIT;
  }
  return parseWholeNumber(value, { min: 1, max: MAX_LIMIT, fallback: DEFAULT_LIMIT }, () =>
    warn(
      `limit="${written}" is not a whole number of at least 1; showing ${DEFAULT_LIMIT} events a page.`,
    ),
  );
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
  warn: AttributeWarning,
): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (isCalendarDate(text)) return text;
  if (
    DATE_TIME.test(text) &&
    isCalendarDate(text.slice(0, 10)) &&
    !Number.isNaN(new Date(text).getTime()) // hours and minutes in range too (not `T25:00Z`)
  ) {
    return text;
  }
  const fallback = name === 'from' ? 'upcoming events (from now on)' : 'no end date';
  warn(
    `${name}="${text}" is not a date (YYYY-MM-DD) or a date-time with offset; using ${fallback}.`,
  );
  return undefined;
}

/** `layout`: `list`, `compact` or `cards`; anything else is `list`, with a warning. */
export function parseLayout(
  value: string | null | undefined,
  warn: AttributeWarning,
): EventListLayout {
  const text = value?.trim().toLowerCase();
  if (!text) return 'list';
  if (isOneOf(LAYOUTS, text)) return text;
  warn(`layout="${value}" is not one of ${LAYOUTS.join(', ')}; using list.`);
  return 'list';
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
export function parseAttendanceModes(
  value: string | null | undefined,
  warn: AttributeWarning,
): AttendanceMode[] {
  const items = parseList(value?.toLowerCase());
  const known = items.filter((item) => isOneOf(ATTENDANCE_MODES, item));
  if (known.length < items.length) {
    warn(
      `attendance-mode="${value}" names a mode other than ${ATTENDANCE_MODES.join(', ')}; ${
        known.length ? `using ${known.join(', ')}` : 'showing every mode'
      }.`,
    );
  }
  return known;
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
  /**
   * Console warnings about unusable attribute values, by attribute (without the element's tag,
   * which `attributeWarning` puts in front when the element writes them).
   */
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

/**
 * Reads and checks the attributes; unusable values fall back to defaults with a warning. It runs
 * before every render, so it collects the warnings and the element writes each new one once.
 */
export function eventListConfig(attributes: EventListAttributes): EventListConfig {
  const warnings = new Map<string, string>();
  const about =
    (attribute: string): AttributeWarning =>
    (message) =>
      warnings.set(attribute, message);
  const written = (name: string) => attributes.getAttribute?.(name);
  const from = parseDateAttribute('from', attributes.from, about('from'));
  const to = parseDateAttribute('to', attributes.to, about('to'));
  const topic = parseList(attributes.topic);
  const city = parseList(attributes.city);
  const organizer = parseList(attributes.organizer);
  const attendanceMode = parseAttendanceModes(attributes.attendanceMode, about('attendance-mode'));
  const filter: EventListFilter = {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(topic.length ? { topic } : {}),
    ...(city.length ? { city } : {}),
    ...(organizer.length ? { organizer } : {}),
    ...(attendanceMode.length ? { attendanceMode } : {}),
    limit: parseLimit(attributes.limit, written('limit'), about('limit')),
  };
  const headingLevel = parseHeadingLevel(attributes.headingLevel, { max: 5, fallback: 3 }, () =>
    about('heading-level')(
      `heading-level="${written('heading-level') ?? attributes.headingLevel}" is not a whole number from 1 to 5; using 3.`,
    ),
  );
  return {
    filter,
    layout: parseLayout(attributes.layout, about('layout')),
    headingLevel,
    warnings,
  };
}
