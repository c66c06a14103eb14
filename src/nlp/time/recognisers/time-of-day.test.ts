import { describe, expect, it } from 'vitest';
import { find } from '../testing.js';

const REF = '2021-12-11';

describe('times of day', () => {
  it('a clock time takes the date of its sentence', () => {
    expect(find('The vote opened at 10:30 a.m. local time.', REF, '10:30 a.m. local time')).toMatchObject({ type: 'TIME', value: '2021-12-11T10:30' });
    expect(find('On Wednesday the guns fell silent at 1 pm, officials said.', REF, '1 pm')?.value).toBe('2021-12-08T13:00');
  });

  it.each([
    ['The curfew starts at 0500 Moscow time.', '0500 Moscow time', '2021-12-11T05:00'],
    ['Flights resumed at 0200 GMT.', '0200 GMT', '2021-12-11T02:00'],
    ['The deadline passed at 1700 hours IST.', '1700 hours IST', '2021-12-11T17:00'],
    ['Sirens sounded at 3.35 pm near the port.', '3.35 pm', '2021-12-11T15:35'],
    ['The talks ended at noon.', 'noon', '2021-12-11T12:00'],
  ])('%s', (sentence, span, value) => {
    expect(find(sentence, REF, span)).toMatchObject({ type: 'TIME', value });
  });

  it('"overnight" in a past report is the previous night', () => {
    expect(find('Drones struck the depot overnight.', REF, 'overnight')).toMatchObject({ type: 'TIME', value: '2021-12-10TNI' });
  });

  it('a number that is not a time is left alone', () => {
    expect(find('The score was 10:30 in the final.', REF, '10:30')).toBeUndefined();
  });
});

describe('a clock time with its date', () => {
  it('"5 p.m. EST, Dec. 20" is one TIME on that day', () => {
    expect(find('The offer expires at 5 p.m. EST, Dec. 20, the company said.', '2021-12-11', '5 p.m. EST, Dec. 20')).toMatchObject({ type: 'TIME', value: '2021-12-20T17:00' });
    expect(find('Polls close at 8 p.m. Dec. 14 in the capital.', '2021-12-11', '8 p.m. Dec. 14')?.value).toBe('2021-12-14T20:00');
  });
});
