// The directory's input rules for ActorInput, EventInput and the submitter, in the client: the
// same checks, error names and codes as the directory server (packages/directory-server/src/io/
// read-actor.ts, read-event.ts, submissions/shapes.ts), so a form can tell a person what is wrong
// before sending — and show the server's answer with the same texts. Pure functions: a client that
// does not import them does not carry them.
import type { FieldError } from '../http/errors.js';
import { parseDateValue, type DateValue } from './input-dates.js';
import { ACTOR_SHAPE, EVENT_SHAPE, isRecord, shapeErrors, SUBMITTER_SHAPE } from './input-shape.js';
import {
  isBlank,
  isSlug,
  readEmail,
  readText,
  readUrl,
  slugify,
  type Report,
} from './input-text.js';

export interface InputRuleOptions {
  /** Ids of the directory's topics (`topics.list()`); topics are not checked when absent. */
  topics?: Iterable<string>;
  /** Ids of the directory's actors an event may name as organiser; unchecked when absent. */
  actors?: Iterable<string>;
  /**
   * The id of the entry the input updates (a change proposal, an editor's PUT). Without it the
   * input creates an entry, whose id the server makes from the name or title.
   */
  id?: string;
}

/** The 13 Kreise of Saxony (Kreisreform 2008) by their 5-digit AGS. */
const SAXON_KREISE = new Set(
  '14511 14521 14522 14523 14524 14612 14625 14626 14627 14628 14713 14729 14730'.split(' '),
);
/** Saxony's bounding box (WGS 84) with a small margin, as the server checks it. */
const SAXONY = { minLat: 50.15, maxLat: 51.7, minLon: 11.85, maxLon: 15.05 };

function collector(): { errors: FieldError[]; report: Report } {
  const errors: FieldError[] = [];
  const report: Report = (name, code, reason, limit) => {
    errors.push({ name, reason, code, ...(limit !== undefined && { limit }) });
    return undefined;
  };
  return { errors, report };
}

function lowerCaseSet(values: Iterable<string> | undefined): Set<string> | undefined {
  return values === undefined ? undefined : new Set([...values].map((v) => v.toLowerCase()));
}

/** An entry's id is made from its name; a name without a letter or digit gives none. */
function checkNameMakesId(
  report: Report,
  field: string,
  name: string | undefined,
  options: InputRuleOptions,
) {
  if (options.id === undefined && name !== undefined && slugify(name) === '')
    report(field, 'pattern', 'must contain a letter or digit (a-z, 0-9): the id is made from it');
}

function checkTopics(report: Report, topics: unknown, options: InputRuleOptions) {
  const known = lowerCaseSet(options.topics);
  if (!known || !Array.isArray(topics)) return;
  for (const topic of topics as string[])
    if (!known.has(topic.trim().toLowerCase()))
      report('topics', 'unknown_topic', `"${topic}" is not a known topic`);
}

function checkRange(report: Report, name: string, value: number | undefined, limit: number) {
  if (value !== undefined && (value < -limit || value > limit))
    return report(name, 'invalid', `${value} is not between -${limit} and ${limit}`);
  return value;
}

/**
 * The problems of an actor as `ActorInput` (a submission's `data` or an editor's PUT body), named
 * by their dotted paths relative to it (`address.postalCode`). Empty when the server accepts it.
 */
export function checkActorInput(data: unknown, options: InputRuleOptions = {}): FieldError[] {
  const structure = shapeErrors(data, ACTOR_SHAPE);
  if (structure.length || !isRecord(data)) return structure;
  const { errors, report } = collector();
  const address = isRecord(data.address) ? data.address : {};
  const location = isRecord(data.location) ? data.location : {};
  const name = readText(report, 'name', data.name, { required: true, max: 200 });
  checkNameMakesId(report, 'name', name, options);
  readText(report, 'subtype', data.subtype, { max: 200 });
  readText(report, 'description', data.description, { max: 5000, multiline: true });
  checkTopics(report, data.topics, options);
  readText(report, 'address.street', address.street, { max: 200 });
  const postalCode = readText(report, 'address.postalCode', address.postalCode, { max: 10 });
  if (postalCode !== undefined && !/^\d{5}$/.test(postalCode))
    report('address.postalCode', 'pattern', 'is not a five-digit postal code');
  readText(report, 'address.city', address.city, { required: true, max: 100 });
  const ags = readText(report, 'address.ags', address.ags, { max: 12 });
  if (ags !== undefined && !SAXON_KREISE.has(/^\d{8}$/.test(ags) ? ags.slice(0, 5) : ags))
    report('address.ags', 'not_saxon_kreis', "is not the key of one of Saxony's 13 Kreise");
  const lat = location.lat as number;
  const lon = location.lon as number;
  if (checkRange(report, 'location.lat', lat, 90) === undefined) {
    // out of range: reported
  } else if (checkRange(report, 'location.lon', lon, 180) === undefined) {
    // out of range: reported
  } else if (
    lat < SAXONY.minLat ||
    lat > SAXONY.maxLat ||
    lon < SAXONY.minLon ||
    lon > SAXONY.maxLon
  ) {
    report('location.lat', 'not_in_saxony', `${lat}/${lon} is not in Saxony`);
  }
  readUrl(report, 'website', data.website);
  readEmail(report, 'email', data.email);
  return errors;
}

