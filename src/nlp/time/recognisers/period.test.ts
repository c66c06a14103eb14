import { describe, expect, it } from 'vitest';
import { find, tagText } from '../testing.js';

const REF = '2021-12-11';

describe('calendar periods', () => {
  it.each([
    ['The offensive began last fall.', 'last fall', '2020-FA'],
    ['The attack happened in the summer of 2014.', 'the summer of 2014', '2014-SU'],
    ['Growth slowed in the fourth quarter.', 'the fourth quarter', '2021-Q4'],
    ['Third-quarter profit rose sharply.', 'Third-quarter', '2021-Q3'],
    ['Output fell in the first half of 2020.', 'the first half of 2020', '2020-H1'],
    ['The movement grew in the 1990s.', 'the 1990s', '199'],
    ['The city was founded in the 18th century.', 'the 18th century', '17'],
    ['Revenue rose in fiscal 2020.', 'fiscal 2020', '2020'],
    ['Net fell in the fiscal-first quarter.', 'the fiscal-first quarter', '2021-Q1'],
  ])('%s', (sentence, span, value) => {
    expect(find(sentence, REF, span)).toMatchObject({ type: 'DATE', value });
  });

  it('"fall" the verb is not a season', () => {
    expect(tagText('Prices could fall further.', REF)).toEqual([]);
  });

  it('"a year earlier" after a quarter is that quarter a year before', () => {
    const tagged = tagText('Net income rose in the third quarter. A year earlier, the bank lost money.', REF);
    expect(tagged.find((t) => t.text === 'A year earlier')?.value).toBe('2020-Q3');
  });
});

describe('period codes', () => {
  it('Q3 2021, H1 2022, FY2023', () => {
    const values = tagText('Results for Q3 2021 and H1 2022 were strong in FY2023.', '2021-12-11').map((t) => t.value);
    expect(values).toEqual(['2021-Q3', '2022-H1', '2023']);
  });
});

describe('holiday weeks', () => {
  it('"Easter week" is the ISO week ending on Easter Sunday', () => {
    // Easter 2022 fell on 17 April
    expect(find('Pilgrims arrived as Easter week began.', '2022-04-11', 'Easter week')?.value).toBe('2022-W15');
    expect(find('Shops will be busy in Christmas week.', REF, 'Christmas week')?.value).toBe('2021-W51');
  });
});

describe('quarters as adjectives', () => {
  it('"the third-quarter results" leaves the article to the noun', () => {
    expect(tagText('Analysts expect the third-quarter results on Monday.', REF).map((t) => t.text)).toContain('third-quarter');
    expect(find('Sales rose in the third quarter.', REF, 'the third quarter')?.value).toBe('2021-Q3');
  });
});
