import { describe, expect, it } from 'vitest';
import { exportActorsCsv, exportEventsCsv, exportJson } from '../src/io/export.js';
import { parseImport, type ImportOptions } from '../src/io/import.js';
import { demoSeed } from '../src/seed/demo.js';
import { contractValidator } from './contract-schema.js';

const NOW = new Date('2026-11-22T09:00:00Z');
const seed = demoSeed(NOW);
const encode = (text: string) => new TextEncoder().encode(text);
const options = (fileName: string): ImportOptions => ({
  fileName,
  knownTopics: new Set(seed.topics.map((topic) => topic.id)),
  topicLabels: seed.topics,
  knownActors: new Set(seed.actors.map((actor) => actor.id)),
  now: NOW,
});

describe('round trip of the shipped seed (50 actors, demo events, topics)', () => {
  it('the seed itself passes the import’s checks and the contract’s schemas', async () => {
    const result = parseImport(encode(exportJson(seed)), options('seed.json'));
    expect(result.rejected).toEqual([]);
    expect(result.actors).toHaveLength(50);
    expect(result.events).toHaveLength(seed.events.length);
    const validActor = await contractValidator('Actor');
    const validEvent = await contractValidator('Event');
    for (const actor of result.actors)
      expect(validActor(actor), JSON.stringify(validActor.errors)).toBe(true);
    for (const event of result.events)
      expect(validEvent(event), JSON.stringify(validEvent.errors)).toBe(true);
  });

  it('JSON: import → export → import gives identical data and an identical file', () => {
    const first = parseImport(encode(exportJson(seed)), options('seed.json'));
    expect({ actors: first.actors, events: first.events, topics: first.topics }).toEqual(seed);
    const file = exportJson(first);
    const second = parseImport(encode(file), options('again.json'));
    expect(second.rejected).toEqual([]);
    expect(exportJson(second)).toBe(file);
  });

  it('CSV: actors export → import → export JSON → import gives identical actors', () => {
    const csv = exportActorsCsv(seed.actors);
    const fromCsv = parseImport(encode(csv), options('akteure.csv'));
    expect(fromCsv.rejected).toEqual([]);
    expect(fromCsv.actors).toEqual(seed.actors);
    const fromJson = parseImport(
      encode(exportJson({ ...fromCsv, topics: seed.topics })),
      options('akteure.json'),
    );
    expect(fromJson.actors).toEqual(seed.actors);
    expect(exportActorsCsv(fromJson.actors)).toBe(csv);
  });

  it('CSV: events export → import gives identical events (German dates, inclusive all-day end)', () => {
    const csv = exportEventsCsv(seed.events);
    const fromCsv = parseImport(encode(csv), options('termine.csv'));
    expect(fromCsv.rejected).toEqual([]);
    expect(fromCsv.events).toEqual(seed.events);
  });

  it('CSV in English (",", decimal points) round-trips as well', () => {
    const fromCsv = parseImport(
      encode(exportActorsCsv(seed.actors, { language: 'en' })),
      options('actors.csv'),
    );
    expect(fromCsv.rejected).toEqual([]);
    expect(fromCsv.actors).toEqual(seed.actors);
  });
});
