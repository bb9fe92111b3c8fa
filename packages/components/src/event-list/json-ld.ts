import type { DirectoryEvent } from '@saxon-ai/sdk';
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

/** An organiser as a schema.org `Organization`: its name, and its website where the API names one. */
function organizerOf({ name, url }: DirectoryEvent['organizers'][number]): JsonObject {
  const website = safeUrl(url);
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

/** `<` as `\u003c`, so no value — not even `</script>` in an event title — can end the script. */
const graphText = (graph: readonly JsonObject[]) =>
  JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');

/** The JSON-LD document for `events`, as the text of a `<script type="application/ld+json">`. */
export function jsonLdText(events: readonly DirectoryEvent[]): string {
  return graphText(eventNodes(events));
}

const MARKER = 'data-saxon-event-list';

/** The part of the Trusted Types API used here (not yet in TypeScript's DOM types). */
interface ScriptPolicy {
  createScript(input: string): unknown;
}
type TrustedTypesWindow = Window & {
  trustedTypes?: {
    createPolicy(name: string, rules: { createScript: (input: string) => string }): ScriptPolicy;
  };
};

/** Name of the Trusted Types policy; a page with a `trusted-types` allow-list adds it. */
export const TRUSTED_TYPES_POLICY = 'saxon-json-ld';

const policies = new WeakMap<Window, ScriptPolicy | null>();

/**
 * A Trusted Types policy for the JSON-LD text, one per window, or `null` where the browser has no
 * Trusted Types or the page does not allow the policy. It passes text through: it only ever sees
 * the JSON that `jsonLdText` wrote, and no other code can reach it.
 */
function scriptPolicy(view: Window | null): ScriptPolicy | null {
  if (!view) return null;
  if (!policies.has(view)) {
    let policy: ScriptPolicy | null = null;
    try {
      policy =
        (view as TrustedTypesWindow).trustedTypes?.createPolicy(TRUSTED_TYPES_POLICY, {
          createScript: (input) => input,
        }) ?? null;
    } catch {
      // A `trusted-types` allow-list without our name: the text is set as a text node below.
    }
    policies.set(view, policy);
  }
  return policies.get(view) ?? null;
}

/**
 * Keeps the structured data of the shown events in the light DOM, as the last child of `host`,
 * where search engines read it (a shadow root is invisible to them). Removed when no shown event
 * has the properties Google requires. The element is data, not script: CSP `script-src` does not apply to it. Under Trusted
 * Types (`require-trusted-types-for 'script'`) its text goes through the `saxon-json-ld` policy;
 * a page whose `trusted-types` allow-list lacks that name still gets the data, set as a text node,
 * and a violation report.
 */
export function syncJsonLd(host: Element, events: readonly DirectoryEvent[]): void {
  let script = [...host.children].find(
    (child): child is HTMLScriptElement =>
      child.localName === 'script' && child.hasAttribute(MARKER),
  );
  const graph = eventNodes(events);
  if (graph.length === 0) {
    script?.remove();
    return;
  }
  const text = graphText(graph);
  const page = host.ownerDocument;
  if (!script) {
    script = page.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARKER, '');
  }
  if (script.textContent !== text) {
    const policy = scriptPolicy(page.defaultView);
    if (policy) script.textContent = policy.createScript(text) as string;
    else script.replaceChildren(page.createTextNode(text));
  }
  // Filled before it is connected, so the browser never sees it without its text.
  if (script.parentNode !== host) host.append(script);
}
