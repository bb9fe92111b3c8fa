import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import topics from '../data/topics.json' with { type: 'json' };
import { parseImport, type ImportOptions } from '../src/io/import.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const encode = (text: string) => new TextEncoder().encode(text);
const NOW = new Date('2026-12-04T12:00:00Z');
const options: ImportOptions = {
  fileName: 'akteure.csv',
  knownTopics: new Set(topics.map((topic) => topic.id)),
  topicLabels: topics,
  now: NOW,
};
const HEADER = 'Name;Kategorie;Themen;Ort;Breitengrad;Längengrad';

describe('CSV import of actors-broken.csv (one broken row of each kind, good rows around them)', () => {
  const result = parseImport(fixture('actors-broken.csv'), options);
  const rejectedRows = (row: number) =>
    result.rejected.filter((rejection) => rejection.row === row);

  it('imports the three good rows with their values read the German way', () => {
    expect(result.actors.map((actor) => actor.id)).toEqual([
      'robotik-testwerk',
      'goerlitzer-daten-netzwerk-e-v',
      'leipziger-ki-labor',
    ]);
    expect(result.actors[0]).toEqual({
      id: 'robotik-testwerk',
      name: 'Robotik Testwerk GmbH',
      category: 'company',
      subtype: 'Startup – Robotik-Software',
      description: 'Baut Roboter; programmiert sie, und sagt "Hallo".\nZweite Zeile.',
      topics: ['robotics', 'industry-automation'],
      offers: ['software', 'services'],
      address: {
        street: 'Königsbrücker Straße 1',
        postalCode: '01099',
        city: 'Dresden',
        ags: '14612',
      },
      location: { lat: 51.0702, lon: 13.7522, precision: 'address' },
      website: 'https://www.robotik-testwerk.example',
      email: 'info@robotik-testwerk.example',
      updatedAt: '2026-12-04T13:00:00+01:00',
    });
    expect(result.actors[1]).toMatchObject({
      subtype: '-Verein für Daten-',
      topics: ['data-science', 'nlp'],
      email: 'kontakt@daten-netzwerk.example',
      location: { lat: 51.1528, lon: 14.9873, precision: 'city' },
    });
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        row: 2,
        field: 'postalCode',
        message: expect.objectContaining({ de: expect.stringContaining('01099') }),
      }),
    );
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        message: expect.objectContaining({ en: expect.stringContaining('mixed encoding') }),
      }),
    );
  });

  // row → field, a German and an English part of the message
  const cases: [string, number, string, string, string][] = [
    ['missing name', 4, 'name', 'Name: Pflichtfeld ist leer', 'Name: required field is empty'],
    ['bad coordinates', 5, 'lat', 'ist keine Zahl', 'is not a number'],
    ['coordinates outside Saxony', 6, 'lat', 'liegt nicht in Sachsen', 'is not in Saxony'],
    ['swapped latitude and longitude', 7, 'lat', 'vertauscht', 'swapped'],
    [
      'unknown topic',
      8,
      'topics',
      '„Quantenkochen“ ist kein bekanntes Thema',
      'is not a known topic',
    ],
    [
      'unknown category',
      9,
      'category',
      '„Behörde“ ist unbekannt',
      'is unknown; allowed: company, research',
    ],
    [
      'bad postal code',
      10,
      'postalCode',
      'keine fünfstellige Postleitzahl',
      'not a five-digit postal code',
    ],
    ['bad AGS', 11, 'ags', 'kein Kreisschlüssel', "one of Saxony's 13 Kreise"],
    [
      'wrong encoding (a Windows-1252 byte in a UTF-8 file)',
      12,
      'name',
      'falsche Kodierung',
      'wrong encoding',
    ],
    ['duplicate id', 13, 'id', 'steht schon in Zeile 2', 'already appears in row 2'],
    ['=HYPERLINK formula', 14, 'name', 'als Formel ausgeführt', 'would run as a formula'],
    ['+cmd formula', 15, 'description', 'als Formel ausgeführt', 'would run as a formula'],
    ['-1+1 formula', 16, 'subtype', 'als Formel ausgeführt', 'would run as a formula'],
    ['@SUM formula', 17, 'city', 'als Formel ausgeführt', 'would run as a formula'],
    ['bad URL', 18, 'website', 'ist keine Webadresse', 'is not a web address'],
    ['javascript: URL', 19, 'website', 'kein javascript:', 'no javascript:'],
    ['bad e-mail', 20, 'email', 'keine E-Mail-Adresse', 'not an email address'],
    [
      'too long text',
      21,
      'description',
      'ist 6000 Zeichen lang, höchstens 5000',
      'is 6000 characters long, at most 5000',
    ],
    ['control character', 22, 'name', 'enthält Steuerzeichen', 'contains control characters'],
    ['empty row', 23, 'row', 'die Zeile ist leer', 'the row is empty'],
    [
      'extra columns',
      24,
      'row',
      'die Kopfzeile hat nur 16 Spalten',
      'the header has only 16 columns',
    ],
    ['missing city', 25, 'city', 'Ort: Pflichtfeld ist leer', 'City: required field is empty'],
    ['malformed quotes', 26, 'row', 'falsch gesetzte Anführungszeichen', 'misplaced quotes'],
    [
      'unknown precision',
      27,
      'precision',
      '„ungefähr“ ist unbekannt',
      'is unknown; allowed: address, campus, city',
    ],
    ['tab formula', 28, 'name', 'als Formel ausgeführt', 'would run as a formula'],
    ['bad id', 29, 'id', 'keine gültige ID', 'not a valid id'],
  ];

  it.each(cases)(
    'rejects the row with %s, naming row, field and reason in both languages',
    (_kind, row, field, de, en) => {
      const rejections = rejectedRows(row);
      expect(rejections).toHaveLength(1);
      expect(rejections[0]).toMatchObject({ row, field });
      expect(rejections[0]!.message.de).toContain(de);
      expect(rejections[0]!.message.en).toContain(en);
    },
  );

  it('rejects nothing but those rows', () => {
    expect(new Set(result.rejected.map((rejection) => rejection.row))).toEqual(
      new Set(cases.map(([, row]) => row)),
    );
    expect(result.actors).toHaveLength(3);
  });
});

