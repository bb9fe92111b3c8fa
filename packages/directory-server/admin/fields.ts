// The fields of ActorInput and EventInput as the console edits them: one text control per leaf,
// its value kept exactly as typed (a draft), and the conversion between draft and input.
import type { Locale } from './messages.js';

export type EntryKind = 'actor' | 'event';
type Control = 'text' | 'textarea' | 'select' | 'list' | 'lines' | 'number' | 'checkbox';

export interface FieldSpec {
  path: string;
  control: Control;
  label: Record<Locale, string>;
  required?: boolean;
  options?: readonly string[];
}

const f = (
  path: string,
  control: Control,
  de: string,
  en: string,
  extra: Partial<FieldSpec> = {},
): FieldSpec => ({ path, control, label: { de, en }, ...extra });

export const FIELDS: Record<EntryKind, readonly FieldSpec[]> = {
  actor: [
    f('name', 'text', 'Name', 'Name', { required: true }),
    f('category', 'select', 'Kategorie', 'Category', {
      required: true,
      options: ['company', 'research', 'network', 'education'],
    }),
    f('subtype', 'text', 'Untertyp', 'Subtype'),
    f('description', 'textarea', 'Beschreibung', 'Description'),
    f('topics', 'list', 'Themen (IDs)', 'Topics (ids)'),
    f('offers', 'list', 'Angebote', 'Offers'),
    f('address.street', 'text', 'Straße', 'Street'),
    f('address.postalCode', 'text', 'Postleitzahl', 'Postal code'),
    f('address.city', 'text', 'Ort', 'City', { required: true }),
    f('address.ags', 'text', 'Gemeindeschlüssel (AGS)', 'Municipality key (AGS)'),
    f('location.lat', 'number', 'Breite', 'Latitude', { required: true }),
    f('location.lon', 'number', 'Länge', 'Longitude', { required: true }),
    f('location.precision', 'select', 'Genauigkeit', 'Precision', {
      required: true,
      options: ['address', 'campus', 'city'],
    }),
    f('website', 'text', 'Website', 'Website'),
    f('email', 'text', 'E-Mail', 'E-mail'),
  ],
  event: [
    f('title', 'text', 'Titel', 'Title', { required: true }),
    f('description', 'textarea', 'Beschreibung', 'Description'),
    f('start', 'text', 'Beginn (RFC 3339 oder Datum)', 'Start (RFC 3339 or date)', {
      required: true,
    }),
    f('end', 'text', 'Ende', 'End'),
    f('allDay', 'checkbox', 'Ganztägig', 'All day'),
    f('status', 'select', 'Status', 'Status', {
      options: ['', 'scheduled', 'cancelled', 'postponed', 'rescheduled'],
    }),
    f('attendanceMode', 'select', 'Teilnahme', 'Attendance', {
      options: ['', 'offline', 'online', 'mixed'],
    }),
    f('location.name', 'text', 'Ort: Name', 'Venue: name'),
    f('location.address', 'text', 'Ort: Adresse', 'Venue: address'),
    f('location.city', 'text', 'Ort: Stadt', 'Venue: city'),
    f('location.lat', 'number', 'Ort: Breite', 'Venue: latitude'),
    f('location.lon', 'number', 'Ort: Länge', 'Venue: longitude'),
    f('onlineUrl', 'text', 'Online-Adresse', 'Online URL'),
    f('organizers', 'lines', 'Veranstalter', 'Organisers'),
    f('topics', 'list', 'Themen (IDs)', 'Topics (ids)'),
    f('url', 'text', 'Webseite', 'Web page'),
    f('registrationUrl', 'text', 'Anmeldung', 'Registration'),
    f('language', 'text', 'Sprache', 'Language'),
  ],
};

const OPTION_LABELS: Record<string, Record<Locale, string>> = {
  '': { de: '(keine Angabe)', en: '(not set)' },
  company: { de: 'Wirtschaft', en: 'Business' },
  research: { de: 'Forschung', en: 'Research' },
  network: { de: 'Netzwerk', en: 'Network' },
  education: { de: 'Bildung', en: 'Education' },
  address: { de: 'Adresse (Gebäude)', en: 'Address (building)' },
  campus: { de: 'Gelände', en: 'Campus' },
  city: { de: 'Ort (ungefähr)', en: 'Town (approximate)' },
  scheduled: { de: 'geplant', en: 'scheduled' },
  cancelled: { de: 'abgesagt', en: 'cancelled' },
  postponed: { de: 'verschoben', en: 'postponed' },
  rescheduled: { de: 'neu angesetzt', en: 'rescheduled' },
  offline: { de: 'vor Ort', en: 'on site' },
  online: { de: 'online', en: 'online' },
  mixed: { de: 'hybrid', en: 'hybrid' },
};

