import { describe, expect, it } from 'vitest';
import topics from '../data/topics.json' with { type: 'json' };
import { parseImport, type ImportOptions } from '../src/io/import.js';

const encode = (text: string) => new TextEncoder().encode(text);
const options: ImportOptions = {
  fileName: 'termine.csv',
  knownTopics: new Set(topics.map((topic) => topic.id)),
  topicLabels: topics,
  knownActors: new Set(['tu-dresden', 'dias-kompetenzstelle-ki']),
  now: new Date('2026-12-04T12:00:00Z'),
};

const HEADER =
  'Titel;Beginn;Ende;Status;Teilnahme;Veranstaltungsort;Adresse;Ort;Online-Link;Veranstalter-IDs;Weitere Veranstalter;Themen;ID';
const rows = [
  // 2: timed, German date-time, winter offset
  'KI-Stammtisch;24.12.2026 18:30;24.12.2026 21:00;geplant;Vor Ort;Kneipe am Markt;Markt 1, 01067 Dresden;Dresden;;tu-dresden;Stadt Dresden|Verein X, Y;Robotik, nlp;ki-stammtisch',
  // 3: all-day over three days, inclusive end as an office writes it, summer
  'Sommerschule;01.07.2026;03.07.2026;abgesagt;hybrid;;;Leipzig;https://meet.example/s;;;machine-learning;',
  // 4: online only, ISO input with a UTC offset is stored as Berlin time
  'Webinar;2026-03-29T08:00:00Z;;;;;;;https://meet.example/w;dias-kompetenzstelle-ki;;;webinar',
  '31. Februar;31.02.2026;;;;;;Dresden;;;;;', // 5 bad date
  'Rückwärts;24.12.2026 18:30;24.12.2026 17:00;;;;;Dresden;;;;;', // 6 end before start
  'Ganztägig rückwärts;05.05.2026;04.05.2026;;;;;Dresden;;;;;', // 7 all-day end before start
  'Komische Zeit;24.12.2026 25:00;;;;;;Dresden;;;;;', // 8 bad time
  'Gemischt;24.12.2026;25.12.2026 10:00;;;;;Dresden;;;;;', // 9 date and date-time mixed
  'Unbekannter Status;24.12.2026;;vielleicht;;;;Dresden;;;;;', // 10 unknown status
  'Fremder Veranstalter;24.12.2026;;;;;;Dresden;;niemand-bekannt;;;', // 11 unknown organizer
  'Ohne Ort;24.12.2026;;;;Saal 3;;;;;;;', // 12 venue without city
  ';24.12.2026;;;;;;Dresden;;;;;', // 13 missing title
  'Ohne Beginn;;;;;;;Dresden;;;;;', // 14 missing start
];

describe('CSV import of events', () => {
  const result = parseImport(encode([HEADER, ...rows].join('\r\n')), options);

  it('reads German dates and times as Berlin time, and an inclusive last day as exclusive end', () => {
    expect(result.events).toEqual([
      {
        id: 'ki-stammtisch',
        title: 'KI-Stammtisch',
        timeZone: 'Europe/Berlin',
        status: 'scheduled',
        attendanceMode: 'offline',
        location: { name: 'Kneipe am Markt', address: 'Markt 1, 01067 Dresden', city: 'Dresden' },
        organizerIds: ['tu-dresden'],
        organizers: [{ name: 'Stadt Dresden' }, { name: 'Verein X, Y' }],
        topics: ['robotics', 'nlp'],
        updatedAt: '2026-12-04T13:00:00+01:00',
        start: '2026-12-24T18:30:00+01:00',
        end: '2026-12-24T21:00:00+01:00',
        allDay: false,
      },
      {
        id: 'sommerschule',
        title: 'Sommerschule',
        timeZone: 'Europe/Berlin',
        status: 'cancelled',
        attendanceMode: 'mixed',
        location: { name: 'Leipzig', city: 'Leipzig' },
        onlineUrl: 'https://meet.example/s',
        organizerIds: [],
        organizers: [],
        topics: ['machine-learning'],
        updatedAt: '2026-12-04T13:00:00+01:00',
        start: '2026-07-01',
        end: '2026-07-04',
        allDay: true,
      },
      expect.objectContaining({
        id: 'webinar',
        attendanceMode: 'online',
        start: '2026-03-29T10:00:00+02:00',
        allDay: false,
      }),
    ]);
  });

  const cases: [string, number, string, string, string][] = [
    ['bad date', 5, 'start', 'kein gültiges Datum', 'is not a valid date'],
    ['end before start', 6, 'end', 'liegt vor dem Beginn', 'is before the start'],
    ['all-day end before start', 7, 'end', 'liegt vor dem Beginn', 'is before the start'],
    ['bad time', 8, 'start', 'kein gültiges Datum', 'is not a valid date'],
    ['date mixed with date-time', 9, 'end', 'passt nicht zum Beginn', 'does not match the start'],
    [
      'unknown status',
      10,
      'status',
      '„vielleicht“ ist unbekannt',
      'is unknown; allowed: scheduled, cancelled',
    ],
    [
      'unknown organizer',
      11,
      'organizerIds',
      'kein Akteur des Verzeichnisses',
      'not an actor of the directory',
    ],
    [
      'venue without city',
      12,
      'city',
      'fehlt, obwohl ein Veranstaltungsort angegeben ist',
      'missing although a venue is given',
    ],
    ['missing title', 13, 'title', 'Titel: Pflichtfeld ist leer', 'Title: required field is empty'],
    [
      'missing start',
      14,
      'start',
      'Beginn: Pflichtfeld ist leer',
      'Start: required field is empty',
    ],
  ];

  it.each(cases)('rejects the row with %s', (_kind, row, field, de, en) => {
    const rejections = result.rejected.filter((rejection) => rejection.row === row);
    expect(rejections).toHaveLength(1);
    expect(rejections[0]).toMatchObject({ row, field });
    expect(rejections[0]!.message.de).toContain(de);
    expect(rejections[0]!.message.en).toContain(en);
  });

  it('rejects only those rows', () => {
    expect(result.rejected).toHaveLength(cases.length);
  });
});

