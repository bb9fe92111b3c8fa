// The exact text of `.ics` lines, byte for byte: the escapes of `\`, `;`, `,` and line breaks, and
// folding at 75 octets (RFC 5545 §3.1, §3.3.11). A lenient reader would accept a calendar with
// these wrong; a calendar app shows the user a cut summary or a stray backslash.
import { describe, expect, it } from 'vitest';
import type { DirectoryEvent } from '../src/directory/model.js';
import { toICalendar } from '../src/directory/ical.js';
import { demoApi } from './helpers.js';

const vevent = (ics: string) => {
  const lines = ics.split('\r\n');
  return lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);
};

describe('one demo event’s .ics', () => {
  it('escapes ; and , in TEXT values and folds long lines at exactly 75 octets', async () => {
    const { status, headers, text } = await demoApi().get(
      '/directory/v1/events/demo-workshop-ml-einsteiger-mittweida.ics',
    );
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(vevent(text)).toEqual([
      'BEGIN:VEVENT',
      'UID:demo-workshop-ml-einsteiger-mittweida@saxon-ai',
      'DTSTAMP:20261122T090000Z',
      'LAST-MODIFIED:20261108T080000Z',
      'DTSTART;TZID=Europe/Berlin:20261227T090000',
      'DTEND;TZID=Europe/Berlin:20261227T150000',
      'SUMMARY:Workshop: Maschinelles Lernen für Einsteiger',
      // 75 octets ("ü" and "Ü" are two each); the continuation starts with the folding space,
      // then the text's own space before "Python"
      'DESCRIPTION:Einführung mit Übungen am eigenen Laptop\\; Grundkenntnisse in',
      '  Python sind hilfreich.',
      // name, address (the town is in it, so not repeated); commas inside the value escaped
      'LOCATION:Gründerzentrum\\, Werkstatt\\, Beispielstraße 16\\, 09648 Mittweida',
      // GEO's semicolon separates two values and is not escaped
      'GEO:50.9916;12.9811',
      // a URI is not escaped, but folded like any line
      'URL:http://127.0.0.1/demo/veranstaltungen/demo-workshop-ml-einsteiger-mittw',
      ' eida',
      'STATUS:CONFIRMED',
      // the comma between two categories is a separator, not escaped
      'CATEGORIES:Maschinelles Lernen,Aus- und Weiterbildung',
      'END:VEVENT',
    ]);
  });
});

describe('TEXT escaping and folding of any text', () => {
  const event: DirectoryEvent = {
    id: 'escapes',
    title: 'C:\\Daten\\KI; Teil 1, Teil 2',
    // a bell (U+0007) cannot be written in iCalendar TEXT at all: dropped
    description: 'Zeile 1\nZeile 2\r\nZeile 3\rEnde \\n bleibt\u0007 Text',
    start: '2026-03-29T01:30:00+01:00',
    allDay: false,
    timeZone: 'Europe/Berlin',
    status: 'cancelled',
    attendanceMode: 'offline',
    location: { name: 'Saal; Nord', address: 'Weg 1, 01067 Dresden', city: 'Dresden' },
    organizerIds: [],
    organizers: [],
    topics: ['a', 'b'],
    updatedAt: '2026-03-01T12:00:00.250Z',
  };
  const ics = toICalendar([event], {
    name: 'Termine, Sachsen; KI',
    now: new Date('2026-11-22T09:00:00Z'),
    topicLabel: (id) => (id === 'a' ? 'Bildung, Forschung' : 'Recht; Ethik'),
  });

  it('writes \\\\ for a backslash, \\; \\, and \\n for each kind of line break', () => {
    expect(vevent(ics)).toEqual([
      'BEGIN:VEVENT',
      'UID:escapes@saxon-ai',
      'DTSTAMP:20261122T090000Z',
      'LAST-MODIFIED:20260301T120000Z',
      'DTSTART;TZID=Europe/Berlin:20260329T013000',
      'SUMMARY:C:\\\\Daten\\\\KI\\; Teil 1\\, Teil 2',
      'DESCRIPTION:Zeile 1\\nZeile 2\\nZeile 3\\nEnde \\\\n bleibt Text',
      'LOCATION:Saal\\; Nord\\, Weg 1\\, 01067 Dresden',
      'STATUS:CANCELLED',
      // commas and semicolons inside a label are escaped; the ones between labels are not
      'CATEGORIES:Bildung\\, Forschung,Recht\\; Ethik',
      'END:VEVENT',
    ]);
    expect(ics.split('\r\n')).toContain('X-WR-CALNAME:Termine\\, Sachsen\\; KI');
  });

  it('folds at 75 octets, then 74 after the leading space, never inside a UTF-8 character', () => {
    // 63 ASCII characters after "SUMMARY:" (8) leave 4 octets: two "ä" (2 each); the third starts
    // the next line, which holds the folding space and 74 octets: 37 "ä"; then "ä" and 72 "y".
    const title = `${'x'.repeat(63)}${'ä'.repeat(40)}${'y'.repeat(80)}`;
    const lines = vevent(
      toICalendar([{ ...event, title, description: undefined, location: undefined, topics: [] }], {
        name: 'n',
        now: new Date('2026-11-22T09:00:00Z'),
        topicLabel: (id) => id,
      }),
    );
    const summary = lines.findIndex((line) => line.startsWith('SUMMARY:'));
    const [line1, line2, line3, line4, ...rest] = lines.slice(
      summary,
      lines.indexOf('STATUS:CANCELLED'),
    );
    expect(line1).toBe(`SUMMARY:${'x'.repeat(63)}ää`);
    expect(line2).toBe(` ${'ä'.repeat(37)}`);
    expect(line3).toBe(` ä${'y'.repeat(72)}`);
    expect(line4).toBe(` ${'y'.repeat(8)}`);
    expect(rest).toEqual([]);
  });
});