describe('CSV import: file-level cases', () => {
  it('rejects the whole file when a required column is missing, naming the column', () => {
    const result = parseImport(
      encode('Name;Kategorie;Ort;Breitengrad\nTU;Forschung;Dresden;51,05\n'),
      options,
    );
    expect(result.actors).toEqual([]);
    expect(result.rejected).toEqual([
      {
        row: 1,
        field: 'lon',
        message: {
          de: 'Datei: die Pflichtspalte „Längengrad“ fehlt in der Kopfzeile; keine Zeile wurde gelesen.',
          en: 'File: the required column "Longitude" is missing from the header; no row was read.',
        },
      },
    ]);
  });

  it('reads a comma-separated file with English headers, a BOM and quoted decimals', () => {
    const text =
      '\uFEFFName,Category,Topics,City,Latitude,Longitude,Unused\r\n"Lab, Dresden",research,"robotics|nlp",Dresden,"51,05",13.74,x\r\n';
    const result = parseImport(encode(text), options);
    expect(result.rejected).toEqual([]);
    expect(result.actors).toMatchObject([
      {
        id: 'lab-dresden',
        name: 'Lab, Dresden',
        topics: ['robotics', 'nlp'],
        location: { lat: 51.05, lon: 13.74 },
      },
    ]);
    expect(result.warnings).toContainEqual({
      row: 1,
      message: expect.objectContaining({ en: 'Column 7 "Unused" is unknown and is ignored.' }),
    });
  });

  it('reads a whole Windows-1252 file (Excel "CSV (Trennzeichen-getrennt)") with a warning', () => {
    const latin1 = Uint8Array.from(
      [...`${HEADER}\nM\xfcller \xdf KI;Bildung;nlp;Zwickau;50,72;12,49\n`].map((char) =>
        char.charCodeAt(0),
      ),
    );
    const result = parseImport(latin1, options);
    expect(result.rejected).toEqual([]);
    expect(result.actors[0]).toMatchObject({
      name: 'Müller ß KI',
      id: 'mueller-ss-ki',
      address: { city: 'Zwickau' },
    });
    expect(result.warnings[0]?.message.de).toContain('als Windows-1252 (ANSI) gelesen');
  });

  it('reads UTF-16 ("Unicode-Text") with tabs', () => {
    const text =
      'Name\tKategorie\tOrt\tBreitengrad\tLängengrad\nÜbung KI\tBildung\tLeipzig\t51,34\t12,37\n';
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Uint16Array.from([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect(parseImport(bytes, options).actors).toMatchObject([{ name: 'Übung KI' }]);
  });

  it('keeps a quoted cell with separators, quotes and line breaks one row, so row numbers match the spreadsheet', () => {
    const text = `${HEADER};Beschreibung\nA;Forschung;;Dresden;51,05;13,74;"x;""B""\r\nC"\nZweite;Forschung;;Dresden;99;13,74;\n`;
    const result = parseImport(encode(text), options);
    expect(result.actors[0]?.description).toBe('x;"B"\nC');
    expect(result.rejected).toMatchObject([{ row: 3, field: 'lat' }]);
  });

  it('recovers after a quote that never closes: later rows still land', () => {
    const text = `${HEADER}\n"Offen;Forschung;;Dresden;51,05;13,74\nGut;Forschung;;Dresden;51,05;13,74\n`;
    const result = parseImport(encode(text), options);
    expect(result.rejected).toMatchObject([
      { row: 2, field: 'row', message: { en: 'Row: a quotation mark is never closed.' } },
    ]);
    expect(result.actors.map((actor) => actor.name)).toEqual(['Gut']);
  });

  it('reads an actor name with a cell marked as text by a leading apostrophe', () => {
    const result = parseImport(
      encode(`${HEADER}\n'=Gleich KI;Forschung;;Dresden;51,05;13,74\n`),
      options,
    );
    expect(result.actors[0]?.name).toBe('=Gleich KI');
  });

  it('writes a non-ASCII web address the URI way and rejects one with characters no URI may hold', () => {
    const header = `${HEADER};Webseite`;
    const text = `${header}\nA;Forschung;;Dresden;51,05;13,74;www.müller.example/straße\nB;Forschung;;Dresden;51,05;13,74;"https://x.example/""><script>"\n`;
    const result = parseImport(encode(text), options);
    expect(result.actors[0]?.website).toBe('https://www.xn--mller-kva.example/stra%C3%9Fe');
    expect(result.rejected).toMatchObject([
      {
        row: 3,
        field: 'website',
        message: { en: expect.stringContaining('is not a web address') },
      },
    ]);
  });
});
