import { describe, expect, it } from 'vitest';
import { tenureWording } from './tenure-wording.js';

const none = { statedFrom: null, statedTo: null, fromBound: null, toBound: null };

describe('tenureWording', () => {
  it('words a bound by the article date, never as a stated date', () => {
    expect(tenureWording({ ...none, toBound: { kind: 'before', date: '2021-12-11' } })).toBe('until before 2021-12-11');
    expect(tenureWording({ ...none, fromBound: { kind: 'before', date: '2022-10-05' } })).toBe('from before 2022-10-05');
  });

  it('puts stated dates first and drops a bound on a side a date is stated for', () => {
    expect(tenureWording({ ...none, statedFrom: '2018-01', fromBound: { kind: 'before', date: '2023-03-02' }, toBound: { kind: 'before', date: '2023-03-02' } }))
      .toBe('from 2018-01, stated; until before 2023-03-02');
    expect(tenureWording({ ...none, statedFrom: '2012', statedTo: '2020' })).toBe('2012 to 2020, stated');
  });

  it('is empty when the articles only report the role', () => {
    expect(tenureWording(none)).toBe('');
  });
});
