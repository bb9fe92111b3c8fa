import type { DirectoryEvent } from '@saxon-ai/sdk';
import {
  jsonLdText as scriptText,
  syncJsonLdScript,
  TRUSTED_TYPES_POLICY,
} from '../shared/json-ld-script.js';
import { eventUrl, plainDescription } from './event-text.js';
import { previousDay } from './format-range.js';

const SCHEMA = 'https://schema.org/';

const STATUS: Record<DirectoryEvent['status'], string> = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
};

const ATTENDANCE: Record<DirectoryEvent['attendanceMode'], string> = {
  offline: 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  mixed: 'MixedEventAttendanceMode',
};

type JsonObject = Record<string, unknown>;

/** "Beispielstraße 3, 01067 Dresden" → street, postal code and town; anything else stays a line. */
function postalAddress(location: NonNullable<DirectoryEvent['location']>): JsonObject {
  const match = location.address && /^(.+?),\s*(\d{5})\s+(.+)$/.exec(location.address);
  return {
    '@type': 'PostalAddress',
    ...(match
      ? { streetAddress: match[1], postalCode: match[2], addressLocality: match[3] }
      : {
          ...(location.address ? { streetAddress: location.address } : {}),
          addressLocality: location.city,
        }),
    addressRegion: 'Sachsen',
    addressCountry: 'DE',
  };
}

function locationOf(event: DirectoryEvent): JsonObject[] {
  const places: JsonObject[] = [];
  if (event.location && event.attendanceMode !== 'online') {
    places.push({
      '@type': 'Place',
      name: event.location.name,
      address: postalAddress(event.location),
      ...(event.location.lat !== undefined && event.location.lon !== undefined
        ? {
            geo: {
              '@type': 'GeoCoordinates',
              latitude: event.location.lat,
              longitude: event.location.lon,
            },
          }
        : {}),
    });
  }
  if (event.attendanceMode !== 'offline') {
    const url = eventUrl(event.onlineUrl) ?? eventUrl(event.url);
    places.push({ '@type': 'VirtualLocation', ...(url ? { url } : {}) });
  }
  return places;
}

/** An organiser as a schema.org `Organization`: its name, and its website where the API names one. */
function organizerOf({ name, url }: DirectoryEvent['organizers'][number]): JsonObject {
  const website = eventUrl(url);
  return { '@type': 'Organization', name, ...(website ? { url: website } : {}) };
}

/**
 * One event as a schema.org `Event`: dates with their offset (all-day events as dates, the last day
 * as `endDate`), status and attendance mode as schema.org URLs, the place and/or the online
 * location, organizers by name and website, the registration page as the offer's `url`. Only
 * `http(s)` URLs are kept; Markdown descriptions become text.
 */
export function eventToSchemaOrg(event: DirectoryEvent): JsonObject {
  const end = event.end && event.allDay ? previousDay(event.end) : event.end;
  const location = locationOf(event);
  const description = plainDescription(event);
  const url = eventUrl(event.url);
  // Registration is where Google looks for tickets (`offers.url`); the contract knows no prices.
  const registration = eventUrl(event.registrationUrl);
  return {
    '@type': 'Event',
    name: event.title,
    ...(description ? { description } : {}),
    startDate: event.start,
    ...(end ? { endDate: end } : {}),
    eventStatus: SCHEMA + STATUS[event.status],
    eventAttendanceMode: SCHEMA + ATTENDANCE[event.attendanceMode],
    ...(location.length === 1 ? { location: location[0] } : {}),
    ...(location.length > 1 ? { location } : {}),
    ...(event.organizers.length ? { organizer: event.organizers.map(organizerOf) } : {}),
    ...(registration ? { offers: { '@type': 'Offer', url: registration } } : {}),
    ...(url ? { url } : {}),
    ...(event.language ? { inLanguage: event.language } : {}),
  };
}

/**
 * Whether an `Event` node has what Google requires for event rich results: a `name`, a
 * `startDate` and a `location` — every `Place` with an `address`, every `VirtualLocation` with a
 * `url`. Without them Google rejects the item, so none is published: nothing is made up (a real
 * past event whose venue nobody recorded has no location), and the list still shows the event.
 */
export function hasRequiredEventProperties(node: JsonObject): boolean {
  const locations = [node['location'] ?? []].flat() as JsonObject[];
  return (
    typeof node['name'] === 'string' &&
    node['name'].trim() !== '' &&
    typeof node['startDate'] === 'string' &&
    locations.length > 0 &&
    locations.every((location) =>
      location['@type'] === 'Place' ? !!location['address'] : !!location['url'],
    )
  );
}

/** The `Event` nodes of `events` that search engines accept, in order; the others are left out. */
export function eventNodes(events: readonly DirectoryEvent[]): JsonObject[] {
  return events.map(eventToSchemaOrg).filter(hasRequiredEventProperties);
}

const graphText = (graph: readonly JsonObject[]) =>
  scriptText({ '@context': 'https://schema.org', '@graph': graph });

/** The JSON-LD document for `events`, as the text of a `<script type="application/ld+json">`. */
export function jsonLdText(events: readonly DirectoryEvent[]): string {
  return graphText(eventNodes(events));
}

export { TRUSTED_TYPES_POLICY };

const MARKER = 'data-saxon-event-list';

/**
 * Keeps the structured data of the shown events in the light DOM, as the last child of `host`,
 * where search engines read it (a shadow root is invisible to them). Removed when no shown event
 * has the properties Google requires. See `shared/json-ld-script.ts` for CSP and Trusted Types.
 */
export function syncJsonLd(host: Element, events: readonly DirectoryEvent[]): void {
  const texts = events.map(nodeText).filter((text) => text !== null);
  // The same text as `jsonLdText(events)`: JSON.stringify joins an array's items with commas.
  const text = `{"@context":"https://schema.org","@graph":[${texts.join(',')}]}`;
  syncJsonLdScript(host, MARKER, texts.length === 0 ? undefined : text);
}

/**
 * Each event's node as JSON text, or `null` without the properties Google requires — worked out
 * once per event object: "load more" publishes every shown event again, and building and
 * serializing the nodes of 1,000 events on each appended page cost more than rendering the new one.
 */
const nodeTexts = new WeakMap<DirectoryEvent, string | null>();

function nodeText(event: DirectoryEvent): string | null {
  let text = nodeTexts.get(event);
  if (text === undefined) {
    const node = eventToSchemaOrg(event);
    text = hasRequiredEventProperties(node) ? scriptText(node) : null;
    nodeTexts.set(event, text);
  }
  return text;
}
