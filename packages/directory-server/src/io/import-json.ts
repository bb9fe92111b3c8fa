// Our JSON schema: `{ actors?, events?, topics? }` (what `exportJson` writes) or a bare array of
// actors. Actors and events have the contract's shape; an event's `organizers` may also carry the
// resolved actor organisers the API answers with, which are folded into `organizerIds`.
import { isSlug, readText, type FieldReader } from './checks.js';
import { FIELD_LABELS, IssueList, excerpt, type FieldIssue } from './fields.js';
import type { ImportParseResult, RowRejection, TopicRecord } from './model.js';
import { readActor, type ActorCandidate } from './read-actor.js';
import { readEvent, type EventCandidate } from './read-event.js';
import type { RecordContext } from './read-shared.js';

type Section = 'actors' | 'events' | 'topics';
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const object = (value: unknown): Json => (isObject(value) ? value : {});

export function flattenActor(item: Json): ActorCandidate {
  const address = object(item.address);
  const location = object(item.location);
  return {
    id: item.id,
    name: item.name,
    category: item.category,
    subtype: item.subtype,
    topics: item.topics,
    offers: item.offers,
    street: address.street,
    postalCode: address.postalCode,
    city: address.city,
    ags: address.ags,
    lat: location.lat,
    lon: location.lon,
    precision: location.precision,
    website: item.website,
    email: item.email,
    description: item.description,
    updatedAt: item.updatedAt,
  };
}

export function flattenEvent(item: Json): EventCandidate {
  const location = isObject(item.location) ? item.location : undefined;
  const organizers = Array.isArray(item.organizers) ? item.organizers : [];
  const organizerIds = Array.isArray(item.organizerIds)
    ? [...(item.organizerIds as unknown[])]
    : item.organizerIds;
  const external: unknown[] = [];
  for (const organizer of organizers) {
    if (isObject(organizer) && typeof organizer.id === 'string') {
      if (Array.isArray(organizerIds) && !organizerIds.includes(organizer.id))
        organizerIds.push(organizer.id);
    } else {
      external.push(isObject(organizer) ? organizer.name : organizer);
    }
  }
  return {
    id: item.id,
    title: item.title,
    description: item.description,
    start: item.start,
    end: item.end,
    allDay: item.allDay,
    timeZone: item.timeZone,
    status: item.status,
    attendanceMode: item.attendanceMode,
    venue: location?.name,
    address: location?.address,
    city: location?.city,
    lat: location?.lat,
    lon: location?.lon,
    onlineUrl: item.onlineUrl,
    organizerIds,
    organizers: external,
    topics: item.topics,
    url: item.url,
    registrationUrl: item.registrationUrl,
    language: item.language,
    updatedAt: item.updatedAt,
  };
}

function readTopic(reader: FieldReader, item: Json): TopicRecord | undefined {
  const id =
    typeof item.id === 'string' && isSlug(item.id)
      ? item.id
      : reader.issues.add(
          'id',
          `„${excerpt(item.id)}“ ist keine gültige ID.`,
          `"${excerpt(item.id)}" is not a valid id.`,
          'pattern',
        );
  const label =
    typeof item.label === 'string' ? { de: item.label, en: item.label } : object(item.label);
  const de = readText(reader, 'label', label.de, { required: true, max: 100 });
  const en = readText(reader, 'label', label.en ?? label.de, { required: true, max: 100 });
  return id && de && en ? { id, label: { de, en } } : undefined;
}

/** Reads the topics first, so actors and events of the same file may use them. */
export function readJsonTopics(document: unknown): unknown[] {
  return isObject(document) && Array.isArray(document.topics) ? document.topics : [];
}

export function importJson(
  document: unknown,
  context: RecordContext,
  result: ImportParseResult,
): void {
  const sections: Partial<Record<Section, unknown>> = Array.isArray(document)
    ? { actors: document }
    : isObject(document)
      ? document
      : {};
  if (!Array.isArray(document) && !isObject(document)) {
    result.rejected.push({
      row: 0,
      field: 'file',
      message: {
        de: 'Datei: erwartet wird ein Objekt { actors, events, topics } oder eine Liste von Akteuren.',
        en: 'File: expected an object { actors, events, topics } or a list of actors.',
      },
    });
    return;
  }
  for (const section of ['topics', 'actors', 'events'] as const) {
    const items = sections[section];
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      result.rejected.push({
        row: 0,
        section,
        field: 'file',
        message: {
          de: `Datei: „${section}“ ist keine Liste.`,
          en: `File: "${section}" is not a list.`,
        },
      });
      continue;
    }
    const seen = new Map<string, number>();
    items.forEach((item: unknown, position) => {
      const row = position + 1;
      const issues = new IssueList();
      const reader: FieldReader = {
        issues,
        spreadsheet: false,
        warn: (field, de, en) =>
          result.warnings.push({
            row,
            field,
            message: {
              de: `${FIELD_LABELS[field].de}: ${de}`,
              en: `${FIELD_LABELS[field].en}: ${en}`,
            },
          }),
      };
      const rejection = (
        issue: FieldIssue | { field: string; message: RowRejection['message'] },
        id?: string,
      ): RowRejection => ({
        row,
        section,
        ...(id !== undefined && { id }),
        field: issue.field,
        message: issue.message,
      });
      if (!isObject(item)) {
        result.rejected.push(
          rejection({
            field: 'row',
            message: {
              de: `Eintrag: „${excerpt(item)}“ ist kein Objekt.`,
              en: `Entry: "${excerpt(item)}" is not an object.`,
            },
          }),
        );
        return;
      }
      const record =
        section === 'topics'
          ? readTopic(reader, item)
          : section === 'actors'
            ? readActor(reader, flattenActor(item), context)
            : readEvent(reader, flattenEvent(item), context);
      const givenId = typeof item.id === 'string' ? item.id : undefined;
      if (!record) {
        for (const issue of issues.issues) result.rejected.push(rejection(issue, givenId));
        return;
      }
      const first = seen.get(record.id);
      if (first !== undefined) {
        result.rejected.push(
          rejection(
            {
              field: 'id',
              message: {
                de: `ID: „${record.id}“ steht schon in Eintrag ${first}.`,
                en: `ID: "${record.id}" already appears in entry ${first}.`,
              },
            },
            record.id,
          ),
        );
        return;
      }
      seen.set(record.id, row);
      (result[section] as unknown[]).push(record);
    });
  }
}
