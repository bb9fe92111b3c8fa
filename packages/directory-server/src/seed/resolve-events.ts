// Turns the demo event templates (data/events.json) into concrete events for a given "now"; the
// same rules as the demo API's data/events.ts, kept here so the server deploys on its own.
// Relative dates count
// calendar days from now's date in Europe/Berlin; times are Berlin wall-clock times, written with
// the offset valid on that day (+01:00 in winter, +02:00 in summer).

import {
  TIME_ZONE,
  addDays,
  berlinDate,
  berlinWallTimeToInstant,
  formatBerlinDateTime,
  formatDate,
  parseDate,
} from '../berlin-time.js';
import type { CalendarDate } from '../berlin-time.js';
import type { EventTemplate, RelativeSchedule, ResolvedEvent } from './templates.js';

const DEFAULT_UPDATED_DAY_OFFSET = -14;

function parseTime(text: string): { hour: number; minute: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) throw new Error(`Not a time (HH:MM): ${text}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

function resolveRelative(
  schedule: RelativeSchedule,
  today: CalendarDate,
): { start: string; end?: string; allDay: boolean } {
  const first = addDays(today, schedule.dayOffset);
  const days = Math.max(1, schedule.days ?? 1);
  if (schedule.startTime === undefined) {
    return { start: formatDate(first), end: formatDate(addDays(first, days)), allDay: true };
  }
  const { hour, minute } = parseTime(schedule.startTime);
  const start = formatBerlinDateTime(berlinWallTimeToInstant(first, hour, minute));
  if (schedule.durationMinutes === undefined) return { start, allDay: false };
  // The end is a wall-clock time on the last day, so a DST change in between shifts nothing.
  const endMinutes = hour * 60 + minute + schedule.durationMinutes;
  const endDay = addDays(first, days - 1 + Math.floor(endMinutes / 1440));
  const endInstant = berlinWallTimeToInstant(
    endDay,
    Math.floor((endMinutes % 1440) / 60),
    endMinutes % 60,
  );
  return { start, end: formatBerlinDateTime(endInstant), allDay: false };
}

/** Sort key: the start instant (all-day events start at Berlin midnight). */
function startInstant(event: ResolvedEvent): number {
  return event.allDay
    ? berlinWallTimeToInstant(parseDate(event.start), 0, 0)
    : Date.parse(event.start);
}

/**
 * Concrete events for `now`, sorted by start. Absolute templates keep their dates; relative ones
 * are placed around now's calendar date in Europe/Berlin.
 */
export function resolveEvents(templates: readonly EventTemplate[], now: Date): ResolvedEvent[] {
  const today = berlinDate(now.getTime());
  const events = templates.map((template): ResolvedEvent => {
    const { schedule, updatedAt, updatedDayOffset, id, title, description, ...rest } = template;
    const when =
      schedule.kind === 'absolute'
        ? {
            start: schedule.start,
            ...(schedule.end === undefined ? {} : { end: schedule.end }),
            allDay: schedule.allDay ?? false,
          }
        : resolveRelative(schedule, today);
    const updated =
      updatedAt ??
      formatBerlinDateTime(
        berlinWallTimeToInstant(
          addDays(today, updatedDayOffset ?? DEFAULT_UPDATED_DAY_OFFSET),
          9,
          0,
        ),
      );
    return {
      id,
      title,
      ...(description === undefined ? {} : { description }),
      ...when,
      timeZone: TIME_ZONE,
      ...rest,
      updatedAt: updated,
    };
  });
  return events
    .map((event, index) => ({ event, index, key: startInstant(event) }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({ event }) => event);
}
