import type { DirectoryEvent } from '@saxon-ai/sdk';
import { describe, expect, it } from 'vitest';
import { formatEventRange, monthOf, rangeText } from './format-range.js';
import { jsonLdText, syncJsonLd } from './json-ld.js';

// The per-event work the list caches (offsets per day, JSON-LD per event, plain descriptions):
// the cached answers must be the ones worked out afresh, on the days where a cache could go wrong.

const BERLIN = { visitorTimeZone: 'Europe/Berlin' };
const NEW_YORK = { visitorTimeZone: 'America/New_York' };
const ZONES = { standard: 'MEZ', summer: 'MESZ' };

const timed = (start: string, end?: string) => ({ start, ...(end && { end }), allDay: false });

describe('Berlin offsets, cached per day', () => {
  it('takes the month from Berlin wall-clock time on both sides of midnight and of each change', () => {
    // The first seconds of a month in Berlin are still the month before in UTC, in winter and summer.
    expect(monthOf(timed('2026-10-31T22:59:59Z'))).toBe('2026-10'); // 23:59:59 MEZ
    expect(monthOf(timed('2026-10-31T23:00:00Z'))).toBe('2026-11'); // 00:00 MEZ
    expect(monthOf(timed('2026-03-31T21:59:59Z'))).toBe('2026-03'); // 23:59:59 MESZ
    expect(monthOf(timed('2026-03-31T22:00:00Z'))).toBe('2026-04'); // 00:00 MESZ
    expect(monthOf(timed('2026-06-30T23:30:00+02:00'))).toBe('2026-06');
    expect(monthOf(timed('1979-12-31T23:30:00Z'))).toBe('1980-01');
    expect(monthOf(timed('kein Datum'))).toBe('kein Da');
  });

  it('names the zone right on the day of each daylight-saving change, asked in any order', () => {
    // 29 March 2026: MEZ until 01:00 UTC, MESZ after; 25 October 2026: MESZ until 01:00 UTC.
    const after = formatEventRange(timed('2026-03-29T09:00:00Z'), 'de', {
      ...NEW_YORK,
      zoneNames: ZONES,
    });
    const before = formatEventRange(timed('2026-03-29T00:30:00Z'), 'de', {
      ...NEW_YORK,
      zoneNames: ZONES,
    });
    expect(rangeText(after)).toBe('So., 29. März 2026 um 11:00 MESZ');
    expect(rangeText(before)).toBe('So., 29. März 2026 um 01:30 MEZ');
    const across = formatEventRange(timed('2026-10-25T00:30:00Z', '2026-10-26T15:00:00Z'), 'de', {
      ...BERLIN,
      zoneNames: ZONES,
    });
    expect(across.zoneNamed).toBe(true);
    expect(rangeText(across)).toBe(
      'So., 25. Oktober 2026 um 02:30 MESZ – Mo., 26. Oktober 2026 um 16:00 MEZ',
    );
    // A day without a change, before and after one with a change: no zone for a Berlin visitor.
    expect(formatEventRange(timed('2026-10-24T08:00:00Z'), 'de', BERLIN).zoneNamed).toBe(false);
    expect(formatEventRange(timed('2026-10-26T08:00:00Z'), 'de', BERLIN).zoneNamed).toBe(false);
  });
});

const event = (id: string, title: string): DirectoryEvent => ({
  id,
  title,
  description: `**${title}** mit [Programm](https://example.org/${id}).`,
  timeZone: 'Europe/Berlin',
  status: 'scheduled',
  organizerIds: ['infai'],
  organizers: [{ id: 'infai', name: 'InfAI e. V.' }],
  topics: ['nlp'],
  updatedAt: '2026-03-01T09:00:00+01:00',
  start: '2026-10-24T18:30:00+02:00',
  allDay: false,
  attendanceMode: 'offline',
  location: { name: 'Institut', address: 'Beispielstraße 39, 04109 Leipzig', city: 'Leipzig' },
  url: `https://events.example/${id}`,
});

describe('JSON-LD, built once per event', () => {
  it('publishes the same text as building the whole document afresh, also after appending', () => {
    const host = document.createElement('div');
    const first = [event('a', 'Erstes </script>'), event('b', 'Zweites')];
    // Without a place: left out of the graph, as when the document is built afresh.
    const incomplete = { ...event('c', 'Ohne Ort'), location: undefined };
    const more = [...first, incomplete, event('d', 'Viertes')];
    const published = () => host.querySelector('script')?.textContent;
    syncJsonLd(host, first);
    expect(published()).toBe(jsonLdText(first));
    syncJsonLd(host, more);
    expect(published()).toBe(jsonLdText(more));
    expect(JSON.parse(published()!)['@graph']).toHaveLength(3);
  });

  it('publishes an event again when the list holds a new object for it (a reload)', () => {
    const host = document.createElement('div');
    syncJsonLd(host, [event('a', 'Alt')]);
    syncJsonLd(host, [event('a', 'Neu')]);
    const graph = JSON.parse(host.querySelector('script')!.textContent!)['@graph'];
    expect(graph.map((node: { name: string }) => node.name)).toEqual(['Neu']);
    expect(graph[0].description).toBe('Neu mit Programm.');
  });
});
