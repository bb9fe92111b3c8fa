// The JSON-LD of every demo event against Google's rules for event rich results, written down here
// as facts from Google's documentation:
// https://developers.google.com/search/docs/appearance/structured-data/event (read 2026-12).
import type { DirectoryEvent } from '@saxon-ai/sdk';
import { createDirectoryClient } from '@saxon-ai/sdk';
import { createDemoApi } from '@saxon-ai/demo-api';
import { describe, expect, it } from 'vitest';
import { until } from '../../test/fixture.js';
import { eventList, NOW, resetPageAroundEachTest } from '../../test/support/event-list.js';
import { eventNodes, eventToSchemaOrg, hasRequiredEventProperties } from './json-ld.js';

resetPageAroundEachTest();

type Node = Record<string, any>;

/** Google: "Required properties" of `Event`. */
const REQUIRED = ['name', 'startDate', 'location'] as const;
/** Google: "Recommended properties" of `Event`. */
const RECOMMENDED = [
  'description',
  'endDate',
  'eventAttendanceMode',
  'eventStatus',
  'image',
  'offers',
  'organizer',
  'performer',
  'previousStartDate',
] as const;
/**
 * Recommended properties the directory contract has no data for (no images, performers, prices or
 * earlier start dates): left out rather than made up. Google treats a missing recommended property
 * as a possible improvement, not an error.
 */
const NOT_IN_THE_CONTRACT = ['image', 'performer', 'previousStartDate'] as const;
/** Google: a `Place` location requires `address`; `name` is recommended. */
const PLACE_REQUIRED = ['address'];
/** Google: the recommended parts of the `PostalAddress`. */
const ADDRESS_RECOMMENDED = [
  'addressLocality',
  'addressRegion',
  'addressCountry',
  'postalCode',
  'streetAddress',
];
/** Google: a `VirtualLocation` (online events) requires `url`. */
const VIRTUAL_REQUIRED = ['url'];
/** Google: `organizer` recommends `name` and `url`. */
const ORGANIZER_RECOMMENDED = ['name', 'url'];
/** Google: `offers` recommends `availability`, `price`, `priceCurrency`, `url`, `validFrom`. */
const OFFER_FIELDS_WE_KNOW = ['url'];
/** Google: the values of `eventStatus` (schema.org `EventStatusType`). */
const EVENT_STATUS = [
  'https://schema.org/EventCancelled',
  'https://schema.org/EventMovedOnline',
  'https://schema.org/EventPostponed',
  'https://schema.org/EventRescheduled',
  'https://schema.org/EventScheduled',
];
/** Google: `eventAttendanceMode` values; online events use `VirtualLocation`, mixed ones both. */
const ATTENDANCE = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
} as const;
/** Google: dates in ISO 8601; a time comes with its UTC offset, a day alone is a date. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/;

const present = (value: unknown) =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && !value.length);
const asList = (value: unknown): Node[] => (Array.isArray(value) ? value : [value as Node]);

/** The rule violations of one `Event` node for `event`: empty when Google would accept it. */
function violations(node: Node, event: DirectoryEvent): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(`${event.id}: ${message}`);
  for (const key of REQUIRED) if (!present(node[key])) fail(`required ${key} missing`);
  if (node['@type'] !== 'Event') fail(`@type ${node['@type']}`);
  for (const key of ['startDate', 'endDate']) {
    if (present(node[key]) && !ISO_DATE.test(node[key])) fail(`${key} ${node[key]} not ISO 8601`);
  }
  if (node['endDate'] && new Date(node['endDate']) < new Date(node['startDate'])) {
    fail('endDate before startDate');
  }
  if (!EVENT_STATUS.includes(node['eventStatus'])) fail(`eventStatus ${node['eventStatus']}`);
  if (node['eventAttendanceMode'] !== ATTENDANCE[event.attendanceMode]) {
    fail(`eventAttendanceMode ${node['eventAttendanceMode']}`);
  }
  const locations = asList(node['location'] ?? []);
  const places = locations.filter((l) => l['@type'] === 'Place');
  const virtual = locations.filter((l) => l['@type'] === 'VirtualLocation');
  const expected = { offline: [1, 0], online: [0, 1], mixed: [1, 1] }[event.attendanceMode];
  if (places.length !== expected[0] || virtual.length !== expected[1]) {
    fail(`${places.length} Place / ${virtual.length} VirtualLocation for ${event.attendanceMode}`);
  }
  for (const place of places) {
    for (const key of PLACE_REQUIRED) if (!present(place[key])) fail(`Place.${key} missing`);
    if (!present(place['name'])) fail('Place.name missing');
    const address = place['address'] ?? {};
    if (address['@type'] !== 'PostalAddress') fail('address is not a PostalAddress');
    for (const key of ADDRESS_RECOMMENDED) {
      // street and postal code only where the contract's one-line address has them
      if ((key === 'streetAddress' || key === 'postalCode') && !event.location?.address) continue;
      if (!present(address[key])) fail(`PostalAddress.${key} missing`);
    }
  }
  for (const location of virtual) {
    for (const key of VIRTUAL_REQUIRED) {
      if (!/^https?:\/\//.test(location[key] ?? '')) fail(`VirtualLocation.${key} missing`);
    }
  }
  // recommended: present whenever the contract carries the data
  const known = RECOMMENDED.filter(
    (key) => !(NOT_IN_THE_CONTRACT as readonly string[]).includes(key),
  );
  for (const key of known) {
    const has = {
      description: !!event.description?.trim(),
      endDate: !!event.end,
      offers: !!event.registrationUrl,
      organizer: event.organizers.some((o) => o.name.trim()),
    }[key as string];
    if ((has ?? true) && !present(node[key])) fail(`recommended ${key} missing`);
  }
  for (const key of NOT_IN_THE_CONTRACT) if (key in node) fail(`${key} made up`);
  for (const organizer of asList(node['organizer'] ?? [])) {
    if (!['Organization', 'Person'].includes(organizer['@type'])) fail('organizer type');
    // `url` where the contract carries one: an organising actor's website (contract 1.3)
    for (const key of ORGANIZER_RECOMMENDED) {
      const source = event.organizers.find((o) => o.name === organizer['name']) ?? {};
      if ((key === 'name' || key in source) && !present(organizer[key])) {
        fail(`organizer.${key} missing`);
      }
    }
  }
  for (const offer of asList(node['offers'] ?? [])) {
    if (offer['@type'] !== 'Offer') fail('offers is not an Offer');
    for (const key of OFFER_FIELDS_WE_KNOW) if (!present(offer[key])) fail(`offers.${key} missing`);
  }
  return problems;
}

