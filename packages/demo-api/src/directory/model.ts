import type { Actor, ResolvedEvent, Topic } from '../../data/types.js';
import { gemeindeKeyOf } from './gemeinde-keys.js';

export type Language = 'de' | 'en';

export const CATEGORIES = ['company', 'research', 'network', 'education'] as const;
export const ATTENDANCE_MODES = ['offline', 'online', 'mixed'] as const;
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const;

export const CATEGORY_LABELS: Record<Language, Record<Actor['category'], string>> = {
  de: { company: 'Wirtschaft', research: 'Forschung', network: 'Netzwerk', education: 'Bildung' },
  en: { company: 'Business', research: 'Research', network: 'Network', education: 'Education' },
};

export const ATTENDANCE_LABELS: Record<
  Language,
  Record<ResolvedEvent['attendanceMode'], string>
> = {
  de: { offline: 'Vor Ort', online: 'Online', mixed: 'Hybrid' },
  en: { offline: 'In person', online: 'Online', mixed: 'Hybrid' },
};

/** An event as the directory API sends it (the contract's `Event`). */
export interface DirectoryEvent {
  id: string;
  title: string;
  description?: string;
  start: string;
  end?: string;
  allDay: boolean;
  timeZone: 'Europe/Berlin';
  status: ResolvedEvent['status'];
  attendanceMode: ResolvedEvent['attendanceMode'];
  /** `ags`: the Gemeinde the town is (contract 1.3), derived here, never stored. */
  location?: NonNullable<ResolvedEvent['location']> & { ags?: string };
  onlineUrl?: string;
  organizerIds: string[];
  organizers: { id?: string; name: string; url?: string }[];
  topics: string[];
  url?: string;
  registrationUrl?: string;
  language?: 'de' | 'en';
  updatedAt: string;
}

/**
 * Drops the demo data's bookkeeping (`demo`, `source`), names the organizers (with the actor's
 * website as `url`) and adds the Gemeinde key of the venue's town, as the directory server does.
 */
export function toDirectoryEvent(
  event: ResolvedEvent,
  actorsById: ReadonlyMap<string, Actor>,
): DirectoryEvent {
  const { demo: _demo, source: _source, organizers: external = [], location, ...rest } = event;
  const organizers = [
    ...event.organizerIds.map((id) => {
      const actor = actorsById.get(id);
      return { id, name: actor?.name ?? id, ...(actor?.website && { url: actor.website }) };
    }),
    ...external.map(({ name }) => ({ name })),
  ];
  const ags = location && gemeindeKeyOf(location.city);
  return {
    ...rest,
    ...(location && { location: { ...location, ...(ags && { ags }) } }),
    organizers,
  };
}

export function topicLabel(topic: Topic | undefined, id: string, lang: Language): string {
  return topic?.label[lang] ?? id;
}
