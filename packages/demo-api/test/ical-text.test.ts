// The exact text of `.ics` lines, byte for byte: the escapes of `\`, `;`, `,` and line breaks, and
// folding at 75 octets (RFC 5545 §3.1, §3.3.11). A lenient reader would accept a calendar with
// these wrong; a calendar app shows the user a cut summary or a stray backslash.
import { describe, expect, it } from 'vitest';
import type { DirectoryEvent } from '../src/directory/model.js';
import type { EventLocation } from '../data/types.js';
import { locationText, toICalendar } from '../src/directory/ical.js';
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

describe('the whole calendar, line by line', () => {
  const base: DirectoryEvent = {
    id: 'e1',
    title: 'Treffen',
    start: '2026-10-25T10:00+01:00',
    allDay: false,
    timeZone: 'Europe/Berlin',
    status: 'scheduled',
    attendanceMode: 'offline',
    organizerIds: [],
    organizers: [],
    topics: [],
    updatedAt: '2026-10-01T08:00:00Z',
  };
  const calendar = (events: DirectoryEvent[]) =>
    toICalendar(events, {
      name: 'KI-Termine',
      now: new Date('2026-11-22T09:00:00.500Z'),
      topicLabel: (id) => id,
    });

  it('writes the header and the Europe/Berlin VTIMEZONE exactly, then the events, then the end', () => {
    const ics = calendar([]);
    expect(ics).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Saxon AI//Demo API//DE',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:KI-Termine',
        'X-WR-TIMEZONE:Europe/Berlin',
        'BEGIN:VTIMEZONE',
        'TZID:Europe/Berlin',
        'X-LIC-LOCATION:Europe/Berlin',
        'BEGIN:DAYLIGHT',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'TZNAME:CEST',
        'DTSTART:19700329T020000',
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
        'END:DAYLIGHT',
        'BEGIN:STANDARD',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'TZNAME:CET',
        'DTSTART:19701025T030000',
        'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
        'END:STANDARD',
        'END:VTIMEZONE',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('writes a time without seconds as :00, and keeps the seconds it is given', () => {
    const lines = vevent(
      calendar([{ ...base, start: '2026-10-25T10:00+01:00', end: '2026-10-25T11:30:45+01:00' }]),
    );
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20261025T100000');
    expect(lines).toContain('DTEND;TZID=Europe/Berlin:20261025T113045');
    // DTSTAMP is the answer's time in UTC without the milliseconds
    expect(lines).toContain('DTSTAMP:20261122T090000Z');
    expect(lines).toContain('LAST-MODIFIED:20261001T080000Z');
  });

  it('refuses a start that is not a date-time, with the value in the message', () => {
    expect(() => calendar([{ ...base, start: 'ab 2026-10-25T10:00+01:00' }])).toThrow(
      'not a date-time: ab 2026-10-25T10:00+01:00',
    );
  });

  it('writes an all-day event as VALUE=DATE with its exclusive end date', () => {
    const lines = vevent(
      calendar([{ ...base, allDay: true, start: '2026-12-24', end: '2026-12-27' }]),
    );
    expect(lines.slice(4, 6)).toEqual(['DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261227']);
  });

  it('maps each status to the STATUS calendars know', () => {
    const status = (value: DirectoryEvent['status']) =>
      vevent(calendar([{ ...base, status: value }])).find((line) => line.startsWith('STATUS:'));
    expect(status('scheduled')).toBe('STATUS:CONFIRMED');
    expect(status('rescheduled')).toBe('STATUS:CONFIRMED');
    expect(status('postponed')).toBe('STATUS:TENTATIVE');
    expect(status('cancelled')).toBe('STATUS:CANCELLED');
  });

  it('says "Online" for an online event without a place, and nothing when there is neither', () => {
    const online = vevent(calendar([{ ...base, onlineUrl: 'https://example.org/raum' }]));
    expect(online).toContain('LOCATION:Online');
    const nowhere = vevent(calendar([base]));
    expect(nowhere.some((line) => line.startsWith('LOCATION'))).toBe(false);
    // no topics, no empty CATEGORIES line
    expect(nowhere.some((line) => line.startsWith('CATEGORIES'))).toBe(false);
  });

  it('writes GEO only when both coordinates are known', () => {
    const place = (lat?: number, lon?: number) =>
      vevent(
        calendar([
          {
            ...base,
            location: {
              name: 'Halle',
              city: 'Leipzig',
              ...(lat !== undefined && { lat }),
              ...(lon !== undefined && { lon }),
            },
          },
        ]),
      ).filter((line) => line.startsWith('GEO'));
    expect(place(51.34, 12.37)).toEqual(['GEO:51.34;12.37']);
    expect(place(51.34)).toEqual([]);
    expect(place(undefined, 12.37)).toEqual([]);
  });

  it('drops control characters from a URL instead of escaping it', () => {
    const lines = vevent(calendar([{ ...base, url: 'https://example.org/a\u0000b\nc\u007f' }]));
    expect(lines).toContain('URL:https://example.org/abc');
  });
});

describe('LOCATION: a place named once', () => {
  const where = (location: EventLocation) => locationText(location);

  it('trims each part and leaves out empty ones', () => {
    expect(where({ name: '  Saal 3 ', address: '   ', city: ' Chemnitz ' })).toBe(
      'Saal 3, Chemnitz',
    );
  });

  it('compares words, not case, punctuation or spacing', () => {
    // the town is already in the name, written in capitals
    expect(where({ name: 'MESSE DRESDEN', city: 'Dresden' })).toBe('MESSE DRESDEN');
    // a dash and spaces between the words still say the same place as one space
    expect(where({ name: 'Messe – Dresden', address: 'Messe Dresden', city: 'Dresden' })).toBe(
      'Messe – Dresden',
    );
    // quotes around a word do not make it another place
    expect(where({ name: 'Messe Dresden', address: '„Messe“', city: 'Dresden' })).toBe(
      'Messe Dresden',
    );
    // a part of a word is not the word: "Dresden" is not in "Dresdner Straße 5"
    expect(where({ name: 'Kongresszentrum', address: 'Dresdner Straße 5', city: 'Dresden' })).toBe(
      'Kongresszentrum, Dresdner Straße 5, Dresden',
    );
    // numbers are words too: another house number is another place
    expect(where({ name: 'Haus 1', address: 'Haus 12', city: 'Freiberg' })).toBe(
      'Haus 1, Haus 12, Freiberg',
    );
  });
});