const app = createDemoApi({ now: () => new Date(NOW) });
const client = createDirectoryClient({
  baseUrl: 'https://fixed-clock.invalid/directory/v1',
  fetch: (input, init) => Promise.resolve(app.fetch(new Request(input, init))),
});

describe("JSON-LD against Google's event rich results", () => {
  it('the rules catch what Google refuses (so that a pass means something)', () => {
    const event: DirectoryEvent = {
      id: 'probe',
      title: 'Probe',
      start: '2026-10-01T10:00:00+02:00',
      allDay: false,
      timeZone: 'Europe/Berlin',
      status: 'scheduled',
      attendanceMode: 'online',
      organizerIds: [],
      organizers: [{ name: 'Verein' }],
      topics: [],
      updatedAt: NOW,
    };
    // online without any web address: the VirtualLocation has no url
    expect(violations(eventToSchemaOrg(event), event)).toContain(
      'probe: VirtualLocation.url missing',
    );
    expect(violations({ ...eventToSchemaOrg(event), startDate: '1.10.2026' }, event)).toContain(
      'probe: startDate 1.10.2026 not ISO 8601',
    );
    const offline = { ...event, attendanceMode: 'offline' as const };
    expect(violations(eventToSchemaOrg(offline), offline)).toContain(
      'probe: required location missing',
    );
    const withWebsite = {
      ...event,
      onlineUrl: 'https://meet.example/probe',
      organizers: [{ id: 'verein', name: 'Verein', url: 'https://verein.example/' }],
    };
    const withoutOrganizerUrl = {
      ...eventToSchemaOrg(withWebsite),
      organizer: [{ '@type': 'Organization', name: 'Verein' }],
    };
    expect(violations(eventToSchemaOrg(withWebsite), withWebsite)).toEqual([]);
    expect(violations(withoutOrganizerUrl, withWebsite)).toEqual(['probe: organizer.url missing']);
  });

  it('publishes no item for an event that lacks a required property, and only then', () => {
    const base: DirectoryEvent = {
      id: 'probe',
      title: 'Probe',
      start: '2026-10-01T10:00:00+02:00',
      allDay: false,
      timeZone: 'Europe/Berlin',
      status: 'scheduled',
      attendanceMode: 'offline',
      location: { name: 'Saal', city: 'Görlitz' },
      organizerIds: [],
      organizers: [],
      topics: [],
      updatedAt: NOW,
    };
    const { location: _venue, ...noVenue } = base;
    const onlineWithoutAddress: DirectoryEvent = { ...noVenue, attendanceMode: 'online' };
    const hybridWithoutAddress: DirectoryEvent = { ...base, attendanceMode: 'mixed' };
    const online: DirectoryEvent = { ...onlineWithoutAddress, onlineUrl: 'https://meet.example/p' };
    for (const rejected of [noVenue, onlineWithoutAddress, hybridWithoutAddress]) {
      const node = eventToSchemaOrg(rejected);
      expect(hasRequiredEventProperties(node)).toBe(false);
      expect(violations(node, rejected).length).toBeGreaterThan(0);
    }
    for (const accepted of [base, online]) {
      expect(hasRequiredEventProperties(eventToSchemaOrg(accepted))).toBe(true);
      expect(violations(eventToSchemaOrg(accepted), accepted)).toEqual([]);
    }
    expect(hasRequiredEventProperties({ ...eventToSchemaOrg(base), name: ' ' })).toBe(false);
    expect(eventNodes([noVenue, base, onlineWithoutAddress, online])).toEqual(
      [base, online].map(eventToSchemaOrg),
    );
  });

  it('every demo event, past and upcoming, meets every rule', async () => {
    const events: DirectoryEvent[] = [];
    for await (const event of client.events.all({ from: '2000-01-01' })) events.push(event);
    expect(events.length).toBeGreaterThan(30);
    // An event without a required property (a venue nobody recorded) gets no item — nothing is
    // made up for it; every item that is published meets every rule.
    const published = eventNodes(events);
    const left = events.filter((event) => !hasRequiredEventProperties(eventToSchemaOrg(event)));
    expect(published).toHaveLength(events.length - left.length);
    expect(left.every((e) => e.attendanceMode !== 'online' && !e.location)).toBe(true);
    const problems = events
      .filter((event) => !left.includes(event))
      .flatMap((event) => violations(eventToSchemaOrg(event), event));
    expect(problems).toEqual([]);
    // organizer.url is published where the organiser has a website
    const organizers = published.flatMap((node) => node['organizer'] ?? []);
    expect(organizers.filter((o: Node) => o['url']).length).toBeGreaterThan(30);
    // the demo covers every attendance mode and several statuses
    expect(new Set(events.map((e) => e.attendanceMode))).toEqual(
      new Set(['offline', 'online', 'mixed']),
    );
    expect(new Set(events.map((e) => e.status)).size).toBeGreaterThan(2);
  });

  it('the element publishes exactly those nodes for what it shows', async () => {
    const el = await eventList((e) => {
      e.from = '2000-01-01';
      e.limit = 200;
    });
    await until(() => expect(el.querySelector(':scope > script')).not.toBeNull());
    const graph = JSON.parse(el.querySelector(':scope > script')!.textContent!)['@graph'];
    const events: DirectoryEvent[] = [];
    for await (const event of client.events.all({ from: '2000-01-01' })) events.push(event);
    expect(graph).toEqual(eventNodes(events));
    // The list itself shows every event, also those without an item.
    await until(() =>
      expect(el.shadowRoot!.querySelectorAll('[data-event-id]')).toHaveLength(events.length),
    );
    expect(graph.length).toBeLessThan(events.length);
  });
});
