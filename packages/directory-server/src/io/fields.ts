// The fields an import knows, with the names a user sees in German and English. Messages name a
// field by these labels; `RowRejection.field` carries the stable key.
import type { FieldErrorCode } from '@saxon-ai/sdk';
import type { Message } from './model.js';

export const FIELD_LABELS = {
  id: { de: 'ID', en: 'ID' },
  name: { de: 'Name', en: 'Name' },
  category: { de: 'Kategorie', en: 'Category' },
  subtype: { de: 'Art', en: 'Subtype' },
  topics: { de: 'Themen', en: 'Topics' },
  offers: { de: 'Angebote', en: 'Offers' },
  street: { de: 'Straße', en: 'Street' },
  postalCode: { de: 'PLZ', en: 'Postal code' },
  city: { de: 'Ort', en: 'City' },
  ags: { de: 'AGS', en: 'AGS' },
  lat: { de: 'Breitengrad', en: 'Latitude' },
  lon: { de: 'Längengrad', en: 'Longitude' },
  precision: { de: 'Genauigkeit', en: 'Precision' },
  website: { de: 'Webseite', en: 'Website' },
  email: { de: 'E-Mail', en: 'Email' },
  description: { de: 'Beschreibung', en: 'Description' },
  updatedAt: { de: 'Aktualisiert', en: 'Updated' },
  title: { de: 'Titel', en: 'Title' },
  start: { de: 'Beginn', en: 'Start' },
  end: { de: 'Ende', en: 'End' },
  allDay: { de: 'Ganztägig', en: 'All day' },
  status: { de: 'Status', en: 'Status' },
  attendanceMode: { de: 'Teilnahme', en: 'Attendance' },
  venue: { de: 'Veranstaltungsort', en: 'Venue' },
  address: { de: 'Adresse', en: 'Address' },
  onlineUrl: { de: 'Online-Link', en: 'Online link' },
  organizerIds: { de: 'Veranstalter-IDs', en: 'Organizer IDs' },
  organizers: { de: 'Weitere Veranstalter', en: 'Other organizers' },
  url: { de: 'Veranstaltungsseite', en: 'Event page' },
  registrationUrl: { de: 'Anmeldung', en: 'Registration' },
  language: { de: 'Sprache', en: 'Language' },
  timeZone: { de: 'Zeitzone', en: 'Time zone' },
  label: { de: 'Bezeichnung', en: 'Label' },
  row: { de: 'Zeile', en: 'Row' },
  file: { de: 'Datei', en: 'File' },
} as const satisfies Record<string, Message>;

export type FieldKey = keyof typeof FIELD_LABELS;

/** One problem with one field of one row. */
export interface FieldIssue {
  field: FieldKey;
  message: Message;
  /** Machine-readable kind, sent as the field error's `code` of a 400 answer. */
  code: FieldErrorCode;
  /** The exceeded limit (characters for `too_long`). */
  limit?: number;
}

/** Collects the issues of one row while its fields are read. */
export class IssueList {
  readonly issues: FieldIssue[] = [];

  add(field: FieldKey, de: string, en: string, code: FieldErrorCode, limit?: number): undefined {
    const label = FIELD_LABELS[field];
    this.issues.push({
      field,
      message: { de: `${label.de}: ${de}`, en: `${label.en}: ${en}` },
      code,
      ...(limit !== undefined && { limit }),
    });
    return undefined;
  }

  get empty(): boolean {
    return this.issues.length === 0;
  }
}

/** A user's value for a message: control characters escaped, shortened so one giant cell cannot flood the report. */
export function excerpt(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const safe = text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are shown as escapes
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return safe.length > 60 ? `${safe.slice(0, 57)}…` : safe;
}
