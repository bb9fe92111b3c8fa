// Turns one actor candidate — a spreadsheet row mapped onto field keys, or an object of our JSON
// schema flattened the same way — into a valid Actor, or into the list of reasons it is not one.
import type { Actor } from '../model.js';
import {
  isBlank,
  readChoice,
  readEmail,
  readId,
  readList,
  readNumber,
  readText,
  readUrl,
  type FieldReader,
} from './checks.js';
import { excerpt } from './fields.js';
import { readTopics, readUpdatedAt, type RecordContext } from './read-shared.js';

/** The flat shape both sources are mapped onto before validation. */
export interface ActorCandidate {
  id?: unknown;
  name?: unknown;
  category?: unknown;
  subtype?: unknown;
  topics?: unknown;
  offers?: unknown;
  street?: unknown;
  postalCode?: unknown;
  city?: unknown;
  ags?: unknown;
  lat?: unknown;
  lon?: unknown;
  precision?: unknown;
  website?: unknown;
  email?: unknown;
  description?: unknown;
  updatedAt?: unknown;
}

export const CATEGORY_NAMES = {
  company: ['wirtschaft', 'unternehmen', 'firma', 'business'],
  research: ['forschung', 'wissenschaft'],
  network: ['netzwerk', 'verband', 'verein'],
  education: ['bildung', 'weiterbildung', 'lehre'],
} as const;

export const OFFER_NAMES = {
  hardware: ['ki-hardware', 'ai hardware'],
  software: ['ki-software', 'ai software'],
  services: ['dienstleistungen', 'dienstleistung', 'ki-dienstleistungen', 'service', 'ai services'],
} as const;

export const PRECISION_NAMES = {
  address: ['adresse', 'gebäude', 'gebaeude', 'building'],
  campus: ['gelände', 'gelaende', 'standort'],
  city: ['ort', 'stadt', 'stadtzentrum', 'stadtmitte'],
} as const;

/** The 13 Kreise of Saxony (Kreisreform 2008) by their 5-digit AGS. */
export const SAXON_KREISE: ReadonlySet<string> = new Set([
  '14511',
  '14521',
  '14522',
  '14523',
  '14524',
  '14612',
  '14625',
  '14626',
  '14627',
  '14628',
  '14713',
  '14729',
  '14730',
]);

/** Saxony's bounding box (WGS 84) with a small margin, as in the contract's bbox example. */
export const SAXONY = { minLat: 50.15, maxLat: 51.7, minLon: 11.85, maxLon: 15.05 };

const inSaxony = (lat: number, lon: number) =>
  lat >= SAXONY.minLat && lat <= SAXONY.maxLat && lon >= SAXONY.minLon && lon <= SAXONY.maxLon;

function readPostalCode(reader: FieldReader, value: unknown): string | undefined {
  const text = readText(reader, 'postalCode', typeof value === 'number' ? String(value) : value, {
    max: 10,
  });
  if (text === undefined) return undefined;
  // A spreadsheet that took the column for numbers dropped the leading zero of 01069 Dresden.
  if (/^\d{4}$/.test(text) && reader.spreadsheet) {
    reader.warn(
      'postalCode',
      `${text} als 0${text} gelesen (führende Null ergänzt).`,
      `${text} read as 0${text} (leading zero restored).`,
    );
    return `0${text}`;
  }
  if (!/^\d{5}$/.test(text)) {
    return reader.issues.add(
      'postalCode',
      `„${excerpt(text)}“ ist keine fünfstellige Postleitzahl.`,
      `"${excerpt(text)}" is not a five-digit postal code.`,
      'pattern',
    );
  }
  return text;
}

function readAgs(reader: FieldReader, value: unknown): string | undefined {
  const text = readText(reader, 'ags', typeof value === 'number' ? String(value) : value, {
    max: 12,
  });
  if (text === undefined) return undefined;
  // An 8-digit Gemeindeschlüssel names a municipality; its first five digits are its Kreis.
  const kreis = /^\d{8}$/.test(text) ? text.slice(0, 5) : text;
  if (!SAXON_KREISE.has(kreis)) {
    return reader.issues.add(
      'ags',
      `„${excerpt(text)}“ ist kein Kreisschlüssel eines der 13 sächsischen Kreise (14511 … 14730).`,
      `"${excerpt(text)}" is not the key of one of Saxony's 13 Kreise (14511 … 14730).`,
      'not_saxon_kreis',
    );
  }
  return kreis;
}

