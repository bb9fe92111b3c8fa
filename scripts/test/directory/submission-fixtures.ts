// Valid submissions against the demo seed (topics `machine-learning`, `robotics`; actor
// `tu-dresden`). Invented organisations and people; `.example` addresses (RFC 2606).

export const ACTOR_INPUT = {
  name: 'Beispiel KI GmbH',
  category: 'company',
  subtype: 'Startup',
  description: 'Maschinelles Lernen für den Mittelstand.',
  topics: ['machine-learning'],
  offers: ['software'],
  address: { street: 'Beispielstraße 1', postalCode: '01069', city: 'Dresden' },
  location: { lat: 51.05, lon: 13.74, precision: 'address' },
  website: 'https://beispiel.example',
};

export const EVENT_INPUT = {
  title: 'KI-Stammtisch Beispielstadt',
  start: '2026-12-10T18:00:00+01:00',
  end: '2026-12-10T20:00:00+01:00',
  allDay: false,
  attendanceMode: 'offline',
  location: { name: 'Beispielhaus', city: 'Dresden' },
  organizers: [{ id: 'tu-dresden' }, { name: 'Beispielverein e. V.' }],
  topics: ['machine-learning'],
  url: 'https://stammtisch.example',
};

export const SUBMITTER = { name: 'Erika Mustermann', email: 'erika.mustermann@beispiel.example' };

export function newActor(data: object = ACTOR_INPUT, extra: object = {}) {
  return { kind: 'actor', action: 'create', data, submitter: SUBMITTER, consent: true, ...extra };
}
