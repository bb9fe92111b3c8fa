/** Shapes of `saxon-directory.yaml` as the server stores and sends them. */

export type Language = 'de' | 'en';
export const LANGUAGES = ['de', 'en'] as const;

export const CATEGORIES = ['company', 'research', 'network', 'education'] as const;
export const ATTENDANCE_MODES = ['offline', 'online', 'mixed'] as const;
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const;

export type ActorCategory = (typeof CATEGORIES)[number];
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface Actor {
  id: string;
  name: string;
  category: ActorCategory;
  subtype?: string;
  description?: string;
  topics: string[];
  offers: ('hardware' | 'software' | 'services')[];
  address: { street?: string; postalCode?: string; city: string; ags?: string };
  location: { lat: number; lon: number; precision: 'address' | 'campus' | 'city' };
  website?: string;
  email?: string;
  updatedAt: string;
}

export interface EventLocation {
  name: string;
  address?: string;
  city: string;
  /** The Gemeinde `city` names (contract 1.3): added by the server when read, never stored or input. */
  ags?: string;
  lat?: number;
  lon?: number;
}

/** A location as `EventInput` has it: without the server's `ags`. */
export function locationAsInput({ ags: _ags, ...location }: EventLocation): EventLocation {
  return location;
}

/** An event as the API sends it: `organizers` names directory actors and external organizers. */
export interface DirectoryEvent {
  id: string;
  title: string;
  description?: string;
  /** Date-time with offset, or a date `YYYY-MM-DD` when `allDay`. */
  start: string;
  /** Date-time with offset, or the exclusive end date when `allDay`. */
  end?: string;
  allDay: boolean;
  timeZone: 'Europe/Berlin';
  status: EventStatus;
  attendanceMode: AttendanceMode;
  location?: EventLocation;
  onlineUrl?: string;
  organizerIds: string[];
  /** `url`: the organising actor's website (contract 1.3), resolved when read. */
  organizers: { id?: string; name: string; url?: string }[];
  topics: string[];
  url?: string;
  registrationUrl?: string;
  /** BCP 47 tag, e.g. `de`. */
  language?: string;
  updatedAt: string;
}

/** A topic of the vocabulary, labelled in both languages. */
export interface Topic {
  id: string;
  label: { de: string; en: string };
}

/** Everything the directory holds; what `import` reads and `export` writes. */
export interface DirectoryData {
  actors: Actor[];
  events: DirectoryEvent[];
  topics: Topic[];
}

export const CATEGORY_LABELS: Record<Language, Record<ActorCategory, string>> = {
  de: { company: 'Wirtschaft', research: 'Forschung', network: 'Netzwerk', education: 'Bildung' },
  en: { company: 'Business', research: 'Research', network: 'Network', education: 'Education' },
};

export const ATTENDANCE_LABELS: Record<Language, Record<AttendanceMode, string>> = {
  de: { offline: 'Vor Ort', online: 'Online', mixed: 'Hybrid' },
  en: { offline: 'In person', online: 'Online', mixed: 'Hybrid' },
};