function readLocation(
  reader: FieldReader,
  candidate: ActorCandidate,
  hasStreet: boolean,
): Actor['location'] | undefined {
  const { issues } = reader;
  const lat = readNumber(reader, 'lat', candidate.lat);
  const lon = readNumber(reader, 'lon', candidate.lon);
  const precision = isBlank(candidate.precision)
    ? hasStreet
      ? 'address'
      : 'city'
    : readChoice(reader, 'precision', candidate.precision, PRECISION_NAMES);
  if (isBlank(candidate.lat))
    issues.add('lat', 'Pflichtfeld ist leer.', 'required field is empty.', 'required');
  if (isBlank(candidate.lon))
    issues.add('lon', 'Pflichtfeld ist leer.', 'required field is empty.', 'required');
  if (lat === undefined || lon === undefined || precision === undefined) return undefined;
  if (lat < -90 || lat > 90)
    return issues.add(
      'lat',
      `${lat} liegt nicht zwischen -90 und 90.`,
      `${lat} is not between -90 and 90.`,
      'invalid',
    );
  if (lon < -180 || lon > 180)
    return issues.add(
      'lon',
      `${lon} liegt nicht zwischen -180 und 180.`,
      `${lon} is not between -180 and 180.`,
      'invalid',
    );
  if (!inSaxony(lat, lon)) {
    if (inSaxony(lon, lat)) {
      return issues.add(
        'lat',
        `${lat}/${lon} liegt nicht in Sachsen; Breitengrad und Längengrad sind wohl vertauscht (Sachsen: Breite um 51, Länge um 13).`,
        `${lat}/${lon} is not in Saxony; latitude and longitude seem swapped (Saxony: latitude about 51, longitude about 13).`,
        'not_in_saxony',
      );
    }
    return issues.add(
      'lat',
      `${lat}/${lon} liegt nicht in Sachsen (Breite ${SAXONY.minLat}–${SAXONY.maxLat}, Länge ${SAXONY.minLon}–${SAXONY.maxLon}).`,
      `${lat}/${lon} is not in Saxony (latitude ${SAXONY.minLat}–${SAXONY.maxLat}, longitude ${SAXONY.minLon}–${SAXONY.maxLon}).`,
      'not_in_saxony',
    );
  }
  return { lat, lon, precision };
}

export function readActor(
  reader: FieldReader,
  candidate: ActorCandidate,
  context: RecordContext,
): Actor | undefined {
  const name = readText(reader, 'name', candidate.name, { required: true, max: 200 });
  const id = readId(reader, candidate.id, name);
  const category = readChoice(reader, 'category', candidate.category, CATEGORY_NAMES);
  if (isBlank(candidate.category)) {
    reader.issues.add(
      'category',
      'Pflichtfeld ist leer (Wirtschaft, Forschung, Netzwerk oder Bildung).',
      'required field is empty (company, research, network or education).',
      'required',
    );
  }
  const subtype = readText(reader, 'subtype', candidate.subtype, { max: 200 });
  const description = readText(reader, 'description', candidate.description, {
    max: 5000,
    multiline: true,
  });
  const topics = readTopics(reader, candidate.topics, context);
  const offers: Actor['offers'] = [];
  for (const item of readList(candidate.offers)) {
    const offer = readChoice(reader, 'offers', item, OFFER_NAMES);
    if (offer && !offers.includes(offer)) offers.push(offer);
  }
  const street = readText(reader, 'street', candidate.street, { max: 200 });
  const postalCode = readPostalCode(reader, candidate.postalCode);
  const city = readText(reader, 'city', candidate.city, { required: true, max: 100 });
  const ags = readAgs(reader, candidate.ags);
  const location = readLocation(reader, candidate, street !== undefined);
  const website = readUrl(reader, 'website', candidate.website);
  const email = readEmail(reader, 'email', candidate.email);
  const updatedAt = readUpdatedAt(reader, candidate.updatedAt, context.now);
  if (!reader.issues.empty || !id || !name || !category || !city || !location || !updatedAt)
    return undefined;
  return {
    id,
    name,
    category,
    ...(subtype !== undefined && { subtype }),
    ...(description !== undefined && { description }),
    topics,
    offers,
    address: {
      ...(street !== undefined && { street }),
      ...(postalCode !== undefined && { postalCode }),
      city,
      ...(ags !== undefined && { ags }),
    },
    location,
    ...(website !== undefined && { website }),
    ...(email !== undefined && { email }),
    updatedAt,
  };
}
