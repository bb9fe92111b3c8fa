import { describe, expect, it } from 'vitest';
import { formatEventRange, formatMonth, monthOf, previousDay, rangeText } from './format-range.js';

const BERLIN = { visitorTimeZone: 'Europe/Berlin' };
const NEW_YORK = { visitorTimeZone: 'America/New_York' };
/** What a visitor reads, blanks (ICU uses narrow no-break spaces in English) made plain. */
const text = (...args: Parameters<typeof formatEventRange>) =>
  rangeText(formatEventRange(...args)).replace(/\s+/g, ' ');

// The demo API's absolute event across the end of daylight-saving time on 25 October 2026.
const acrossDst = {
  start: '2026-10-24T10:00:00+02:00',
  end: '2026-10-26T16:00:00+01:00',
  allDay: false,
};

describe('formatEventRange: dates and times in Europe/Berlin', () => {
  it('an evening meetup: one date, a time range, no zone for a visitor in Berlin', () => {
    const meetup = {
      start: '2026-03-17T18:30:00+01:00',
      end: '2026-03-17T21:00:00+01:00',
      allDay: false,
    };
    expect(text(meetup, 'de', BERLIN)).toBe('Di., 17. März 2026, 18:30–21:00 Uhr');
    expect(text(meetup, 'en', BERLIN)).toBe('Tue, March 17, 2026, 6:30 – 9:00 PM');
    const range = formatEventRange(meetup, 'de', BERLIN);
    expect(range.start).toEqual({ text: 'Di., 17. März 2026, 18:30', datetime: meetup.start });
    expect(range.end).toEqual({ text: '21:00 Uhr', datetime: meetup.end });
    expect(range.zoneNamed).toBe(false);
  });

  it('shows Berlin time to a visitor elsewhere, and says so', () => {
    const meetup = {
      start: '2026-03-17T18:30:00+01:00',
      end: '2026-03-17T21:00:00+01:00',
      allDay: false,
    };
    expect(text(meetup, 'de', NEW_YORK)).toBe('Di., 17. März 2026, 18:30–21:00 Uhr MEZ');
    expect(text(meetup, 'en', NEW_YORK)).toBe('Tue, March 17, 2026, 6:30 – 9:00 PM GMT+1');
    expect(text({ start: '2026-07-01T10:00:00Z', allDay: false }, 'de', NEW_YORK)).toBe(
      'Mi., 1. Juli 2026 um 12:00 MESZ',
    );
  });

  it('an event across the October daylight-saving change names both zones', () => {
    expect(text(acrossDst, 'de', BERLIN)).toBe(
      'Sa., 24. Oktober 2026 um 10:00 MESZ – Mo., 26. Oktober 2026 um 16:00 MEZ',
    );
    expect(text(acrossDst, 'en', BERLIN)).toBe(
      'Sat, October 24, 2026 at 10:00 AM GMT+2 – Mon, October 26, 2026 at 4:00 PM GMT+1',
    );
    const range = formatEventRange(acrossDst, 'de', BERLIN);
    expect(range.start.datetime).toBe('2026-10-24T10:00:00+02:00');
    expect(range.end!.datetime).toBe('2026-10-26T16:00:00+01:00');
    expect(range.zoneNamed).toBe(true);
  });

  it('names the zone by the offset at that instant: CET/CEST in English, MEZ/MESZ in German', () => {
    const en = { ...NEW_YORK, zoneNames: { standard: 'CET', summer: 'CEST' } };
    const de = { ...NEW_YORK, zoneNames: { standard: 'MEZ', summer: 'MESZ' } };
    const winter = { start: '2026-01-15T10:00:00+01:00', allDay: false };
    const summer = { start: '2026-07-15T10:00:00+02:00', allDay: false };
    expect(text(winter, 'en', en)).toBe('Thu, January 15, 2026 at 10:00 AM CET');
    expect(text(summer, 'en', en)).toBe('Wed, July 15, 2026 at 10:00 AM CEST');
    expect(text(winter, 'de', de)).toBe('Do., 15. Januar 2026 um 10:00 MEZ');
    expect(text(summer, 'de', de)).toBe('Mi., 15. Juli 2026 um 10:00 MESZ');
    // a range names the zone once when both ends share it, and each end's own across the change
    const evening = {
      start: '2026-01-15T18:30:00+01:00',
      end: '2026-01-15T21:00:00+01:00',
      allDay: false,
    };
    expect(text(evening, 'en', en)).toBe('Thu, January 15, 2026, 6:30 – 9:00 PM CET');
    expect(text(acrossDst, 'en', { ...en, visitorTimeZone: 'Europe/Berlin' })).toBe(
      'Sat, October 24, 2026 at 10:00 AM CEST – Mon, October 26, 2026 at 4:00 PM CET',
    );
    expect(text(acrossDst, 'de', de)).toBe(
      'Sa., 24. Oktober 2026 um 10:00 MESZ – Mo., 26. Oktober 2026 um 16:00 MEZ',
    );
    // Berlin's double summer time of 1947 (UTC+3) has no such name: Intl's stays
    expect(text({ start: '1947-06-01T12:00:00+03:00', allDay: false }, 'en', en)).toMatch(
      /GMT\+3$/,
    );
  });

  it('an all-day event: one date, marked as a single day', () => {
    const day = { start: '2026-03-17', end: '2026-03-18', allDay: true };
    expect(text(day, 'de', NEW_YORK)).toBe('Di., 17. März 2026');
    expect(text(day, 'en', NEW_YORK)).toBe('Tue, March 17, 2026');
    const range = formatEventRange(day, 'de');
    expect(range).toMatchObject({ singleDay: true, zoneNamed: false });
    expect(range.start.datetime).toBe('2026-03-17');
    expect(range.end).toBeUndefined();
    // without an end, too
    expect(formatEventRange({ start: '2026-03-17', allDay: true }, 'de').singleDay).toBe(true);
  });

  it('a multi-day all-day event ends on the day before its exclusive end', () => {
    const days = { start: '2026-03-17', end: '2026-03-20', allDay: true };
    expect(text(days, 'de')).toBe('Di., 17. – Do., 19. März 2026');
    expect(text(days, 'en')).toBe('Tue, March 17 – Thu, March 19, 2026');
    const range = formatEventRange(days, 'de');
    expect(range.end!.datetime).toBe('2026-03-19');
    expect(range.singleDay).toBe(false);
    expect(text({ start: '2026-03-30', end: '2026-04-02', allDay: true }, 'de')).toBe(
      'Mo., 30. März – Mi., 1. April 2026',
    );
    expect(text({ start: '2026-12-30', end: '2027-01-02', allDay: true }, 'en')).toBe(
      'Wed, December 30, 2026 – Fri, January 1, 2027',
    );
  });

  it('a timed event over several days', () => {
    const workshop = {
      start: '2026-05-12T09:00:00+02:00',
      end: '2026-05-13T17:00:00+02:00',
      allDay: false,
    };
    expect(text(workshop, 'de', BERLIN)).toBe(
      'Di., 12. Mai 2026 um 09:00 – Mi., 13. Mai 2026 um 17:00',
    );
  });

  it('passes values that are not dates through, and ignores an end before the start', () => {
    expect(text({ start: 'demnächst', allDay: false }, 'de')).toBe('demnächst');
    expect(formatEventRange({ start: 'demnächst', allDay: true }, 'de').start.datetime).toBe('');
    const backwards = {
      start: '2026-03-17T18:00:00+01:00',
      end: '2026-03-17T17:00:00+01:00',
      allDay: false,
    };
    expect(formatEventRange(backwards, 'de', BERLIN).end).toBeUndefined();
  });

  it('formats in German for a locale Intl does not know', () => {
    expect(text({ start: '2026-03-17', allDay: true }, 'hsb-x-test')).toBe('Di., 17. März 2026');
  });
});

describe('months', () => {
  it('takes the month an event starts in, in Berlin', () => {
    // 23:30 UTC on 31 October is already 1 November in Berlin.
    expect(monthOf({ start: '2026-10-31T23:30:00Z', allDay: false })).toBe('2026-11');
    expect(monthOf({ start: '2026-10-31', allDay: true })).toBe('2026-10');
  });

  it('names months in the visitor’s language', () => {
    expect(formatMonth('2026-10', 'de')).toBe('Oktober 2026');
    expect(formatMonth('2026-10', 'en')).toBe('October 2026');
  });

  it('turns an exclusive end date into the last day', () => {
    expect(previousDay('2026-03-01')).toBe('2026-02-28');
    expect(previousDay('2027-01-01')).toBe('2026-12-31');
  });
});
