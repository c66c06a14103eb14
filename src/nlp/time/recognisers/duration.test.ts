import { describe, expect, it } from 'vitest';
import { find, tagText } from '../testing.js';

const REF = '2021-12-11';

describe('durations', () => {
  it.each([
    ['They held a two-day summit in Rome.', 'two-day', 'P2D'],
    ['He ruled for five years before the coup.', 'five years', 'P5Y'],
    ['The siege lasted several hours.', 'several hours', 'PTXH'],
    ['The blockade has lasted eight months.', 'eight months', 'P8M'],
    ['He has ruled for a quarter of a century.', 'a quarter of a century', 'P25Y'],
    ['Fighting continued for the next four years.', 'the next four years', 'P4Y'],
    ['They waited about two weeks for a reply.', 'about two weeks', 'P2W'],
    ['The talks lasted half an hour.', 'half an hour', 'PT30M'],
    ['The strike lasted 2 1/2 days.', '2 1/2 days', 'P2DT12H'],
  ])('%s', (sentence, span, value) => {
    expect(find(sentence, REF, span)).toMatchObject({ type: 'DURATION', value });
  });

  it('bare plural units are vague durations', () => {
    expect(find('The standoff could last for weeks.', REF, 'weeks')).toMatchObject({ type: 'DURATION', value: 'PXW' });
  });

  it('modifiers go to mod', () => {
    expect(find('The war lasted more than four years.', REF, 'more than four years')).toMatchObject({ value: 'P4Y', mod: 'MORE_THAN' });
  });

  it('ages are not durations', () => {
    expect(tagText('A 45-year-old man was arrested.', REF)).toEqual([]);
    expect(tagText('The man, 45 years old, was arrested.', REF)).toEqual([]);
  });
});

describe('durations with a quantity modifier', () => {
  it('"more than a quarter of a century" keeps the modifier in the span and in mod', () => {
    expect(find('He has ruled for more than a quarter of a century.', '2021-12-11', 'more than a quarter of a century')).toMatchObject({ value: 'P25Y', mod: 'MORE_THAN' });
  });
});
