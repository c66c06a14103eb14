import { describe, expect, it } from 'vitest';
import { dayRange, whenRange } from './when.js';

describe('dayRange', () => {
  it('covers days, ISO weeks, months, quarters and years', () => {
    expect(dayRange('2021-12-11')).toEqual({ start: '2021-12-11', end: '2021-12-11' });
    expect(dayRange('2021-W48')).toEqual({ start: '2021-11-29', end: '2021-12-05' });
    expect(dayRange('2020-W53')).toEqual({ start: '2020-12-28', end: '2021-01-03' });
    expect(dayRange('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dayRange('2021-Q4')).toEqual({ start: '2021-10-01', end: '2021-12-31' });
    expect(dayRange('2022')).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(dayRange('PAST_REF')).toBeNull();
  });
  it('refuses days that are not on the calendar', () => {
    expect(dayRange('2021-02-30')).toBeNull();
    expect(dayRange('2021-13-01')).toBeNull();
    expect(dayRange('2024-02-29')).toEqual({ start: '2024-02-29', end: '2024-02-29' });
  });
  it('falls back to the article date for values that are not calendar dates', () => {
    expect(whenRange('XXXX-XX-XX', '2021-12-11')).toEqual({ start: '2021-12-11', end: '2021-12-11' });
  });
});
