// The time filters' data: presets counted in Europe/Berlin, calendar arithmetic, and how filters
// (and the region facet) read and write in the page URL.
import { describe, expect, it } from 'vitest';
import { searchStateCodec, type SearchState } from './search-state.js';
import {
  berlinToday,
  dateRangeOf,
  shiftDay,
  timeFromParam,
  timeQuery,
  timeToParam,
} from './time-filter.js';

describe('time presets', () => {
  it('count from the day in Berlin, not in UTC or on the device', () => {
    // 23:30 UTC on 31 December is already 00:30 on 1 January in Berlin (UTC+1).
    expect(berlinToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // Summer time (UTC+2): 22:30 UTC on 29 March is 00:30 on 30 March.
    expect(berlinToday(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
    expect(berlinToday(new Date('2026-03-29T21:30:00Z'))).toBe('2026-03-29');
  });

  it('cover the week, month or year before today, both ends inclusive', () => {
    const now = new Date('2026-03-31T10:00:00Z');
    expect(dateRangeOf({ preset: 'week' }, now)).toEqual({ from: '2026-03-24', to: '2026-03-31' });
    // 31 March minus a month is the last day of February, not 3 March.
    expect(dateRangeOf({ preset: 'month' }, now)).toEqual({ from: '2026-02-28', to: '2026-03-31' });
    expect(dateRangeOf({ preset: 'year' }, now)).toEqual({ from: '2025-03-31', to: '2026-03-31' });
    expect(shiftDay('2024-02-29', { years: -1 })).toBe('2023-02-28');
    expect(shiftDay('2026-01-03', { days: -7 })).toBe('2025-12-27');
  });

  it('become the SDK query fields; ranges pass as typed', () => {
    const now = new Date('2026-06-15T12:00:00Z');
    expect(
      timeQuery(
        { modified: { preset: 'week' }, issued: { from: '2020-01-01' }, temporal: {} },
        now,
      ),
    ).toEqual({
      modified: { from: '2026-06-08', to: '2026-06-15' },
      issued: { from: '2020-01-01' },
    });
  });
});

describe('time filters in the URL', () => {
  it('read presets and ranges, and reject what is not one', () => {
    expect(timeFromParam('month')).toEqual({ preset: 'month' });
    expect(timeFromParam('2024-01-01..2024-06-30')).toEqual({
      from: '2024-01-01',
      to: '2024-06-30',
    });
    expect(timeFromParam('2024-01-01..')).toEqual({ from: '2024-01-01' });
    expect(timeFromParam('..2024-06-30')).toEqual({ to: '2024-06-30' });
    for (const bad of [
      '',
      '..',
      'decade',
      '2024-02-30..',
      '2024-06-30..2024-01-01',
      '<script>..',
    ]) {
      expect(timeFromParam(bad), bad).toBeUndefined();
    }
    expect(timeToParam({ from: '2024-01-01' })).toBe('2024-01-01..');
  });

  it('round-trip with the region facet through the search state codec', () => {
    const state: SearchState = {
      text: 'Luft',
      filters: { region: ['14612', '14628010'], theme: ['ENVI'] },
      time: { modified: { preset: 'year' }, temporal: { from: '2020-01-01', to: '2020-12-31' } },
      sort: 'modified',
      page: 2,
    };
    const params = new URLSearchParams('other=1');
    searchStateCodec.write(params, 'ds', state);
    expect(params.getAll('ds-region')).toEqual(['14612', '14628010']);
    expect(params.get('ds-modified')).toBe('year');
    expect(params.get('ds-temporal')).toBe('2020-01-01..2020-12-31');
    expect(params.has('ds-issued')).toBe(false);
    expect(searchStateCodec.read(new URLSearchParams(params), 'ds')).toEqual(state);
    expect(searchStateCodec.keys('ds')).toEqual(
      expect.arrayContaining(['ds-region', 'ds-modified', 'ds-issued', 'ds-temporal']),
    );
  });
});
