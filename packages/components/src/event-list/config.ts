import type { AttendanceMode } from '@saxon-ai/sdk';
import type { Localizer } from '../shared/i18n/localizer.js';
import {
  parseAttendanceModes,
  parseDateAttribute,
  parseHeadingLevel,
  parseLayout,
  parseLimit,
  parseList,
  type EventListLayout,
  type Parsed,
} from './attributes.js';
import type { EventFacets, FilterName } from './filters.js';

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

const MODE_KEYS = {
  offline: 'eventListModeOffline',
  online: 'eventListModeOnline',
  mixed: 'eventListModeMixed',
} as const;

/** The label of a filter value: the facet's, else the mode's own text, else the value itself. */
export function filterLabel(
  name: FilterName,
  value: string,
  facets: EventFacets | undefined,
  i18n: Localizer,
): string {
  const facet = facets?.[name].find((entry) => entry.value === value);
  if (facet) return facet.label;
  if (name === 'attendanceMode' && value in MODE_KEYS) {
    return i18n.t(MODE_KEYS[value as AttendanceMode]);
  }
  return value;
}
