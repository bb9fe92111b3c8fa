import type { output } from 'zod/mini';
import type {
  actorCategorySchema,
  actorFeatureCollectionSchema,
  actorPageSchema,
  actorSchema,
  attendanceModeSchema,
  eventPageSchema,
  eventSchema,
  eventStatusSchema,
  topicListSchema,
} from './schemas.js';

/** `company` (Wirtschaft), `research` (Forschung), `network` (Netzwerk), `education` (Bildung). */
export type ActorCategory = output<typeof actorCategorySchema>;
export type AttendanceMode = output<typeof attendanceModeSchema>;
export type EventStatus = output<typeof eventStatusSchema>;
export type { Facet } from '../shared/facet.js';
/** An AI company, research institute, network or education offer in Saxony. */
export type Actor = output<typeof actorSchema>;
export type ActorPage = output<typeof actorPageSchema>;
/** Actors as GeoJSON points with slim properties, for maps. */
export type ActorFeatureCollection = output<typeof actorFeatureCollectionSchema>;
/**
 * An event. Timed events have `start`/`end` as ISO 8601 date-times with offset (Europe/Berlin);
 * all-day events (`allDay: true`) have dates, with `end` exclusive as in iCalendar.
 */
export type DirectoryEvent = output<typeof eventSchema>;
export type EventPage = output<typeof eventPageSchema>;
export type Topic = output<typeof topicListSchema>['items'][number];

type OneOrMany<T> = T | readonly T[];

/** Filters of `actors.list`, `actors.all` and `actors.geojson`. Several values of one filter are ORed. */
export interface ActorFilter {
  /** Free text over name, kind, city, topics and description (German-aware). */
  text?: string;
  category?: OneOrMany<ActorCategory>;
  /** Topic ids, see `topics.list()`. */
  topic?: OneOrMany<string>;
  city?: OneOrMany<string>;
  /** 5-digit Kreis keys (AGS), e.g. `14612` for Dresden. */
  ags?: OneOrMany<string>;
  /** `[minLon, minLat, maxLon, maxLat]` in WGS84 degrees. */
  bbox?: readonly [number, number, number, number];
  /** Default `name`, or `relevance` when `text` is given. */
  sort?: 'relevance' | 'name' | '-updatedAt';
  /** Page size, 1–500 (default 20). */
  limit?: number;
  offset?: number;
}

/** Filters of `events.list`, `events.all` and `events.icalUrl`. */
export interface EventFilter {
  /** Events ending at or after this instant; a `YYYY-MM-DD` date means its start in Berlin. Default: now. */
  from?: Date | string;
  /** Events starting at or before this instant; a bare date includes that whole day. */
  to?: Date | string;
  text?: string;
  topic?: OneOrMany<string>;
  city?: OneOrMany<string>;
  /**
   * Where the event takes place: 5-digit Kreis keys (AGS) match every Gemeinde of the Kreis,
   * 8-digit Gemeinde keys that Gemeinde only (contract 1.3; `location.ags`).
   */
  ags?: OneOrMany<string>;
  attendanceMode?: OneOrMany<AttendanceMode>;
  /** Actor ids of organizers. */
  organizer?: OneOrMany<string>;
  status?: OneOrMany<EventStatus>;
  /** Page size, 1–200 (default 20). */
  limit?: number;
  offset?: number;
}
