// What `saxon-directory export` and the `/export/*` routes write: our JSON schema, CSV as an office
// opens it in a spreadsheet (the columns the import reads), GeoJSON and iCalendar (./ics.ts).
import { addDays, formatGermanDate } from './berlin-time.js';
import { FORMULA_START } from './checks.js';
import { ACTOR_COLUMNS, EVENT_COLUMNS } from './columns.js';
import { formatCsvLine } from './csv.js';
import type { Actor, DirectoryData, EventRecord, Language, TopicRecord } from './model.js';
import type { DirectoryEvent } from '../model.js';

export { exportEventsIcs, type IcsOptions } from './ics.js';

/** Events as the API answers them carry actor organisers by name too; the file keeps their ids. */
function storedEvent(event: DirectoryEvent | EventRecord): EventRecord {
  return {
    ...event,
    organizers: event.organizers
      .filter((o) => !('id' in o) || o.id === undefined)
      .map(({ name }) => ({ name })),
  };
}

/** `{ topics, actors, events }` — exactly what the JSON import reads. */
export function exportJson(data: {
  actors: readonly Actor[];
  events: readonly (DirectoryEvent | EventRecord)[];
  topics: readonly TopicRecord[];
}): string {
  const document: DirectoryData = {
    topics: [...data.topics],
    actors: [...data.actors],
    events: data.events.map(storedEvent),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * A spreadsheet runs a cell that starts with `= + - @`, a tab or a carriage return as a formula
 * (OWASP "CSV injection"): such a cell gets a leading apostrophe, the spreadsheet's own mark for
 * "this is text". A value that itself starts with an apostrophe before one of those gets one more,
 * so the import, which removes exactly one mark, gives back the value unchanged.
 */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) || /^'[=+\-@\t\r']/.test(value) ? `'${value}` : value;
}

export interface CsvOptions {
  /** `de` (default): German headers and labels, `;` and decimal commas, as German Excel expects; `en`: English, `,`. */
  language?: Language;
}

const CATEGORY = {
  de: { company: 'Wirtschaft', research: 'Forschung', network: 'Netzwerk', education: 'Bildung' },
  en: { company: 'Business', research: 'Research', network: 'Network', education: 'Education' },
} as const;
const PRECISION = {
  de: { address: 'Adresse', campus: 'Campus', city: 'Ort' },
  en: { address: 'address', campus: 'campus', city: 'city' },
} as const;
const STATUS = {
  de: {
    scheduled: 'geplant',
    cancelled: 'abgesagt',
    postponed: 'verschoben',
    rescheduled: 'neu angesetzt',
  },
  en: {
    scheduled: 'scheduled',
    cancelled: 'cancelled',
    postponed: 'postponed',
    rescheduled: 'rescheduled',
  },
} as const;
const ATTENDANCE = {
  de: { offline: 'Vor Ort', online: 'Online', mixed: 'Hybrid' },
  en: { offline: 'on site', online: 'online', mixed: 'hybrid' },
} as const;

function csvDocument<T>(
  columns: readonly { key: string; de: string; en: string }[],
  rows: readonly T[],
  cells: (row: T) => Record<string, string | undefined>,
  language: Language,
): string {
  const delimiter = language === 'de' ? ';' : ',';
  const lines = [
    formatCsvLine(
      columns.map((column) => column[language]),
      delimiter,
    ),
  ];
  for (const row of rows) {
    const values = cells(row);
    lines.push(
      formatCsvLine(
        columns.map((column) => neutralizeCell(values[column.key] ?? '')),
        delimiter,
      ),
    );
  }
  // The BOM tells Excel the file is UTF-8; CRLF is what spreadsheets write themselves.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const decimal = (value: number | undefined, language: Language) =>
  value === undefined
    ? undefined
    : language === 'de'
      ? String(value).replace('.', ',')
      : String(value);

/** One row an actor, the import's columns; safe to open in a spreadsheet. */
export function exportActorsCsv(actors: readonly Actor[], options: CsvOptions = {}): string {
  const language = options.language ?? 'de';
  return csvDocument(
    ACTOR_COLUMNS,
    actors,
    (actor) => ({
      name: actor.name,
      category: CATEGORY[language][actor.category],
      subtype: actor.subtype,
      topics: actor.topics.join(', '),
      street: actor.address.street,
      postalCode: actor.address.postalCode,
      city: actor.address.city,
      ags: actor.address.ags,
      lat: decimal(actor.location.lat, language),
      lon: decimal(actor.location.lon, language),
      precision: PRECISION[language][actor.location.precision],
      website: actor.website,
      email: actor.email,
      description: actor.description,
      offers: actor.offers.join(', '),
      id: actor.id,
      updatedAt: actor.updatedAt,
    }),
    language,
  );
}

/** One row an event; an all-day event's `Ende` is its last day, as an office writes it. */
export function exportEventsCsv(
  events: readonly (DirectoryEvent | EventRecord)[],
  options: CsvOptions = {},
): string {
  const language = options.language ?? 'de';
  const when = (value: string) => (language === 'de' ? formatGermanDate(value) : value);
  return csvDocument(
    EVENT_COLUMNS,
    events.map(storedEvent),
    (event) => ({
      title: event.title,
      start: when(event.start),
      end:
        event.end === undefined
          ? undefined
          : when(event.allDay ? addDays(event.end, -1) : event.end),
      allDay: event.allDay ? (language === 'de' ? 'ja' : 'yes') : language === 'de' ? 'nein' : 'no',
      status: STATUS[language][event.status],
      attendanceMode: ATTENDANCE[language][event.attendanceMode],
      venue: event.location?.name,
      address: event.location?.address,
      city: event.location?.city,
      lat: decimal(event.location?.lat, language),
      lon: decimal(event.location?.lon, language),
      onlineUrl: event.onlineUrl,
      organizerIds: event.organizerIds.join(', '),
      organizers: event.organizers.map((o) => o.name).join(' | '),
      topics: event.topics.join(', '),
      url: event.url,
      registrationUrl: event.registrationUrl,
      language: event.language,
      description: event.description,
      id: event.id,
      updatedAt: event.updatedAt,
    }),
    language,
  );
}

/** RFC 7946 FeatureCollection with the contract's slim properties (`ActorFeatureCollection`). */
export function exportActorsGeoJson(actors: readonly Actor[]) {
  return {
    type: 'FeatureCollection' as const,
    features: actors.map((actor) => ({
      type: 'Feature' as const,
      id: actor.id,
      geometry: {
        type: 'Point' as const,
        coordinates: [actor.location.lon, actor.location.lat] as [number, number],
      },
      properties: {
        id: actor.id,
        name: actor.name,
        category: actor.category,
        city: actor.address.city,
        ...(actor.address.ags !== undefined && { ags: actor.address.ags }),
        topics: [...actor.topics],
      },
    })),
  };
}