/** A select's option as words; an unknown value (from elsewhere) as it is. */
export function optionLabel(value: string, locale: Locale): string {
  return OPTION_LABELS[value]?.[locale] ?? value;
}

/** What the editor typed, by field path; a checkbox is `'true'` or `''`. */
export type Draft = Record<string, string>;

export function fieldLabel(kind: EntryKind, path: string, locale: Locale): string {
  return FIELDS[kind].find((field) => field.path === path)?.label[locale] ?? path;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function at(input: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), input);
}

function organizerLine(organizer: unknown): string {
  if (!isObject(organizer)) return '';
  return typeof organizer.id === 'string' ? `id:${organizer.id}` : String(organizer.name ?? '');
}

/** An input (or entry) as a draft: every field as the text its control shows. */
export function toDraft(kind: EntryKind, input: Record<string, unknown>): Draft {
  const draft: Draft = {};
  for (const field of FIELDS[kind]) {
    const value = at(input, field.path);
    if (field.control === 'lines') {
      draft[field.path] = Array.isArray(value) ? value.map(organizerLine).join('\n') : '';
    } else if (field.control === 'list') {
      draft[field.path] = Array.isArray(value) ? value.join(', ') : '';
    } else if (field.control === 'checkbox') {
      draft[field.path] = value === true ? 'true' : '';
    } else {
      draft[field.path] = value === undefined || value === null ? '' : String(value);
    }
  }
  return draft;
}

function place(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (!isObject(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

/**
 * The draft as an input for the API. Empty fields are left out (the server then reports a
 * missing required field itself); a number field that is not a number is reported here.
 */
export function toInput(
  kind: EntryKind,
  draft: Draft,
): { input: Record<string, unknown>; notNumbers: string[] } {
  const input: Record<string, unknown> = {};
  const notNumbers: string[] = [];
  for (const field of FIELDS[kind]) {
    const raw = draft[field.path] ?? '';
    if (field.control === 'checkbox') {
      place(input, field.path, raw === 'true');
      continue;
    }
    const text = raw.trim();
    if (text === '') continue;
    if (field.control === 'list') {
      const items = text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      place(input, field.path, items);
    } else if (field.control === 'lines') {
      const organizers = text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => (line.startsWith('id:') ? { id: line.slice(3).trim() } : { name: line }));
      place(input, field.path, organizers);
    } else if (field.control === 'number') {
      const number = Number(text.replace(',', '.'));
      if (Number.isFinite(number)) place(input, field.path, number);
      else notNumbers.push(field.path);
    } else {
      place(input, field.path, raw);
    }
  }
  return { input, notNumbers };
}

/** An RFC 7396 merge patch that turns `original` into `edited` (null removes a field). */
export function mergePatchBetween(
  original: Record<string, unknown>,
  edited: Record<string, unknown>,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(original)) if (!(key in edited)) patch[key] = null;
  for (const [key, value] of Object.entries(edited)) {
    const before = original[key];
    if (isObject(before) && isObject(value)) {
      const inner = mergePatchBetween(before, value);
      if (Object.keys(inner).length) patch[key] = inner;
    } else if (JSON.stringify(before) !== JSON.stringify(value)) {
      patch[key] = value;
    }
  }
  return patch;
}

/** An entry as the API returns it, reduced to its input shape (what an editor can write). */
export function entryAsInput(kind: EntryKind, entry: Record<string, unknown>) {
  const {
    id: _id,
    updatedAt: _updated,
    organizerIds: _ids,
    timeZone: _zone,
    organizers,
    ...rest
  } = entry;
  if (kind === 'event' && Array.isArray(organizers)) {
    return {
      ...rest,
      organizers: organizers.map((o: Record<string, unknown>) =>
        typeof o.id === 'string' ? { id: o.id } : { name: o.name },
      ),
    };
  }
  return rest;
}