function readDate(report: Report, name: string, value: unknown): DateValue | undefined {
  if (isBlank(value)) return undefined;
  const parsed = typeof value === 'string' ? parseDateValue(value) : undefined;
  return parsed ?? report(name, 'invalid_date', 'is not a valid date (e.g. 2026-12-24T18:30)');
}

function checkSchedule(report: Report, data: Record<string, unknown>) {
  const start = readDate(report, 'start', data.start);
  const end = readDate(report, 'end', data.end);
  if (isBlank(data.start)) report('start', 'required', 'is required');
  const allDay = data.allDay as boolean;
  if (!start || (!isBlank(data.end) && !end)) return;
  if (allDay && start.kind !== 'date')
    return report('start', 'invalid_date', 'has a time, but the event is all-day');
  if (!allDay && start.kind !== 'dateTime')
    return report('start', 'invalid_date', 'has no time, but the event is not all-day');
  if (!end) return;
  if (end.kind !== start.kind)
    return report('end', 'invalid_date', 'does not match the start (both with or without a time)');
  const before =
    end.kind === 'date'
      ? end.date <= (start as { date: string }).date
      : end.instant < (start as { instant: number }).instant;
  if (before) report('end', 'end_before_start', 'is before the start');
}

function checkEventLocation(report: Report, location: unknown) {
  if (!isRecord(location)) return;
  const venue = readText(report, 'location.name', location.name, { max: 200 });
  const address = readText(report, 'location.address', location.address, { max: 300 });
  const city = readText(report, 'location.city', location.city, { max: 100 });
  checkRange(report, 'location.lat', location.lat as number | undefined, 90);
  checkRange(report, 'location.lon', location.lon as number | undefined, 180);
  const hasLat = location.lat !== undefined && location.lat !== null;
  const hasLon = location.lon !== undefined && location.lon !== null;
  if (hasLat !== hasLon)
    report(
      hasLat ? 'location.lon' : 'location.lat',
      'required',
      'latitude and longitude go together',
    );
  if (city === undefined && (venue !== undefined || address !== undefined || hasLat))
    report('location.city', 'required', 'is missing although a venue is given');
}

function checkOrganizers(report: Report, organizers: unknown, options: InputRuleOptions) {
  const known = options.actors === undefined ? undefined : new Set(options.actors);
  for (const organizer of Array.isArray(organizers) ? organizers : []) {
    if (!isRecord(organizer)) continue;
    if (typeof organizer.id === 'string') {
      const id = organizer.id.trim();
      if (!isSlug(id)) report('organizers', 'pattern', `"${id}" is not a valid id`);
      else if (known && !known.has(id))
        report('organizers', 'unknown_actor', `"${id}" is not an actor of the directory`);
    } else {
      readText(report, 'organizers', organizer.name, { max: 200 });
    }
  }
}

/**
 * The problems of an event as `EventInput`, named by their dotted paths relative to it
 * (`location.city`, `organizers`). Empty when the server accepts it.
 */
export function checkEventInput(data: unknown, options: InputRuleOptions = {}): FieldError[] {
  const structure = shapeErrors(data, EVENT_SHAPE);
  if (structure.length || !isRecord(data)) return structure;
  const { errors, report } = collector();
  const title = readText(report, 'title', data.title, { required: true, max: 300 });
  checkNameMakesId(report, 'title', title, options);
  readText(report, 'description', data.description, { max: 5000, multiline: true });
  checkSchedule(report, data);
  checkEventLocation(report, data.location);
  readUrl(report, 'onlineUrl', data.onlineUrl);
  checkOrganizers(report, data.organizers, options);
  checkTopics(report, data.topics, options);
  readUrl(report, 'url', data.url);
  readUrl(report, 'registrationUrl', data.registrationUrl);
  const language = readText(report, 'language', data.language, { max: 35 });
  if (language !== undefined) {
    const tag =
      ({ deutsch: 'de', german: 'de', englisch: 'en', english: 'en' } as Record<string, string>)[
        language.toLowerCase()
      ] ?? language.toLowerCase();
    if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(tag))
      report('language', 'pattern', 'is not a language tag (de, en …)');
  }
  return errors;
}

/** The problems of a submission's `submitter` (`{ name, email }`), named `name` and `email`. */
export function checkSubmitter(submitter: unknown): FieldError[] {
  const structure = shapeErrors(submitter, SUBMITTER_SHAPE);
  if (structure.length || !isRecord(submitter)) return structure;
  const { errors, report } = collector();
  readText(report, 'name', submitter.name, { required: true, max: 200 });
  if (
    readEmail(report, 'email', submitter.email) === undefined &&
    !errors.some((e) => e.name === 'email')
  )
    report('email', 'required', 'is required');
  return errors;
}
