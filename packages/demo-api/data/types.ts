// Shapes of the demo data files in this folder. The directory shapes (Actor, Topic, ResolvedEvent)
// follow the actor-directory contract (`saxon-directory.yaml`); DemoDataset is the portal-neutral
// source record from which the CKAN and EntryStore emulations render their own formats.

/** Labels: Wirtschaft, Forschung, Netzwerk, Bildung (the four dimensions of the DiAS study). */
export type ActorCategory = 'company' | 'research' | 'network' | 'education';

/** Offer types of AI companies in the DiAS study: KI-Hardware, KI-Software, KI-Dienstleistungen. */
export type ActorOffer = 'hardware' | 'software' | 'services';

/** `city`: city-centre point shared by many actors; `campus`: rough campus location (~1 km). */
export type LocationPrecision = 'address' | 'campus' | 'city';

export interface Actor {
  /** Slug, stable across releases. */
  id: string;
  name: string;
  category: ActorCategory;
  /** Free German text, e.g. "Universität" or "Startup – Robotik-Software". */
  subtype?: string;
  description?: string;
  /** Topic ids from topics.json. */
  topics: string[];
  offers: ActorOffer[];
  address: {
    street?: string;
    postalCode?: string;
    /** Plain city name, e.g. "Dresden". */
    city: string;
    /** 5-digit Kreis key (AGS) of the seat, one of Saxony's 13 Kreise. */
    ags?: string;
  };
  location: { lat: number; lon: number; precision: LocationPrecision };
  website?: string;
  email?: string;
  /** ISO 8601 with offset. */
  updatedAt: string;
}

export interface Topic {
  /** kebab-case */
  id: string;
  label: { de: string; en: string };
}

export interface Publisher {
  /** CKAN organization name (slug). */
  id: string;
  title: string;
  /** Stable identifier as portals expose it: urn:uuid:…, an EntryStore resource URI or a web URL. */
  uri: string;
  homepage?: string;
  description?: string;
}

/** EU data-theme codes (http://publications.europa.eu/resource/authority/data-theme/…). */
export type ThemeCode =
  | 'AGRI'
  | 'ECON'
  | 'EDUC'
  | 'ENER'
  | 'ENVI'
  | 'GOVE'
  | 'HEAL'
  | 'INTR'
  | 'JUST'
  | 'REGI'
  | 'SOCI'
  | 'TECH'
  | 'TRAN';

export type DistributionFormat =
  'CSV' | 'JSON' | 'XML' | 'GeoJSON' | 'WMS' | 'WFS' | 'PDF' | 'XLSX' | 'ZIP' | 'SHP';

export interface DemoDistribution {
  id: string;
  title: string;
  description?: string;
  format: DistributionFormat;
  /** IANA media type, e.g. text/csv. Absent for map services. */
  mediaType?: string;
  accessUrl: string;
  downloadUrl?: string;
  byteSize?: number;
  /** DCAT-AP.de licence URI. */
  license?: string;
  modified?: string;
}

/**
 * Real-portal irregularities the CKAN emulation reproduces for this record (see the GovData
 * sample): the dataset model itself stays clean.
 */
export interface DatasetQuirks {
  /** CKAN emits `license_id: ""` and the licence only on the resources. */
  licenseOnResourceOnly?: true;
  /** CKAN emits issued/modified without offset and with microseconds. */
  naiveTimestamps?: true;
  /** CKAN's `url` field carries this text, which is not a URL. */
  urlNotUrl?: string;
}

export interface DemoDataset {
  /** UUID-formatted, derived from `name`. */
  id: string;
  /** CKAN slug, unique. */
  name: string;
  title: string;
  /** German; may contain Markdown and CRLF line ends. */
  description: string;
  keywords: string[];
  themes: ThemeCode[];
  /** Id of an entry in publishers.json. */
  publisherId: string;
  /** DCAT-AP.de licence URI, e.g. http://dcat-ap.de/def/licenses/dl-by-de/2.0 */
  license: string;
  /** ISO 8601 with offset. */
  issued: string;
  modified: string;
  landingPage?: string;
  /** DCAT-AP.de political geocoding URI (stateKey/14 or districtKey/<AGS>): the first of `regions`. */
  spatial?: string;
  /**
   * Every political geocoding URI of the dataset (`stateKey/14`, `districtKey/<AGS>`,
   * `municipalityKey/<AGS>`), present whenever `spatial` is.
   */
  regions?: string[];
  /** Temporal coverage: dates `YYYY-MM-DD`; no `end` = still running. */
  temporal?: { start: string; end?: string };
  contact?: { name: string; email?: string };
  /** EU frequency code, e.g. ANNUAL. */
  accrualPeriodicity?: string;
  distributions: DemoDistribution[];
  quirks?: DatasetQuirks;
}

export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled';
export type AttendanceMode = 'offline' | 'online' | 'mixed';

export interface EventLocation {
  name: string;
  address?: string;
  city: string;
  lat?: number;
  lon?: number;
}

/**
 * A fixed date. Timed: `start`/`end` are ISO 8601 date-times with offset. All-day (`allDay: true`):
 * `start` is a date `YYYY-MM-DD` and `end` the exclusive end date (as in iCalendar).
 */
export interface AbsoluteSchedule {
  kind: 'absolute';
  start: string;
  end?: string;
  allDay?: boolean;
}

/**
 * A date relative to "today" in Europe/Berlin. Without `startTime` the event is all-day and covers
 * `days` calendar days (default 1). With `startTime` it starts at that local wall-clock time and
 * ends `durationMinutes` after `startTime` on its last day (day `days`, default 1), so a 3-day
 * conference 09:00 + 480 min ends on day 3 at 17:00, whatever the DST change in between.
 */
export interface RelativeSchedule {
  kind: 'relative';
  /** Days from today; negative = past. */
  dayOffset: number;
  /** Local time 'HH:MM' in Europe/Berlin; omitted = all-day. */
  startTime?: string;
  durationMinutes?: number;
  days?: number;
}

export type EventSchedule = AbsoluteSchedule | RelativeSchedule;

interface EventCommon {
  id: string;
  title: string;
  description?: string;
  status: EventStatus;
  attendanceMode: AttendanceMode;
  location?: EventLocation;
  onlineUrl?: string;
  /** Ids of actors in actors.json. */
  organizerIds: string[];
  /** Organizers that are not in the directory, e.g. the Sächsische Staatskanzlei. */
  organizers?: { name: string }[];
  /** Topic ids from topics.json. */
  topics: string[];
  url?: string;
  registrationUrl?: string;
  language?: 'de' | 'en';
  /** true for invented events; false for the real past events. */
  demo: boolean;
  /** Public source of a real event. */
  source?: string;
}

export interface EventTemplate extends EventCommon {
  schedule: EventSchedule;
  /** Fixed last-change time (ISO 8601 with offset); relative templates default to 14 days ago. */
  updatedAt?: string;
  /** Relative templates: last change this many days from today (at 09:00 local). */
  updatedDayOffset?: number;
}

export interface ResolvedEvent extends EventCommon {
  /** Date-time with offset, or a date `YYYY-MM-DD` when `allDay`. */
  start: string;
  /** Date-time with offset, or the exclusive end date when `allDay`. */
  end?: string;
  allDay: boolean;
  timeZone: 'Europe/Berlin';
  updatedAt: string;
}
