import { describe, expect, it } from 'vitest';
import { find, tagText } from '../testing.js';

const REF = '2021-12-11';

describe('sets', () => {
  it.each([
    ['The ministers meet every Monday in Brussels.', 'every Monday', 'XXXX-WXX-1'],
    ['The exercise is held annually off the coast.', 'annually', 'P1Y'],
    ['The ministry gives a daily briefing.', 'daily', 'P1D'],
    ['Inspectors visit weekly.', 'weekly', 'P1W'],
    ['Elections are held every four years.', 'every four years', 'P4Y'],
    ['The council meets twice a week.', 'twice a week', 'P1W'],
    ['Marchers parade every July through the town.', 'every July', 'XXXX-07'],
  ])('%s', (sentence, span, value) => {
    expect(find(sentence, REF, span)).toMatchObject({ type: 'SET', value });
  });

  it('a financial rate is not a set', () => {
    expect(tagText('The firm raised its quarterly dividend.', REF)).toEqual([]);
  });

  it('"annually" after an amount is a growth rate, not a recurring time', () => {
    expect(tagText('Exports should grow 6% annually.', REF)).toEqual([]);
    expect(tagText('The plant would make 40,000 cars annually.', REF)).toEqual([]);
    expect(find('Pilgrims gather here annually.', REF, 'annually')?.value).toBe('P1Y');
  });
});
