import { describe, expect, it } from 'vitest';
import { checkActorInput, checkEventInput, checkSubmitter } from '../src/directory/index.js';
import type { FieldError } from '../src/index.js';

const pairs = (errors: FieldError[]) => errors.map((e) => `${e.name}:${e.code}`).sort();

const actor = (extra: Record<string, unknown> = {}) => ({
  name: 'KI-Werkstatt Chemnitz',
  category: 'company',
  address: {
    street: 'Straße der Nationen 62',
    postalCode: '09111',
    city: 'Chemnitz',
    ags: '14511',
  },
  location: { lat: 50.8357, lon: 12.9292, precision: 'address' },
  topics: ['robotik'],
  website: 'https://ki-werkstatt.example',
  email: 'info@ki-werkstatt.example',
  ...extra,
});

const event = (extra: Record<string, unknown> = {}) => ({
  title: 'KI-Stammtisch',
  start: '2026-10-25T02:30',
  end: '2026-10-25T04:00',
  allDay: false,
  ...extra,
});

describe('checkActorInput', () => {
  it('accepts a valid actor, with 5- and 8-digit Saxon AGS', () => {
    expect(checkActorInput(actor(), { topics: ['robotik'] })).toEqual([]);
    const gemeinde = actor({ address: { city: 'Chemnitz', ags: '14511000' } });
    expect(checkActorInput(gemeinde)).toEqual([]);
  });

  it('names structure errors by dotted path with codes and limits', () => {
    const errors = checkActorInput({
      name: 'x'.repeat(201),
      category: 'startup',
      address: {},
      location: { lat: '51', lon: 13, precision: 'city' },
      offers: ['hardware', 'software', 'services', 'hardware'],
      extra: true,
    });
    expect(pairs(errors)).toEqual([
      'address.city:required',
      'category:invalid',
      'extra:not_allowed',
      'location.lat:invalid',
      'name:too_long',
      'offers:too_many',
    ]);
    expect(errors.find((e) => e.name === 'name')?.limit).toBe(200);
  });

  it('checks the values as the server does', () => {
    const errors = checkActorInput(
      actor({
        name: ' \u0007 bell',
        address: { postalCode: '1069', city: '  ', ags: '09162' },
        location: { lat: 48.14, lon: 11.58, precision: 'city' },
        topics: ['quantencomputing'],
        website: 'javascript:alert(1)',
        email: 'not-an-email',
      }),
      { topics: ['robotik'] },
    );
    expect(pairs(errors)).toEqual([
      'address.ags:not_saxon_kreis',
      'address.city:required',
      'address.postalCode:pattern',
      'email:invalid_email',
      'location.lat:not_in_saxony',
      'name:invalid',
      'topics:unknown_topic',
      'website:not_http_url',
    ]);
  });

  it('limits the raw UTF-16 length as the structure pass of the server does', () => {
    expect(checkActorInput(actor({ name: `  ${'ä'.repeat(196)}  ` }))).toEqual([]);
    expect(checkActorInput(actor({ name: `KI ${'😀'.repeat(98)}` }))).toEqual([]);
    expect(pairs(checkActorInput(actor({ name: '😀'.repeat(101) })))).toEqual(['name:too_long']);
  });

  it('refuses a new entry whose name gives no id, but not an update of an existing one', () => {
    expect(pairs(checkActorInput(actor({ name: '人工知能' })))).toEqual(['name:pattern']);
    expect(checkActorInput(actor({ name: '人工知能' }), { id: 'ki-jp' })).toEqual([]);
  });

  it('leaves topics unchecked without a vocabulary', () => {
    expect(checkActorInput(actor({ topics: ['anything'] }))).toEqual([]);
  });
});

describe('checkEventInput', () => {
  it('accepts an event in the repeated October hour', () => {
    expect(checkEventInput(event())).toEqual([]);
  });

  it('finds an end before the start across the March DST gap', () => {
    // 02:30 does not exist on 29 March 2026: it is read as 03:30 CEST, after 03:15.
    const errors = checkEventInput(event({ start: '2026-03-29T02:30', end: '2026-03-29T03:15' }));
    expect(pairs(errors)).toEqual(['end:end_before_start']);
  });

  it('ties all-day to dates and refuses impossible days', () => {
    expect(pairs(checkEventInput(event({ allDay: true })))).toEqual(['start:invalid_date']);
    expect(
      pairs(checkEventInput(event({ start: '2026-02-31', end: undefined, allDay: true }))),
    ).toEqual(['start:invalid_date']);
    expect(
      pairs(checkEventInput(event({ start: '2026-05-02', end: '2026-05-02', allDay: true }))),
    ).toEqual(['end:end_before_start']);
    expect(
      checkEventInput(event({ start: '2026-05-02', end: '2026-05-03', allDay: true })),
    ).toEqual([]);
  });

  it('checks location, organizers and language', () => {
    const errors = checkEventInput(
      event({
        location: { city: ' ', name: 'Halle 1', lat: 51 },
        organizers: [
          { id: 'tu-dresden' },
          { id: 'Not A Slug' },
          { id: 'gibt-es-nicht' },
          { name: 'Verein' },
        ],
        language: 'Deutsch!',
        onlineUrl: 'ftp://example.org',
      }),
      { actors: ['tu-dresden'] },
    );
    expect(pairs(errors)).toEqual([
      'language:pattern',
      'location.city:required',
      'location.lon:required',
      'onlineUrl:not_http_url',
      'organizers:pattern',
      'organizers:unknown_actor',
    ]);
  });

  it('wants an organizer as { id } or { name }, not both, not neither', () => {
    const errors = checkEventInput(event({ organizers: [{}, { id: 'a', name: 'b' }] }));
    expect(pairs(errors)).toEqual(['organizers.0.name:required', 'organizers.1.name:not_allowed']);
  });
});

describe('checkSubmitter', () => {
  it('needs a name and an e-mail address', () => {
    expect(checkSubmitter({ name: 'Erika Muster', email: 'erika@example.org' })).toEqual([]);
    expect(pairs(checkSubmitter({ name: ' ', email: '' }))).toEqual([
      'email:required',
      'name:required',
    ]);
    expect(pairs(checkSubmitter({ name: 'E', email: 'erika@' }))).toEqual(['email:invalid_email']);
    expect(pairs(checkSubmitter({ name: 'E' }))).toEqual(['email:required']);
  });
});
