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

describe('vague past and future', () => {
  it('"soon" after a past event is not the future', () => {
    expect(tagText('He was soon released from the hospital.', REF)).toEqual([]);
    expect(tagText('The trickle of cash soon became a flood.', REF)).toEqual([]);
    expect(find('The budget will soon move into surplus.', REF, 'soon')?.value).toBe('FUTURE_REF');
  });
  it('"in recent years" is the vague past; "in recent weeks" stays a span of weeks', () => {
    expect(find('Kidnappings have risen in recent years.', REF, 'recent years')).toMatchObject({ type: 'DATE', value: 'PAST_REF' });
    expect(find('Kidnappings have risen in recent weeks.', REF, 'recent weeks')).toMatchObject({ type: 'DURATION', value: 'PXW' });
  });
});
