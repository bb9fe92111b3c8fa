import { describe, expect, it } from 'vitest';
import {
  actorAsInput,
  eventAsInput,
  mergePatch,
  readActorInput,
  readEventInput,
} from '../src/http/entry-input.js';
import type { Actor } from '../src/model.js';

const NOW = new Date('2026-11-22T10:00:00+01:00');
const context = { id: 'beispiel-gmbh', now: NOW, topics: ['robotics', 'health'] };

const actor = {
  name: 'Beispiel GmbH',
  category: 'company',
  topics: ['robotics'],
  offers: ['software'],
  address: { postalCode: '01069', city: 'Dresden' },
  location: { lat: 51.05, lon: 13.74, precision: 'city' },
};

const codes = (result: { ok: boolean; errors?: { name: string; code?: string }[] }) =>
  (result.errors ?? []).map((error) => `${error.name}:${error.code}`).sort();

const names = (result: { ok: boolean; errors?: { name: string }[] }) =>
  (result.errors ?? []).map((error) => error.name).sort();

describe('ActorInput → Actor', () => {
  it('sets the server-owned id (the path) and updatedAt (now)', () => {
    const result = readActorInput(actor, context);
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'beispiel-gmbh',
        ...actor,
        updatedAt: '2026-11-22T10:00:00+01:00',
      },
    });
  });

  it('is strict about JSON types where the import is lenient', () => {
    const result = readActorInput(
      {
        ...actor,
        category: 'Wirtschaft',
        location: { lat: '51,05', lon: 13.74, precision: 'city' },
      },
      context,
    );
    expect(names(result)).toEqual(['category', 'location.lat']);
  });

  it('refuses server-owned and unknown fields, and names nested ones by their dotted path', () => {
    const result = readActorInput(
      {
        ...actor,
        id: 'x',
        updatedAt: '2026-01-01T00:00:00Z',
        address: { city: 'Dresden', zip: 1 },
      },
      context,
    );
    expect(names(result)).toEqual(['address.zip', 'id', 'updatedAt']);
  });

  it('checks values like the import: Saxony, links, postal code, topics, lengths', () => {
    const result = readActorInput(
      {
        ...actor,
        name: '   ',
        topics: ['no-such-topic'],
        website: 'javascript:alert(1)',
        address: { postalCode: '1069', city: 'Dresden' },
        location: { lat: 48.14, lon: 11.58, precision: 'city' },
      },
      context,
    );
    expect(names(result)).toEqual([
      'address.postalCode',
      'location.lat',
      'name',
      'topics',
      'website',
    ]);
    expect(codes(result)).toEqual([
      'address.postalCode:pattern',
      'location.lat:not_in_saxony',
      'name:required',
      'topics:unknown_topic',
      'website:not_http_url',
    ]);
  });

  it('limits lengths in the structure pass, with the limit in the error', () => {
    const result = readActorInput({ ...actor, name: 'x'.repeat(201) }, context);
    expect(result.ok ? [] : result.errors).toEqual([
      { name: 'name', reason: 'must be at most 200 characters', code: 'too_long', limit: 200 },
    ]);
  });

  it('refuses an id that is not a slug', () => {
    expect(names(readActorInput(actor, { ...context, id: 'Nicht OK' }))).toEqual(['id']);
  });
});

describe('EventInput → stored event', () => {
  const event = {
    title: 'KI-Abend',
    start: '2026-12-03T18:00:00+01:00',
    allDay: false,
    organizers: [{ id: 'tu-dresden' }, { name: 'Extern e. V.' }],
    topics: ['health'],
  };
  const existing = async (ids: string[]) => new Set(ids.filter((id) => id === 'tu-dresden'));

  it('splits organizers into directory actors (ids) and external names', async () => {
    const result = await readEventInput(event, { ...context, existingActors: existing });
    expect(result.ok && result.value).toMatchObject({
      id: 'beispiel-gmbh',
      organizerIds: ['tu-dresden'],
      organizers: [{ name: 'Extern e. V.' }],
      timeZone: 'Europe/Berlin',
      status: 'scheduled',
      attendanceMode: 'offline',
    });
  });

  it('refuses an unknown organizer and a non-http link', async () => {
    const result = await readEventInput(
      { ...event, organizers: [{ id: 'no-such-actor' }], url: 'ftp://x.example' },
      { ...context, existingActors: existing },
    );
    expect(names(result)).toEqual(['organizers', 'url']);
  });

  it('takes no time zone but Europe/Berlin (type errors are reported before value checks)', async () => {
    const result = await readEventInput(
      { ...event, timeZone: 'UTC', url: 'ftp://x.example' },
      { ...context, existingActors: existing },
    );
    expect(names(result)).toEqual(['timeZone']);
  });

  it('round-trips through eventAsInput', async () => {
    const first = await readEventInput(event, { ...context, existingActors: existing });
    if (!first.ok) throw new Error('invalid');
    const resolved = {
      ...first.value,
      organizers: [{ id: 'tu-dresden', name: 'TU Dresden' }, ...first.value.organizers],
    };
    const again = await readEventInput(eventAsInput(resolved), {
      ...context,
      existingActors: existing,
    });
    expect(again).toEqual(first);
  });
});

describe('JSON merge patch (RFC 7396)', () => {
  it('merges objects, removes on null, replaces arrays and scalars', () => {
    const target = actorAsInput({
      ...(actor as unknown as Actor),
      id: 'a',
      updatedAt: 'x',
      website: 'https://a.example/',
    });
    expect(
      mergePatch(target, { address: { street: 'Hauptstraße 1' }, website: null, topics: [] }),
    ).toEqual({
      ...actor,
      topics: [],
      address: { ...actor.address, street: 'Hauptstraße 1' },
    });
  });

  it('follows the RFC examples', () => {
    expect(mergePatch({ a: 'b' }, { a: 'c' })).toEqual({ a: 'c' });
    expect(mergePatch({ a: [{ b: 'c' }] }, { a: [1] })).toEqual({ a: [1] });
    expect(mergePatch({ a: { b: 'c' } }, { a: { b: 'd', c: null } })).toEqual({ a: { b: 'd' } });
    expect(mergePatch(['a'], { a: 'b' })).toEqual({ a: 'b' });
    expect(mergePatch({ a: 'foo' }, null)).toBeNull();
  });
});
