import type { Actor, ResolvedEvent, Topic } from '../../data/types.js';

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
  location?: ResolvedEvent['location'];
  onlineUrl?: string;
  organizerIds: string[];
  organizers: { id?: string; name: string }[];
  topics: string[];
  url?: string;
  registrationUrl?: string;
  language?: 'de' | 'en';
  updatedAt: string;
}

/** Drops the demo data's bookkeeping (`demo`, `source`) and names the organizers. */
export function toDirectoryEvent(
  event: ResolvedEvent,
  actorsById: ReadonlyMap<string, Actor>,
): DirectoryEvent {
  const { demo: _demo, source: _source, organizers: external = [], ...rest } = event;
  const organizers = [
    ...event.organizerIds.map((id) => ({ id, name: actorsById.get(id)?.name ?? id })),
    ...external.map(({ name }) => ({ name })),
  ];
  return { ...rest, organizers };
}

export function topicLabel(topic: Topic | undefined, id: string, lang: Language): string {
  return topic?.label[lang] ?? id;
}
