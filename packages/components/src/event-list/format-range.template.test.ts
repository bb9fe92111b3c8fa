import { describe, expect, it } from 'vitest';
import { formatEventRange } from './format-range.js';

// `formatEventRange` formats most ranges from a template (one real range per layout) filled with
// the ends' own fields. Here its texts are compared with Intl's own range formatting, part by part,
// over a year of ranges of many lengths, across both daylight-saving changes, in German and English
// (12-hour clock, AM/PM), with and without the zone named.

const DATE_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Berlin',
};
const DATE: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Berlin',
};

/** Intl's range split as `formatEventRange` splits it: start, the text between, end. */
function expected(format: Intl.DateTimeFormat, from: Date, to: Date) {
  const parts = format.formatRangeToParts(from, to);
  const text = (slice: Intl.DateTimeRangeFormatPart[]) => slice.map((p) => p.value).join('');
  const lastStart = parts.findLastIndex((part) => part.source === 'startRange');
  const firstEnd = parts.findIndex((part) => part.source === 'endRange');
  if (lastStart < 0 || firstEnd < 0) return [text(parts)];
  return [
    text(parts.slice(0, lastStart + 1)),
    text(parts.slice(lastStart + 1, firstEnd)),
    text(parts.slice(firstEnd)),
  ];
}

const actual = (range: ReturnType<typeof formatEventRange>) =>
  range.end ? [range.start.text, range.separator, range.end.text] : [range.start.text];

const MINUTE = 60_000;
const DURATIONS = [30, 90, 120, 11 * 60, 14 * 60, 26 * 60, 3 * 1440 + 45, 40 * 1440, 400 * 1440];
const STARTS = [0, 7 * 60 + 5, 11 * 60 + 30, 12 * 60, 18 * 60 + 45, 23 * 60 + 30];

describe('formatEventRange: ranges from templates are exactly Intl’s', () => {
  for (const locale of ['de', 'en']) {
    for (const visitorTimeZone of ['Europe/Berlin', 'America/New_York']) {
      it(`timed events, ${locale}, visitor in ${visitorTimeZone}`, () => {
        const plain = new Intl.DateTimeFormat([locale, 'de'], DATE_TIME);
        const zoned = new Intl.DateTimeFormat([locale, 'de'], {
          ...DATE_TIME,
          timeZoneName: 'short',
        });
        let checked = 0;
        for (let day = 0; day < 366; day += 5) {
          for (const start of STARTS) {
            for (const duration of DURATIONS) {
              const from = new Date(Date.UTC(2026, 0, 1) + (day * 1440 + start) * MINUTE);
              const to = new Date(from.getTime() + duration * MINUTE);
              const event = { start: from.toISOString(), end: to.toISOString(), allDay: false };
              const range = formatEventRange(event, locale, { visitorTimeZone });
              const format = range.zoneNamed ? zoned : plain;
              expect(actual(range), `${event.start} – ${event.end}`).toEqual(
                expected(format, from, to),
              );
              checked++;
            }
          }
        }
        expect(checked).toBeGreaterThan(3900);
      });
    }

    it(`all-day events, ${locale}`, () => {
      const format = new Intl.DateTimeFormat([locale, 'de'], DATE);
      for (let day = 0; day < 366; day += 2) {
        for (const days of [2, 3, 9, 40, 400]) {
          const from = new Date(Date.UTC(2026, 0, 1 + day, 12));
          const last = new Date(Date.UTC(2026, 0, day + days, 12));
          const end = new Date(Date.UTC(2026, 0, 1 + day + days, 12));
          const event = {
            start: from.toISOString().slice(0, 10),
            end: end.toISOString().slice(0, 10),
            allDay: true,
          };
          expect(actual(formatEventRange(event, locale)), event.start).toEqual(
            expected(format, from, last),
          );
        }
      }
    });
  }

  it('names MEZ and MESZ for each end, also when the range came from a template', () => {
    const zoneNames = { standard: 'MEZ', summer: 'MESZ' };
    const newYork = { visitorTimeZone: 'America/New_York', zoneNames };
    const text = (start: string, end: string) => {
      const range = formatEventRange({ start, end, allDay: false }, 'de', newYork);
      return `${range.start.text}${range.separator}${range.end?.text}`.replace(/\s+/g, ' ');
    };
    // the same layout twice: the second comes from the first's template
    expect(text('2026-03-10T17:00:00Z', '2026-03-10T19:00:00Z')).toBe(
      'Di., 10. März 2026, 18:00–20:00 Uhr MEZ',
    );
    expect(text('2026-07-10T06:00:00Z', '2026-07-10T08:30:00Z')).toBe(
      'Fr., 10. Juli 2026, 08:00–10:30 Uhr MESZ',
    );
  });

  it('takes each end’s fields from the days and times it has seen, also on the changeover days', () => {
    // Every quarter hour of both 2026 changeover nights, then the same times a day and a week
    // later: the clock shows 02:00–03:00 twice in October (MESZ, then MEZ), once in March.
    const newYork = { visitorTimeZone: 'America/New_York' };
    for (const locale of ['de', 'en']) {
      const zoned = new Intl.DateTimeFormat([locale, 'de'], {
        ...DATE_TIME,
        timeZoneName: 'short',
      });
      for (const night of [Date.UTC(2026, 2, 28, 22), Date.UTC(2026, 9, 24, 22)]) {
        for (const later of [0, 1440, 7 * 1440]) {
          for (let quarter = 0; quarter < 28; quarter++) {
            const from = new Date(night + (later + quarter * 15) * MINUTE);
            const to = new Date(from.getTime() + 45 * MINUTE);
            const range = formatEventRange(
              { start: from.toISOString(), end: to.toISOString(), allDay: false },
              locale,
              newYork,
            );
            expect(actual(range), from.toISOString()).toEqual(expected(zoned, from, to));
          }
        }
      }
    }
  });
});
