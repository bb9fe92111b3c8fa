import { describe, expect, it } from 'vitest';
import { normalizeTimestamp, toBerlinIso } from '../src/open-data/time.js';

/** Berlin offset per the platform's time-zone data, the reference for the SDK's fast rule. */
const zoneName = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Berlin',
  timeZoneName: 'longOffset',
});
function intlOffset(instant: number): string {
  const name = zoneName.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value; // "GMT+02:00"
  return name.replace('GMT', '') || '+00:00';
}

describe('Berlin time', () => {
  it('matches the platform time-zone data hour by hour around every clock change 1990–2040', () => {
    const mismatches: string[] = [];
    for (let year = 1990; year <= 2040; year++) {
      for (const month of [2, 9]) {
        for (let day = 22; day <= 31; day++) {
          for (let hour = 0; hour < 24; hour++) {
            const instant = Date.UTC(year, month, day, hour, 30);
            if (toBerlinIso(instant).slice(-6) !== intlOffset(instant)) {
              mismatches.push(new Date(instant).toISOString());
            }
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('reads naive timestamps as UTC or as Berlin wall time, by the stated rule', () => {
    expect(normalizeTimestamp('2025-07-18T02:05:52.278036', 'utc')).toBe(
      '2025-07-18T04:05:52+02:00',
    );
    expect(normalizeTimestamp('2025-07-18T02:05:52.278036', 'berlin')).toBe(
      '2025-07-18T02:05:52+02:00',
    );
    expect(normalizeTimestamp('2025-01-18 08:00', 'berlin')).toBe('2025-01-18T08:00:00+01:00');
    // The repeated hour in October takes its first (summer-time) occurrence.
    expect(normalizeTimestamp('2026-10-25T02:30:00', 'berlin')).toBe('2026-10-25T02:30:00+02:00');
    // A zone given is honoured and converted; a bare date stays a date; junk is dropped.
    expect(normalizeTimestamp('2026-10-25T01:30:00Z', 'berlin')).toBe('2026-10-25T02:30:00+01:00');
    expect(normalizeTimestamp('2024-04-16', 'berlin')).toBe('2024-04-16');
    expect(normalizeTimestamp('demnächst', 'berlin')).toBeUndefined();
    expect(normalizeTimestamp(42, 'berlin')).toBeUndefined();
  });
});

describe('dates that are not in the calendar, and very old ones', () => {
  it('refuses a day or time that does not exist instead of rolling it over', () => {
    for (const value of [
      '2024-02-30',
      '2024-01-00',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '2024-06-01T24:00:00',
      '2024-06-01T12:60:00',
      '2024-06-01T12:00:60',
      '2024-02-30T00:00:00Z',
      '2024-04-31T10:00:00+02:00',
    ]) {
      expect([value, normalizeTimestamp(value, 'berlin')]).toEqual([value, undefined]);
      expect([value, normalizeTimestamp(value, 'utc')]).toEqual([value, undefined]);
    }
    // a date with its zone in another notation is left to Date.parse (RFC 2822, as feeds write it)
    expect(normalizeTimestamp('Mon, 01 Jan 2024 10:00:00 +0100', 'berlin')).toBe(
      '2024-01-01T10:00:00+01:00',
    );
    // a wall time in the hour skipped in spring is read as winter time: 02:30 CET is 03:30 CEST
    expect(normalizeTimestamp('2026-03-29T02:30:00', 'berlin')).toBe('2026-03-29T03:30:00+02:00');
    // the days that do exist at the ends of months
    expect(normalizeTimestamp('2024-02-29', 'berlin')).toBe('2024-02-29');
    expect(normalizeTimestamp('2024-04-30T23:59:59', 'berlin')).toBe('2024-04-30T23:59:59+02:00');
    expect(normalizeTimestamp('2024-12-31T23:59:59Z', 'utc')).toBe('2025-01-01T00:59:59+01:00');
  });

  it('keeps the placeholder year 0001 (not 1901) with Berlin’s local mean time, +00:53', () => {
    expect(normalizeTimestamp('0001-01-01T00:00:00', 'berlin')).toBe('0001-01-01T00:00:00+00:53');
    expect(normalizeTimestamp('0001-01-01T00:00:00', 'utc')).toBe('0001-01-01T00:53:00+00:53');
    expect(normalizeTimestamp('0001-01-01T00:00:00Z', 'berlin')).toBe('0001-01-01T00:53:00+00:53');
    expect(normalizeTimestamp('0099-12-31T23:00:00Z', 'utc')).toBe('0099-12-31T23:53:00+00:53');
    expect(normalizeTimestamp('1850-07-01T12:00:00', 'berlin')).toBe('1850-07-01T12:00:00+00:53');
  });
});
