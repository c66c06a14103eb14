import { describe, expect, it } from 'vitest';
import { find, tagText } from '../testing.js';

const REF = '2021-12-11';

describe('vague references', () => {
  it.each([
    ['The border is now closed.', 'now', 'PRESENT_REF'],
    ['Talks are currently stalled.', 'currently', 'PRESENT_REF'],
    ['The envoy recently returned.', 'recently', 'PAST_REF'],
    ['Such attacks happened often in the past.', 'the past', 'PAST_REF'],
    ['Sanctions may follow in the future.', 'the future', 'FUTURE_REF'],
    ['A decision is expected soon.', 'soon', 'FUTURE_REF'],
    ['More rain is expected in the days ahead.', 'the days ahead', 'FUTURE_REF'],
  ])('%s', (sentence, span, value) => {
    expect(find(sentence, REF, span)).toMatchObject({ type: 'DATE', value });
  });

  it('SCHEMA leaves "recent", "current", "former" and "immediately" untagged', () => {
    expect(tagText('The former minister criticised the current government over recent events and demanded talks immediately.', REF)).toEqual([]);
  });
});
