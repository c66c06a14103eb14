import { describe, expect, it } from 'vitest';
import { addMonths, easter, formatWeek, isoWeek, isoWeekday, nthWeekday } from './calendar.js';
import { durationValue } from './resolve.js';

describe('calendar', () => {
  it('ISO weeks and weekdays', () => {
    expect(isoWeekday({ year: 2021, month: 12, day: 11 })).toBe(6);
    expect(formatWeek({ year: 2021, month: 12, day: 4 })).toBe('2021-W48');
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
  });

  it('month arithmetic clamps the day', () => {
    expect(addMonths({ year: 2021, month: 3, day: 31 }, -1)).toEqual({ year: 2021, month: 2, day: 28 });
  });

  it('holidays', () => {
    expect(easter(2024)).toEqual({ year: 2024, month: 3, day: 31 });
    expect(nthWeekday(2021, 11, 4, 4)).toEqual({ year: 2021, month: 11, day: 25 });
  });

  it('duration values', () => {
    expect(durationValue(2, 'day')).toBe('P2D');
    expect(durationValue(1.5, 'year')).toBe('P1Y6M');
    expect(durationValue(0.5, 'hour')).toBe('PT30M');
    expect(durationValue(5.5, 'hour')).toBe('PT5H30M');
    expect(durationValue(2.5, 'day')).toBe('P2DT12H');
    expect(durationValue('X', 'hour')).toBe('PTXH');
    expect(durationValue(3, 'quarter')).toBe('P9M');
  });
});
