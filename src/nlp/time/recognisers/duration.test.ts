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

describe('ranges and bounds', () => {
  it('"two to three weeks", "12-18 months": at least the lower count; "two or three days": about it', () => {
    expect(find('Deliveries resume within two to three weeks.', REF, 'two to three weeks')).toMatchObject({ value: 'P2W', mod: 'EQUAL_OR_MORE' });
    expect(find('The rebuilding may take 12-18 months.', REF, '12-18 months')).toMatchObject({ value: 'P12M', mod: 'EQUAL_OR_MORE' });
    expect(find('The ceasefire held for two or three days.', REF, 'two or three days')).toMatchObject({ value: 'P2D', mod: 'APPROX' });
  });

  it('"or so", "or later", "and beyond" join the span as a modifier', () => {
    expect(find('The mine will close over the next year or so.', REF, 'the next year or so')).toMatchObject({ value: '2022', mod: 'APPROX' });
    expect(find('The road will not reopen until 2024 or later.', REF, '2024 or later')).toMatchObject({ value: '2024', mod: 'ON_OR_AFTER' });
    expect(find('Its budget covers 2023 and beyond.', REF, '2023 and beyond')).toMatchObject({ value: '2023', mod: 'ON_OR_AFTER' });
    expect(find('The envoy left a week or so ago.', REF, 'a week or so ago')).toMatchObject({ value: '2021-W48', mod: 'APPROX' });
  });

  it('a plain "or" between two expressions keeps them apart', () => {
    expect(tagText('The vote falls in 2023 or 2024.', REF).map((t) => t.text)).toEqual(['2023', '2024']);
  });
});

describe('counted durations with "more" and "at least"', () => {
  it('"two more weeks", "at least 30 days", "at least the past 18 months"', () => {
    expect(find('The boy will stay for two more weeks.', REF, 'two more weeks')?.value).toBe('P2W');
    expect(find('Detainees can be held for at least 30 days.', REF, 'at least 30 days')).toMatchObject({ value: 'P30D', mod: 'EQUAL_OR_MORE' });
    expect(find('Prices have risen for at least the past 18 months.', REF, 'at least the past 18 months')).toMatchObject({ value: 'P18M', mod: 'EQUAL_OR_MORE' });
  });
  it('"over the past two years" leaves the preposition out', () => {
    expect(find('Exports doubled over the past two years.', REF, 'the past two years')?.value).toBe('P2Y');
  });
});

describe('count words that are not spans', () => {
  it('"three-quarters of", "a quarter of" are fractions', () => {
    expect(tagText('The country imports about three-quarters of its grain.', REF)).toEqual([]);
    expect(tagText('Funds hold more than a quarter of the bond market.', REF)).toEqual([]);
  });
  it('a capitalised unit inside a sentence is a programme name', () => {
    expect(tagText("He spoke on the network's 48 Hours programme.", REF)).toEqual([]);
  });
  it('"will one day" is an unspecified future day; "spent one day" a span', () => {
    expect(find('The dam will one day supply the whole valley.', REF, 'one day')?.value).toBe('FUTURE_REF');
    expect(find('The envoy spent one day in the capital.', REF, 'one day')?.value).toBe('P1D');
  });
});

describe('counted working days', () => {
  it('"three business days", "eight trading days"', () => {
    expect(find('Settlement takes three business days.', REF, 'three business days')?.value).toBe('P3D');
    expect(find('The index recovered within eight trading days.', REF, 'eight trading days')?.value).toBe('P8D');
  });
});

describe('span nouns', () => {
  it('"a three-year period", "its one-year term" include the noun; "over" before them is a preposition', () => {
    expect(find('Profits were inflated over a three-year period.', REF, 'a three-year period')).toMatchObject({ value: 'P3Y', mod: undefined });
    expect(find('He served his one-year term in full.', REF, 'one-year term')?.value).toBe('P1Y');
    expect(find('The talks lasted over a week.', REF, 'over a week')).toMatchObject({ value: 'P1W', mod: 'MORE_THAN' });
  });
});
