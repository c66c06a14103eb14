import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseSourceDate } from './dates.js';

describe('parseSourceDate', () => {
  it('keeps the calendar date and offset as written in the source zone', () => {
    expect(parseSourceDate('2015-03-13T21:30:09+11:00')).toEqual({ date: '2015-03-13', published: '2015-03-13T21:30:09+11:00' });
    expect(parseSourceDate('2016-12-01T23:29:49.000Z')).toEqual({ date: '2016-12-01', published: '2016-12-01T23:29:49+00:00' });
    expect(parseSourceDate('2017-01-18T23:00:00-0800')?.published).toBe('2017-01-18T23:00:00-08:00');
    expect(parseSourceDate('2017-11-16T14:15+0000')?.published).toBe('2017-11-16T14:15:00+00:00');
  });

  it('reads ISO dates without a zone or time', () => {
    expect(parseSourceDate('2019-04-28 06:01:07')).toEqual({ date: '2019-04-28', published: '2019-04-28T06:01:07' });
    expect(parseSourceDate('2017-11-03 03:01:00.000000')?.published).toBe('2017-11-03T03:01:00');
    expect(parseSourceDate('2021-12-11')).toEqual({ date: '2021-12-11', published: null });
  });

  it('reads RFC 822 dates with numeric, named and military zones', () => {
    expect(parseSourceDate('Wed, 02 Nov 2011 17:25:27 +0000')?.published).toBe('2011-11-02T17:25:27+00:00');
    expect(parseSourceDate('Tue, 21 Aug 2012 10:33:00 EST')?.published).toBe('2012-08-21T10:33:00-05:00');
    expect(parseSourceDate('Thu, 14 May 2020 10:00:18 Z')?.published).toBe('2020-05-14T10:00:18+00:00');
    expect(parseSourceDate('Fri, 19 May 2017 21:05:02 +0530')?.published).toBe('2017-05-19T21:05:02+05:30');
    expect(parseSourceDate('Wed, 6 Apr 2022 21:07:47 +0000')?.date).toBe('2022-04-06');
  });

  it('reads two-digit years, times without a colon and localised month names', () => {
    expect(parseSourceDate('03 Apr 02 1500 GMT')?.published).toBe('2002-04-03T15:00:00+00:00');
    expect(parseSourceDate('Seg, 24 Set 2018 19:42:40 -0300')?.published).toBe('2018-09-24T19:42:40-03:00');
    expect(parseSourceDate('Di, 3 Dez 2019 08:00:00 +0100')?.date).toBe('2019-12-03');
  });

  it('does not trust a zone abbreviation in Java Date.toString dates', () => {
    expect(parseSourceDate('Fri Mar 13 21:30:09 EST 2015')).toEqual({ date: '2015-03-13', published: '2015-03-13T21:30:09' });
  });

  it('reads written days and Unix epochs', () => {
    expect(parseSourceDate('March 13, 2015')).toEqual({ date: '2015-03-13', published: null });
    expect(parseSourceDate('Tuesday, 7 June 2022')?.date).toBe('2022-06-07');
    expect(parseSourceDate('1518478934')?.published).toBe('2018-02-12T23:42:14+00:00');
  });

  it('refuses things that are not real dates', () => {
    for (const bad of ['', 'yesterday', '2021-02-30', '2021-13-01', '31 Foo 2020 10:00:00 GMT', '12345', null, undefined]) {
      expect(parseSourceDate(bad)).toBeNull();
    }
  });
});

describe('isCalendarDate', () => {
  it('accepts only real YYYY-MM-DD days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-2-3')).toBe(false);
  });
});
