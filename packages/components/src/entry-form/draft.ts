import type { Actor, ActorInput, DirectoryEvent, EventInput } from '@saxon-ai/sdk';

/** One value of a draft: what the user typed or chose. */
export type DraftValue = string | string[] | boolean;

/**
 * The form's draft: a flat record of field paths to values. Keys are the contract's dotted paths
 * relative to `data` (`name`, `address.postalCode`, `location.lat`, `topics`, `allDay`, `start`, …)
 * plus form-only keys under `_` (`_startDate`, `_submitter.name`, `_consent`, …). Values stay what
 * the user typed, so nothing typed is ever lost; {@link toInput} builds the contract's input.
 */
export type Draft = Record<string, DraftValue>;

/** Which kind of entry the form proposes. */
export type EntryKind = 'actor' | 'event';

/** Form-only keys: the submitter, the consent, a note and the honeypot. */
export const SUBMITTER_NAME = '_submitter.name';
export const SUBMITTER_EMAIL = '_submitter.email';
export const CONSENT = '_consent';
export const MESSAGE = '_message';
export const HONEYPOT = '_website';
/** The organisers' names of a prefilled event and their actor ids, position by position. */
const ORGANIZER_NAMES = '_organizerNames';
const ORGANIZER_IDS = '_organizerIds';

const text = (value: DraftValue | undefined): string =>
  typeof value === 'string' ? value.trim() : '';
const list = (value: DraftValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((item) => item !== '') : [];

/** Puts `value` at the dotted `path` of `target` when it is not empty. */
function put(target: Record<string, unknown>, path: string, value: unknown): void {
  if (value === undefined || value === '') return;
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

/** A number the user typed, or the text itself when it is none (the rules then name the field). */
function numberOrText(value: DraftValue | undefined): number | string | undefined {
  const typed = text(value);
  if (typed === '') return undefined;
  const number = Number(typed.replace(',', '.'));
  return Number.isFinite(number) ? number : typed;
}

/** The fields that are copied as trimmed text when filled. */
const ACTOR_TEXT = [
  'name',
  'category',
  'subtype',
  'description',
  'website',
  'email',
  'address.street',
  'address.postalCode',
  'address.city',
  'address.ags',
  'location.precision',
] as const;
const EVENT_TEXT = [
  'title',
  'description',
  'start',
  'end',
  'status',
  'attendanceMode',
  'location.name',
  'location.address',
  'location.city',
  'onlineUrl',
  'url',
  'registrationUrl',
  'language',
] as const;

function actorInput(draft: Draft): ActorInput {
  const input: Record<string, unknown> = { address: {} };
  for (const path of ACTOR_TEXT) put(input, path, text(draft[path]));
  put(input, 'location.lat', numberOrText(draft['location.lat']));
  put(input, 'location.lon', numberOrText(draft['location.lon']));
  const topics = list(draft['topics']);
  if (topics.length > 0) input['topics'] = topics;
  const offers = list(draft['offers']);
  if (offers.length > 0 && draft['category'] === 'company') input['offers'] = offers;
  return input as unknown as ActorInput;
}

/** Organisers, one per line: a name that came with the prefilled event keeps its actor id. */
function organizers(draft: Draft): EventInput['organizers'] {
  const raw = (key: string) => (Array.isArray(draft[key]) ? draft[key] : []);
  const names = raw(ORGANIZER_NAMES);
  const ids = raw(ORGANIZER_IDS);
  const lines = text(draft['organizers'])
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.map((name) => {
    const id = ids[names.indexOf(name)];
    return id ? { id } : { name };
  });
}

function eventInput(draft: Draft): EventInput {
  const input: Record<string, unknown> = { allDay: draft['allDay'] === true };
  for (const path of EVENT_TEXT) put(input, path, text(draft[path]));
  put(input, 'location.lat', numberOrText(draft['location.lat']));
  put(input, 'location.lon', numberOrText(draft['location.lon']));
  const mode = draft['attendanceMode'];
  // Only the fields that belong to the chosen attendance: an online event has no venue, an
  // on-site event no stream link (the draft keeps both, in case the user switches back).
  if (mode === 'online') delete input['location'];
  if (mode === 'offline') delete input['onlineUrl'];
  const topics = list(draft['topics']);
  if (topics.length > 0) input['topics'] = topics;
  const named = organizers(draft);
  if (named && named.length > 0) input['organizers'] = named;
  return input as unknown as EventInput;
}

/** The contract's `ActorInput` or `EventInput` from a draft: trimmed, empty fields left out. */
export function toInput(kind: 'actor', draft: Draft): ActorInput;
export function toInput(kind: 'event', draft: Draft): EventInput;
export function toInput(kind: EntryKind, draft: Draft): ActorInput | EventInput;
export function toInput(kind: EntryKind, draft: Draft): ActorInput | EventInput {
  return kind === 'actor' ? actorInput(draft) : eventInput(draft);
}

/** The submitter as the contract wants it. */
export function toSubmitter(draft: Draft): { name: string; email: string } {
  return { name: text(draft[SUBMITTER_NAME]), email: text(draft[SUBMITTER_EMAIL]) };
}

/** A draft with the live entry's values, for a proposed change (`entry-id`). */
export function fromEntry(entry: Actor | DirectoryEvent): Draft {
  const draft: Draft = {};
  const set = (path: string, value: unknown) => {
    if (typeof value === 'string') draft[path] = value;
    else if (typeof value === 'number') draft[path] = String(value);
    else if (typeof value === 'boolean') draft[path] = value;
  };
  if ('name' in entry) {
    for (const path of ['name', 'category', 'subtype', 'description', 'website', 'email'] as const)
      set(path, entry[path]);
    for (const [key, value] of Object.entries(entry.address)) set(`address.${key}`, value);
    for (const [key, value] of Object.entries(entry.location)) set(`location.${key}`, value);
    draft['offers'] = [...entry.offers];
  } else {
    const fields = entry as unknown as Record<string, unknown>;
    for (const path of EVENT_TEXT) if (!path.includes('.')) set(path, fields[path]);
    set('allDay', entry.allDay);
    for (const [key, value] of Object.entries(entry.location ?? {})) set(`location.${key}`, value);
    draft['organizers'] = entry.organizers.map((organizer) => organizer.name).join('\n');
    draft[ORGANIZER_NAMES] = entry.organizers.map((organizer) => organizer.name);
    draft[ORGANIZER_IDS] = entry.organizers.map((organizer) => organizer.id ?? '');
  }
  draft['topics'] = [...entry.topics];
  return draft;
}
