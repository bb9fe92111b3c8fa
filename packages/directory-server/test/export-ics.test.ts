import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import topics from '../data/topics.json' with { type: 'json' };
import { exportEventsIcs } from '../src/io/ics.js';
import type { DirectoryEvent } from '../src/model.js';
import { demoSeed } from '../src/seed/demo.js';

const NOW = new Date('2026-11-22T09:00:00Z');
const DOMAIN = 'ki.sachsen.example';
const base = {
  timeZone: 'Europe/Berlin' as const,
  status: 'scheduled' as const,
  attendanceMode: 'offline' as const,
  organizerIds: [],
  organizers: [],
  topics: [],
  updatedAt: '2026-10-01T09:00:00+02:00',
};
const events: DirectoryEvent[] = [
  {
    ...base,
    id: 'winter-abend',
    // Long, with 2-, 3- and 4-byte characters, so folding meets multi-byte sequences.
    title:
      'Glühwein & KI: „Größenwahn“ – ein Abend über Sprachmodelle, Ethik; Recht \\ Öffentlichkeit 🤖🎄 in Dresden',
    description: 'Zeile eins\nZeile zwei, mit Komma; Semikolon und \\ Backslash',
    start: '2026-12-24T18:30:00+01:00',
    end: '2026-12-24T22:00:00+01:00',
    allDay: false,
    location: {
      name: 'Kulturpalast',
      address: 'Schloßstraße 2, 01067 Dresden',
      city: 'Dresden',
      lat: 51.0505,
      lon: 13.7382,
    },
    topics: ['nlp', 'trustworthy-ai'],
    url: 'https://events.example/winter?a=1&b=2',
  },
  {
    ...base,
    id: 'sommer-konferenz',
    title: 'Sommerkonferenz',
    start: '2026-07-01',
    end: '2026-07-04',
    allDay: true,
    location: { name: 'Leipzig', city: 'Leipzig' },
  },
  {
    ...base,
    id: 'abgesagt-utc',
    title: 'Abgesagt',
    // Written in UTC: the calendar shows Berlin wall time 10:00 (summer).
    start: '2026-06-01T08:00:00Z',
    allDay: false,
    status: 'cancelled',
    attendanceMode: 'online',
    onlineUrl: 'https://meet.example/x',
  },
];

/** The raw text, line by line, held to the letter of RFC 5545 §3.1. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line).not.toMatch(/[\r\n]/);
    const bytes = new TextEncoder().encode(line);
    expect(bytes.length, line).toBeLessThanOrEqual(75);
    // A fold inside a UTF-8 sequence would leave invalid bytes on one of the two lines.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
  }
  return lines;
}

const unfold = (lines: string[]) =>
  lines.reduce<string[]>(
    (all, line) =>
      line.startsWith(' ') ? [...all.slice(0, -1), all.at(-1)! + line.slice(1)] : [...all, line],
    [],
  );

describe('exportEventsIcs', () => {
  const ics = exportEventsIcs(events, { domain: DOMAIN, now: NOW, topics, language: 'de' });
  const lines = ics.split('\r\n');
  const content = unfold(lines.slice(0, -1));

  it('ends every line with CRLF, keeps each within 75 octets and valid UTF-8', () => {
    expect(physicalLines(ics)).toHaveLength(lines.length - 1);
  });

  it('folds long lines at 75 octets with a leading space, never inside a character', () => {
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(content).toContain(
      'SUMMARY:Glühwein & KI: „Größenwahn“ – ein Abend über Sprachmodelle\\, Ethik\\; Recht \\\\ Öffentlichkeit 🤖🎄 in Dresden',
    );
  });

  it('writes the calendar frame, the Europe/Berlin VTIMEZONE and stable UIDs from the configured domain', () => {
    expect(content.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Saxon AI//Directory Server//DE',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(content).toContain('BEGIN:VTIMEZONE');
    expect(content).toContain('TZID:Europe/Berlin');
    expect(content.filter((line) => line.startsWith('UID:'))).toEqual([
      `UID:winter-abend@${DOMAIN}`,
      `UID:sommer-konferenz@${DOMAIN}`,
      `UID:abgesagt-utc@${DOMAIN}`,
    ]);
    expect(content.filter((line) => line === 'DTSTAMP:20261122T090000Z')).toHaveLength(3);
    expect(content.at(-1)).toBe('END:VCALENDAR');
  });

  it('writes local times with TZID, all-day dates with an exclusive DTEND, and UTC input as Berlin time', () => {
    expect(content).toContain('DTSTART;TZID=Europe/Berlin:20261224T183000');
    expect(content).toContain('DTEND;TZID=Europe/Berlin:20261224T220000');
    expect(content).toContain('DTSTART;VALUE=DATE:20260701');
    expect(content).toContain('DTEND;VALUE=DATE:20260704');
    expect(content).toContain('DTSTART;TZID=Europe/Berlin:20260601T100000');
  });

  it('escapes text, names the place without repeating the city, labels the categories, marks cancellations', () => {
    expect(content).toContain(
      'DESCRIPTION:Zeile eins\\nZeile zwei\\, mit Komma\\; Semikolon und \\\\ Backslash',
    );
    expect(content).toContain('LOCATION:Kulturpalast\\, Schloßstraße 2\\, 01067 Dresden');
    expect(content).toContain('LOCATION:Leipzig');
    expect(content).toContain('LOCATION:Online');
    expect(content).toContain('GEO:51.0505;13.7382');
    expect(content).toContain('CATEGORIES:Sprachverarbeitung,Vertrauenswürdige KI');
    expect(content).toContain('STATUS:CANCELLED');
    expect(content).toContain('URL;VALUE=URI:https://events.example/winter?a=1&b=2');
    expect(content).toContain('CONFERENCE;VALUE=URI:https://meet.example/x');
  });

  it('refuses a UID domain that is not a host name', () => {
    expect(() =>
      exportEventsIcs(events, { domain: 'evil.example\r\nX-INJECTED:1', now: NOW }),
    ).toThrow(TypeError);
  });

  it('parses with ical.js to the same titles, instants, dates, categories and status', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    for (const zone of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    const parsed = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(parsed.map((event) => event.summary)).toEqual(events.map((event) => event.title));
    expect(parsed[0]!.description).toBe(events[0]!.description);
    expect(parsed[0]!.location).toBe('Kulturpalast, Schloßstraße 2, 01067 Dresden');
    expect(parsed[0]!.startDate.toJSDate().getTime()).toBe(Date.parse('2026-12-24T18:30:00+01:00'));
    expect(parsed[2]!.startDate.toJSDate().getTime()).toBe(Date.parse('2026-06-01T08:00:00Z'));
    expect(parsed[1]!.startDate.isDate).toBe(true);
    expect(parsed[1]!.endDate.toString()).toBe('2026-07-04');
    expect(parsed[0]!.component.getFirstProperty('categories')!.getValues()).toEqual([
      'Sprachverarbeitung',
      'Vertrauenswürdige KI',
    ]);
    expect(parsed[2]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('writes the whole demo seed so that ical.js reads every start back to the same instant', () => {
    const seed = demoSeed(NOW);
    const text = exportEventsIcs(seed.events, { domain: DOMAIN, now: NOW, topics: seed.topics });
    physicalLines(text);
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    const parsed = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(parsed).toHaveLength(seed.events.length);
    parsed.forEach((event, index) => {
      const source = seed.events[index]!;
      if (source.allDay) expect(event.startDate.toString()).toBe(source.start);
      else expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(source.start));
    });
  });
});
