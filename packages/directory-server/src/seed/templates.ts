import type { DirectoryEvent } from '../model.js';

/** An event template of data/events.json (the demo seed's format). */
export interface EventTemplate extends Omit<
  DirectoryEvent,
  'start' | 'end' | 'allDay' | 'timeZone' | 'organizers' | 'updatedAt'
> {
  schedule: AbsoluteSchedule | RelativeSchedule;
  updatedAt?: string;
  updatedDayOffset?: number;
  organizers?: { name: string }[];
  /** true for invented events; false for the real past events. */
  demo: boolean;
  source?: string;
}

/** A fixed date; all-day events have dates with an exclusive `end`. */
export interface AbsoluteSchedule {
  kind: 'absolute';
  start: string;
  end?: string;
  allDay?: boolean;
}

/** Days from "today" in Europe/Berlin; without `startTime` all-day over `days` days. */
export interface RelativeSchedule {
  kind: 'relative';
  dayOffset: number;
  startTime?: string;
  durationMinutes?: number;
  days?: number;
}

export type ResolvedEvent = Omit<EventTemplate, 'schedule' | 'updatedDayOffset' | 'updatedAt'> & {
  start: string;
  end?: string;
  allDay: boolean;
  timeZone: 'Europe/Berlin';
  updatedAt: string;
};
