// The CSV columns of actor and event files: the headers our export writes (German) and every
// header the import understands (German, English and common spreadsheet variants). The package
// README's "CSV columns" section documents the same table.
import type { ActorCandidate } from './read-actor.js';
import type { EventCandidate } from './read-event.js';

export type ActorColumn = keyof ActorCandidate;
export type EventColumn = keyof EventCandidate;

/** Export order and header of actor files. */
export const ACTOR_COLUMNS: readonly { key: ActorColumn; de: string; en: string }[] = [
  { key: 'name', de: 'Name', en: 'Name' },
  { key: 'category', de: 'Kategorie', en: 'Category' },
  { key: 'subtype', de: 'Art', en: 'Subtype' },
  { key: 'topics', de: 'Themen', en: 'Topics' },
  { key: 'street', de: 'Straße', en: 'Street' },
  { key: 'postalCode', de: 'PLZ', en: 'Postal code' },
  { key: 'city', de: 'Ort', en: 'City' },
  { key: 'ags', de: 'AGS', en: 'AGS' },
  { key: 'lat', de: 'Breitengrad', en: 'Latitude' },
  { key: 'lon', de: 'Längengrad', en: 'Longitude' },
  { key: 'precision', de: 'Genauigkeit', en: 'Precision' },
  { key: 'website', de: 'Webseite', en: 'Website' },
  { key: 'email', de: 'E-Mail', en: 'Email' },
  { key: 'description', de: 'Beschreibung', en: 'Description' },
  { key: 'offers', de: 'Angebote', en: 'Offers' },
  { key: 'id', de: 'ID', en: 'ID' },
  { key: 'updatedAt', de: 'Aktualisiert', en: 'Updated' },
];

/** Export order and header of event files. */
export const EVENT_COLUMNS: readonly { key: EventColumn; de: string; en: string }[] = [
  { key: 'title', de: 'Titel', en: 'Title' },
  { key: 'start', de: 'Beginn', en: 'Start' },
  { key: 'end', de: 'Ende', en: 'End' },
  { key: 'allDay', de: 'Ganztägig', en: 'All day' },
  { key: 'status', de: 'Status', en: 'Status' },
  { key: 'attendanceMode', de: 'Teilnahme', en: 'Attendance' },
  { key: 'venue', de: 'Veranstaltungsort', en: 'Venue' },
  { key: 'address', de: 'Adresse', en: 'Address' },
  { key: 'city', de: 'Ort', en: 'City' },
  { key: 'lat', de: 'Breitengrad', en: 'Latitude' },
  { key: 'lon', de: 'Längengrad', en: 'Longitude' },
  { key: 'onlineUrl', de: 'Online-Link', en: 'Online link' },
  { key: 'organizerIds', de: 'Veranstalter-IDs', en: 'Organizer IDs' },
  { key: 'organizers', de: 'Weitere Veranstalter', en: 'Other organizers' },
  { key: 'topics', de: 'Themen', en: 'Topics' },
  { key: 'url', de: 'Veranstaltungsseite', en: 'Event page' },
  { key: 'registrationUrl', de: 'Anmeldung', en: 'Registration' },
  { key: 'language', de: 'Sprache', en: 'Language' },
  { key: 'description', de: 'Beschreibung', en: 'Description' },
  { key: 'id', de: 'ID', en: 'ID' },
  { key: 'updatedAt', de: 'Aktualisiert', en: 'Updated' },
];

const SHARED_ALIASES = {
  id: ['kennung', 'slug', 'schlüssel'],
  lat: ['breite', 'lat', 'geobreite', 'y'],
  lon: ['länge', 'laengengrad', 'laenge', 'lon', 'lng', 'long', 'geolänge', 'x'],
  topics: ['thema', 'schwerpunkte', 'kithemen'],
  description: ['kurzbeschreibung', 'text'],
  updatedAt: ['updatedat', 'geändert', 'geaendert', 'stand', 'letzteänderung', 'lastmodified'],
};

const ACTOR_ALIASES: Partial<Record<ActorColumn, readonly string[]>> = {
  ...SHARED_ALIASES,
  name: ['bezeichnung', 'organisation', 'organization', 'akteur'],
  category: ['dimension'],
  subtype: ['typ', 'unterart', 'type', 'rechtsform'],
  offers: ['angebot', 'kiangebote'],
  street: ['strasse', 'str', 'anschrift', 'adresse', 'address', 'hausanschrift'],
  postalCode: ['postleitzahl', 'zip', 'zipcode', 'postcode'],
  city: ['stadt', 'town', 'gemeinde', 'sitz'],
  ags: ['kreisschlüssel', 'kreisschluessel', 'gemeindeschlüssel', 'gemeindeschluessel'],
  precision: ['lagegenauigkeit'],
  website: ['homepage', 'url', 'internet', 'web', 'internetseite'],
  email: ['mail', 'emailadresse'],
};

const EVENT_ALIASES: Partial<Record<EventColumn, readonly string[]>> = {
  ...SHARED_ALIASES,
  title: ['veranstaltung', 'event'],
  start: ['von', 'startdatum', 'datum', 'anfang', 'beginnt'],
  end: ['bis', 'enddatum'],
  allDay: ['ganztaegig', 'ganztags', 'allday'],
  attendanceMode: ['format', 'attendancemode', 'veranstaltungsformat'],
  venue: ['location', 'veranstaltungsstätte'],
  address: ['anschrift', 'straße', 'strasse'],
  city: ['stadt'],
  onlineUrl: ['onlineurl', 'link', 'zugangslink', 'meetinglink', 'stream'],
  organizerIds: ['organizerids', 'veranstalterid'],
  organizers: ['veranstalter', 'organizer', 'organizers'],
  url: ['webseite', 'website', 'eventpage', 'homepage'],
  registrationUrl: ['registrierung', 'registrationurl', 'anmeldelink', 'registration'],
  language: ['sprache'],
};

/** `E-Mail ` → `email`, `Postal code` → `postalcode`: headers compare without case, spaces and punctuation. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-_./()*]+/g, '');
}

function aliasIndex<K extends string>(
  columns: readonly { key: K; de: string; en: string }[],
  aliases: Partial<Record<K, readonly string[]>>,
): Map<string, K> {
  const index = new Map<string, K>();
  for (const column of columns) {
    index.set(normalizeHeader(column.key), column.key);
    index.set(normalizeHeader(column.de), column.key);
    index.set(normalizeHeader(column.en), column.key);
    for (const alias of aliases[column.key] ?? []) index.set(normalizeHeader(alias), column.key);
  }
  return index;
}

export const ACTOR_HEADERS = aliasIndex(ACTOR_COLUMNS, ACTOR_ALIASES);
export const EVENT_HEADERS = aliasIndex(EVENT_COLUMNS, EVENT_ALIASES);

export const REQUIRED_ACTOR_COLUMNS: readonly ActorColumn[] = [
  'name',
  'category',
  'city',
  'lat',
  'lon',
];
export const REQUIRED_EVENT_COLUMNS: readonly EventColumn[] = ['title', 'start'];

/** An events file has a title and a start column; anything else is read as actors. */
export function isEventHeader(headers: readonly string[]): boolean {
  const keys = new Set(headers.map((header) => EVENT_HEADERS.get(normalizeHeader(header))));
  return keys.has('title') && keys.has('start');
}
