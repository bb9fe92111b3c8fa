import type { DirectoryEvent } from '@saxon-ai/sdk';
import { describe, expect, it } from 'vitest';
import { googleCalendarUrl, outlookCalendarUrl } from './calendar-links.js';

const base = {
  timeZone: 'Europe/Berlin' as const,
  status: 'scheduled' as const,
  organizerIds: [],
  organizers: [],
  topics: [],
  updatedAt: '2026-03-01T09:00:00+01:00',
};

const meetup: DirectoryEvent = {
  ...base,
  id: 'nlp-meetup',
  title: 'NLP & Sprache #3',
  description: '**Vorträge** und [Diskussion](https://example.org).',
  start: '2026-10-24T18:30:00+02:00',
  end: '2026-10-24T21:00:00+02:00',
  allDay: false,
  attendanceMode: 'offline',
  location: {
    name: 'Institutsgebäude',
    address: 'Beispielstraße 39, 04109 Leipzig',
    city: 'Leipzig',
  },
  url: 'https://events.example/nlp-meetup',
};

const hackathon: DirectoryEvent = {
  ...base,
  id: 'hackathon',
  title: 'Hackathon',
  start: '2024-04-16',
  end: '2024-04-18',
  allDay: true,
  attendanceMode: 'online',
  onlineUrl: 'https://meet.example/hack',
};

const params = (href: string) => Object.fromEntries(new URL(href).searchParams);

describe('Google Calendar link', () => {
  it('carries a timed event in UTC with Berlin as its zone, place and details', () => {
    const href = googleCalendarUrl(meetup, 'de');
    expect(href.startsWith('https://calendar.google.com/calendar/render?')).toBe(true);
    expect(params(href)).toEqual({
      action: 'TEMPLATE',
      text: 'NLP & Sprache #3',
      dates: '20261024T163000Z/20261024T190000Z',
      ctz: 'Europe/Berlin',
      details: 'Vorträge und Diskussion.\n\nhttps://events.example/nlp-meetup',
      location: 'Institutsgebäude, Beispielstraße 39, 04109 Leipzig',
      hl: 'de',
    });
  });

  it('carries an all-day event as dates with the exclusive end, an online one with its address', () => {
    const query = params(googleCalendarUrl(hackathon, 'en'));
    expect(query['dates']).toBe('20240416/20240418');
    expect(query['location']).toBe('https://meet.example/hack');
    const oneDay = params(googleCalendarUrl({ ...hackathon, end: undefined }, 'de'));
    expect(oneDay['dates']).toBe('20240416/20240417');
  });
});

describe('Outlook link', () => {
  it('carries start and end with their offset, and all-day events as dates', () => {
    const href = outlookCalendarUrl(meetup);
    expect(href.startsWith('https://outlook.live.com/calendar/0/action/compose?')).toBe(true);
    expect(params(href)).toMatchObject({
      rru: 'addevent',
      subject: 'NLP & Sprache #3',
      startdt: '2026-10-24T18:30:00+02:00',
      enddt: '2026-10-24T21:00:00+02:00',
      location: 'Institutsgebäude, Beispielstraße 39, 04109 Leipzig',
    });
    expect(params(href)).not.toHaveProperty('allday');
    expect(params(outlookCalendarUrl(hackathon))).toMatchObject({
      startdt: '2024-04-16',
      enddt: '2024-04-18',
      allday: 'true',
    });
  });
});

describe('hostile events', () => {
  const hostile: DirectoryEvent = {
    ...meetup,
    title: '</script>&action=evil#frag\r\nBEGIN:VEVENT',
    description: `[x](javascript:alert(1)) ${'lang '.repeat(400)}`,
    attendanceMode: 'online',
    location: undefined,
    onlineUrl: 'javascript:alert(1)',
    url: 'data:text/html,<script>alert(1)</script>',
  };

  it.each([
    ['Google', googleCalendarUrl(hostile, 'de'), 'text', 'details'],
    ['Outlook', outlookCalendarUrl(hostile), 'subject', 'body'],
  ])(
    '%s: the title stays one parameter, no other scheme gets in, details are cut',
    (_, href, title, details) => {
      const query = new URL(href).searchParams;
      expect(query.get(title)).toBe(hostile.title);
      expect(query.getAll('action').length).toBeLessThanOrEqual(1);
      expect(new URL(href).hash).toBe('');
      expect(query.get('location')).toBe('');
      expect(query.get(details)).not.toMatch(/javascript:|data:/);
      expect(query.get(details)!.length).toBeLessThanOrEqual(602);
      expect(href.length).toBeLessThan(2000);
    },
  );
});

describe('broken text', () => {
  // A lone surrogate (a cut emoji) makes encodeURIComponent throw; the links keep the rest.
  const broken: DirectoryEvent = {
    ...meetup,
    title: 'KI \ud83e Treffen 🤖 \udd16',
    description: 'Halbes \ud800',
    location: { name: 'Saal \udfff', city: 'Leipzig' },
  };

  it.each([
    ['Google', googleCalendarUrl(broken, 'de'), 'text', 'details'],
    ['Outlook', outlookCalendarUrl(broken), 'subject', 'body'],
  ])('%s: lone surrogates become U+FFFD, whole characters stay', (_, href, title, details) => {
    const query = new URL(href).searchParams;
    expect(query.get(title)).toBe('KI \ufffd Treffen 🤖 \ufffd');
    expect(query.get(details)).toMatch(/^Halbes \ufffd/);
    expect(query.get('location')).toBe('Saal \ufffd, Leipzig');
  });

  it("names each parameter once, in the services' order", () => {
    const keys = (href: string) => [...new URL(href).searchParams.keys()];
    expect(keys(googleCalendarUrl(meetup, 'de'))).toEqual([
      'action',
      'text',
      'dates',
      'ctz',
      'details',
      'location',
      'hl',
    ]);
    expect(keys(outlookCalendarUrl({ ...meetup, allDay: true, start: '2026-10-24' }))).toEqual([
      'rru',
      'subject',
      'startdt',
      'enddt',
      'allday',
      'body',
      'location',
    ]);
  });
});