describe('JSON import', () => {
  it('reads { actors, events, topics }, with the file’s own topics known to its actors', () => {
    const document = {
      topics: [{ id: 'quantum-ml', label: { de: 'Quanten-ML', en: 'Quantum ML' } }],
      actors: [
        {
          id: 'q-lab',
          name: 'Q-Lab',
          category: 'research',
          topics: ['quantum-ml'],
          offers: [],
          address: { city: 'Dresden' },
          location: { lat: 51.05, lon: 13.74, precision: 'city' },
          updatedAt: '2026-10-01T09:00:00+02:00',
        },
        {
          id: 'q-lab',
          name: 'Dublette',
          category: 'network',
          address: { city: 'Leipzig' },
          location: { lat: 51.3, lon: 12.4, precision: 'city' },
        },
        'kein Objekt',
      ],
      events: [
        {
          id: 'q-day',
          title: 'Q-Day',
          start: '2026-10-01',
          end: '2026-10-02',
          allDay: true,
          timeZone: 'Europe/Berlin',
          status: 'scheduled',
          attendanceMode: 'offline',
          organizerIds: [],
          organizers: [{ id: 'q-lab', name: 'Q-Lab' }, { name: 'Extern' }],
          topics: ['quantum-ml'],
          updatedAt: '2026-10-01T09:00:00+02:00',
        },
      ],
    };
    const result = parseImport(encode(JSON.stringify(document)), {
      ...options,
      fileName: 'x.json',
      knownActors: undefined,
    });
    expect(result.topics).toEqual(document.topics);
    expect(result.actors).toEqual([document.actors[0]]);
    // The resolved actor organiser goes into organizerIds; only the external one stays a name.
    expect(result.events).toEqual([
      { ...document.events[0], organizerIds: ['q-lab'], organizers: [{ name: 'Extern' }] },
    ]);
    expect(result.rejected).toEqual([
      expect.objectContaining({ section: 'actors', row: 2, field: 'id', id: 'q-lab' }),
      expect.objectContaining({ section: 'actors', row: 3, field: 'row' }),
    ]);
  });

  it('keeps text that a spreadsheet would run as a formula (JSON is not a spreadsheet; the CSV export neutralises it)', () => {
    const actor = {
      name: '=1+1',
      category: 'research',
      address: { city: 'Dresden' },
      location: { lat: 51, lon: 13.7, precision: 'city' },
    };
    expect(
      parseImport(encode(JSON.stringify([actor])), { ...options, fileName: 'x.json' }).actors[0]
        ?.name,
    ).toBe('=1+1');
  });

  it('rejects a JSON file that does not parse, as the file, in both languages', () => {
    const result = parseImport(encode('{"actors": ['), { ...options, fileName: 'x.json' });
    expect(result.rejected).toMatchObject([
      {
        row: 0,
        field: 'file',
        message: {
          de: expect.stringContaining('kein gültiges JSON'),
          en: expect.stringContaining('not valid JSON'),
        },
      },
    ]);
  });

  it('rejects lone surrogates and NUL characters that PostgreSQL text cannot hold', () => {
    const base = {
      category: 'research',
      address: { city: 'Dresden' },
      location: { lat: 51, lon: 13.7, precision: 'city' },
    };
    const result = parseImport(
      encode(
        JSON.stringify([
          { ...base, name: 'A\uD800' },
          { ...base, name: 'B\u0000' },
        ]),
      ),
      { ...options, fileName: 'x.json' },
    );
    expect(result.actors).toEqual([]);
    expect(result.rejected.map((r) => r.message.en)).toEqual([
      'Name: contains invalid Unicode (a lone surrogate).',
      'Name: "B\\u0000" contains control characters or line breaks.',
    ]);
  });
});
