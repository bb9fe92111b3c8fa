import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  berlinDateTime,
  berlinWallOf,
  fromContractSchedule,
  toContractSchedule,
  type ScheduleFields,
} from './berlin-time.js';

const fields = (overrides: Partial<ScheduleFields>): ScheduleFields => ({
  startDate: '',
  startTime: '',
  endDate: '',
  endTime: '',
  allDay: false,
  ...overrides,
});

describe('Berlin wall time → RFC 3339', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(berlinDateTime('2026-01-15', '18:30')).toEqual({
      value: '2026-01-15T18:30:00+01:00',
      shifted: false,
    });
    expect(berlinDateTime('2026-07-01', '09:00')?.value).toBe('2026-07-01T09:00:00+02:00');
  });

  it('on the March switch day (29.03.2026) changes offset at 02:00 and moves the skipped hour on', () => {
    expect(berlinDateTime('2026-03-29', '01:59')?.value).toBe('2026-03-29T01:59:00+01:00');
    expect(berlinDateTime('2026-03-29', '03:00')?.value).toBe('2026-03-29T03:00:00+02:00');
    // 02:30 does not exist that night: the clocks jump from 02:00 to 03:00
    expect(berlinDateTime('2026-03-29', '02:30')).toEqual({
      value: '2026-03-29T03:30:00+02:00',
      shifted: true,
    });
  });

  it('on the October switch day (25.10.2026) takes the first 02:30 and is winter time after', () => {
    expect(berlinDateTime('2026-10-25', '01:30')?.value).toBe('2026-10-25T01:30:00+02:00');
    expect(berlinDateTime('2026-10-25', '02:30')).toEqual({
      value: '2026-10-25T02:30:00+02:00',
      shifted: false,
    });
    expect(berlinDateTime('2026-10-25', '03:00')?.value).toBe('2026-10-25T03:00:00+01:00');
    // the instants really are an hour apart across the change
    const before = Date.parse(berlinDateTime('2026-10-25', '01:00')!.value);
    const after = Date.parse(berlinDateTime('2026-10-25', '04:00')!.value);
    expect((after - before) / 3_600_000).toBe(4);
  });

  it('rejects dates and times that do not exist', () => {
    expect(berlinDateTime('2026-02-30', '10:00')).toBeUndefined();
    expect(berlinDateTime('2026-02-10', '24:00')).toBeUndefined();
    expect(berlinDateTime('10.02.2026', '10:00')).toBeUndefined();
    expect(berlinDateTime('2026-02-10', '')).toBeUndefined();
  });

  it('reads any offset back as Berlin wall time', () => {
    expect(berlinWallOf('2026-03-29T01:30:00Z')).toEqual({ date: '2026-03-29', time: '03:30' });
    expect(berlinWallOf('2026-12-31T23:30:00Z')).toEqual({ date: '2027-01-01', time: '00:30' });
    expect(berlinWallOf('2026-12-31')).toBeUndefined();
    expect(berlinWallOf('nonsense')).toBeUndefined();
  });

  it('adds calendar days across month, year and DST ends', () => {
    expect(addCalendarDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addCalendarDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addCalendarDays('', 1)).toBe('');
  });
});

describe('the form fields → the contract schedule', () => {
  it('gives an all-day event dates with the exclusive end, one day or several', () => {
    expect(toContractSchedule(fields({ startDate: '2026-04-16', allDay: true })).schedule).toEqual({
      start: '2026-04-16',
      end: '2026-04-17',
      allDay: true,
    });
    const threeDays = fields({ startDate: '2026-10-24', endDate: '2026-10-26', allDay: true });
    expect(toContractSchedule(threeDays).schedule).toEqual({
      start: '2026-10-24',
      end: '2026-10-27',
      allDay: true,
    });
  });

  it('gives a timed event date-times, the end on the start day unless an end date is given', () => {
    const evening = fields({ startDate: '2026-03-28', startTime: '19:00', endTime: '23:00' });
    expect(toContractSchedule(evening).schedule).toEqual({
      start: '2026-03-28T19:00:00+01:00',
      end: '2026-03-28T23:00:00+01:00',
      allDay: false,
    });
    // a two-day event over the March switch: two offsets
    const overTheSwitch = { ...evening, endDate: '2026-03-29', endTime: '12:00' };
    expect(toContractSchedule(overTheSwitch).schedule.end).toBe('2026-03-29T12:00:00+02:00');
    const noEnd = fields({ startDate: '2026-05-05', startTime: '10:00' });
    expect(toContractSchedule(noEnd).schedule).toEqual({
      start: '2026-05-05T10:00:00+02:00',
      end: '',
      allDay: false,
    });
  });

  it('reports a typed time that the March switch skips, with what it stands for', () => {
    const night = fields({ startDate: '2026-03-29', startTime: '02:15' });
    expect(toContractSchedule(night)).toEqual({
      schedule: { start: '2026-03-29T03:15:00+02:00', end: '', allDay: false },
      shifted: [{ which: 'start', typed: '02:15', shiftedTo: '03:15' }],
    });
  });

  it('leaves what cannot be read empty, so the rules report it on that field', () => {
    expect(toContractSchedule(fields({ startDate: '2026-05-05' })).schedule.start).toBe('');
    expect(toContractSchedule(fields({ startTime: '10:00' })).schedule.start).toBe('');
    const badEnd = fields({ startDate: '2026-05-05', startTime: '10:00', endDate: '2026-05-06' });
    expect(toContractSchedule(badEnd).schedule.end).toBe('');
    expect(toContractSchedule(fields({ allDay: true })).schedule).toEqual({
      start: '',
      end: '',
      allDay: true,
    });
  });
});

describe('prefill: the contract schedule → the form fields → the same schedule', () => {
  const cases: { name: string; schedule: { start: string; end?: string; allDay: boolean } }[] = [
    { name: 'one all-day', schedule: { start: '2026-04-16', end: '2026-04-17', allDay: true } },
    {
      name: 'all-day over the October switch',
      schedule: { start: '2026-10-24', end: '2026-10-27', allDay: true },
    },
    {
      name: 'evening in winter',
      schedule: {
        start: '2026-01-15T18:30:00+01:00',
        end: '2026-01-15T21:00:00+01:00',
        allDay: false,
      },
    },
    {
      name: 'two days across the March switch',
      schedule: {
        start: '2026-03-28T19:00:00+01:00',
        end: '2026-03-29T12:00:00+02:00',
        allDay: false,
      },
    },
    {
      name: 'the repeated hour in October',
      schedule: { start: '2026-10-25T02:30:00+02:00', allDay: false },
    },
  ];
  for (const { name, schedule } of cases) {
    it(`round-trips ${name}`, () => {
      const form = fromContractSchedule(schedule);
      expect(toContractSchedule(form).schedule).toEqual({ end: '', ...schedule });
    });
  }

  it('shows the Berlin wall time of a date-time the server wrote in UTC', () => {
    expect(fromContractSchedule({ start: '2026-07-01T07:00:00Z', allDay: false })).toEqual(
      fields({ startDate: '2026-07-01', startTime: '09:00' }),
    );
  });

  it('shows a one-day all-day event without an end date and a multi-day one with its last day', () => {
    expect(fromContractSchedule({ start: '2026-04-16', end: '2026-04-17', allDay: true })).toEqual(
      fields({ startDate: '2026-04-16', allDay: true }),
    );
    expect(fromContractSchedule({ start: '2026-04-16', end: '2026-04-19', allDay: true })).toEqual(
      fields({ startDate: '2026-04-16', endDate: '2026-04-18', allDay: true }),
    );
  });
});
