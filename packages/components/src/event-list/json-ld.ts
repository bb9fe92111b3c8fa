import type { DirectoryEvent } from '@saxon-ai/sdk';
import {
  jsonLdText as scriptText,
  syncJsonLdScript,
  TRUSTED_TYPES_POLICY,
} from '../shared/json-ld-script.js';
import { markdownToPlainText } from '../shared/plain-text.js';
import { safeUrl } from '../shared/safe-url.js';
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
    const url = safeUrl(event.onlineUrl) ?? safeUrl(event.url);
    places.push({ '@type': 'VirtualLocation', ...(url ? { url } : {}) });
  }
  return places;
}

/**
 * One event as a schema.org `Event`: dates with their offset (all-day events as dates, the last day
 * as `endDate`), status and attendance mode as schema.org URLs, the place and/or the online
 * location, organizers by name, the registration page as the offer's `url`. Only `http(s)` URLs
 * are kept; Markdown descriptions become text.
 */
export function eventToSchemaOrg(event: DirectoryEvent): JsonObject {
  const end = event.end && event.allDay ? previousDay(event.end) : event.end;
  const location = locationOf(event);
  const description = markdownToPlainText(event.description);
  const url = safeUrl(event.url);
  // Registration is where Google looks for tickets (`offers.url`); the contract knows no prices.
  const registration = safeUrl(event.registrationUrl);
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
    ...(event.organizers.length
      ? { organizer: event.organizers.map(({ name }) => ({ '@type': 'Organization', name })) }
      : {}),
    ...(registration ? { offers: { '@type': 'Offer', url: registration } } : {}),
    ...(url ? { url } : {}),
    ...(event.language ? { inLanguage: event.language } : {}),
  };
}

/**
 * The JSON-LD document for `events`, as the text of a `<script type="application/ld+json">`. `<`
 * is written as `\u003c`, so no value — not even `</script>` in an event title — can end the
 * script element early.
 */
export function jsonLdText(events: readonly DirectoryEvent[]): string {
  return scriptText({ '@context': 'https://schema.org', '@graph': events.map(eventToSchemaOrg) });
}

export { TRUSTED_TYPES_POLICY };

const MARKER = 'data-saxon-event-list';

/**
 * Keeps the structured data of the shown events in the light DOM, as the last child of `host`,
 * where search engines read it (a shadow root is invisible to them). Removed when there are no
 * events. See `shared/json-ld-script.ts` for CSP and Trusted Types.
 */
export function syncJsonLd(host: Element, events: readonly DirectoryEvent[]): void {
  syncJsonLdScript(host, MARKER, events.length === 0 ? undefined : jsonLdText(events));
}
