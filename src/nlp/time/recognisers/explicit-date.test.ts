import { describe, expect, it } from 'vitest';
import { find, tagText } from '../testing.js';

const REF = '2021-12-11';

describe('explicit dates', () => {
  it.each([
    ['The accord was signed on December 11, 2021 in Geneva.', 'December 11, 2021', '2021-12-11'],
    ['The accord was signed on 11 December 2021 in Geneva.', '11 December 2021', '2021-12-11'],
    ['Talks resumed on Dec. 3 after a pause.', 'Dec. 3', '2021-12-03'],
    ['The filing is dated 2021-12-11 in the registry.', '2021-12-11', '2021-12-11'],
    ['The memo is dated 12/03/2021 and was leaked.', '12/03/2021', '2021-12-03'],
    ['The treaty took effect in March 1994 after ratification.', 'March 1994', '1994-03'],
    ['Elections were held in 2019 and again later.', '2019', '2019'],
    ['The ceasefire of September 27th, 2020 collapsed.', 'September 27th, 2020', '2020-09-27'],
  ])('%s', (sentence, span, value) => {
    expect(find(sentence, REF, span)).toMatchObject({ type: 'DATE', value });
  });

  it('resolves a month-day without a year to the nearest sensible year', () => {
    expect(find('The envoy arrived on January 30 for talks.', '2019-01-22', 'January 30')?.value).toBe('2019-01-30');
    expect(find('The envoy arrived on December 1 for talks.', '2019-01-22', 'December 1')?.value).toBe('2018-12-01');
  });

  it('tags further days of a stated month in a list', () => {
    const values = tagText('Rallies were held on October 10, 17 and 26 across the country.', '2020-10-30').map((t) => t.value);
    expect(values).toEqual(['2020-10-10', '2020-10-17', '2020-10-26']);
  });

  it('a day range before its month gives two dates', () => {
    expect(tagText('Talks were held on 11-12 December in Vienna.', REF).map((t) => t.value)).toEqual(['2021-12-11', '2021-12-12']);
  });

  it('"Dec 1 last year" is one date', () => {
    expect(find('The law took effect on Dec 1 last year.', REF, 'Dec 1 last year')?.value).toBe('2020-12-01');
  });

  it('keeps "1992-1994" as two dates', () => {
    expect(tagText('He served as envoy from 1992-1994 in Cairo.', REF).map((t) => t.value)).toEqual(['1992', '1994']);
  });

  it('"May" is a month only when it reads as one', () => {
    expect(find('The vote took place in May, officials said.', REF, 'May')?.value).toBe('2021-05');
    expect(tagText('Officials may delay the vote.', REF)).toEqual([]);
    expect(tagText('Theresa May said the vote would go ahead.', REF)).toEqual([]);
  });

  it('"March" the month, "march" the verb', () => {
    expect(find('Protests began in March and spread.', REF, 'March')?.value).toBe('2021-03');
    expect(tagText('Supporters plan to march to the square.', REF)).toEqual([]);
  });

  it('a year, not a count', () => {
    expect(tagText('Police said 2021 people were detained.', REF)).toEqual([]);
    expect(tagText('The fund paid $2021 in fees.', REF)).toEqual([]);
    expect(find('The 2021 budget was approved.', REF, '2021')?.value).toBe('2021');
  });

  it('spoken years', () => {
    expect(find('It happened in nineteen ninety-six, he recalled.', REF, 'nineteen ninety-six')?.value).toBe('1996');
  });
});

describe('day-first dotted dates', () => {
  it('13.12.2021', () => {
    expect(find('The decree dated 13.12.2021 was published.', '2021-12-11', '13.12.2021')?.value).toBe('2021-12-13');
  });
});

describe('the week of a date', () => {
  it('is the ISO week containing it', () => {
    expect(find('A hearing is set for the week of March 6, 2000.', '2000-02-20', 'the week of March 6, 2000')?.value).toBe('2000-W10');
  });
});

describe('months by the governing verb', () => {
  const REF = '2021-02-10';
  it('a decision to act in a month looks forward; "to be" + participle is future', () => {
    expect(find('The alliance decided to admit the two states in early March.', REF, 'early March')?.value).toBe('2021-03');
    expect(find('The rules to be published in November will settle the matter.', REF, 'November')?.value).toBe('2021-11');
  });
  it('"by August" in a future clause is the coming August', () => {
    expect(find('The airline will double its flights to Delhi by August.', REF, 'August')?.value).toBe('2021-08');
  });
  it('an -ed adjective is no past-tense cue', () => {
    expect(find('The bonus would be paid on an unspecified date in October.', REF, 'October')?.value).toBe('2021-10');
    expect(find('The bonus would be paid at a delayed ceremony in December.', REF, 'December')?.value).toBe('2021-12');
  });
  it('a far-off governing verb still decides', () => {
    expect(find('The colonel will be named commander of the station crew for a mission in December.', REF, 'December')?.value).toBe('2021-12');
  });
});

describe('generic months and anniversaries', () => {
  it('a month in a yearly pattern is generic (XXXX-MM)', () => {
    const tagged = tagText('The rainy season runs from June to October. The offensive began in June.', REF);
    expect(tagged.map((t) => [t.text, t.value])).toEqual([['June', 'XXXX-06'], ['October', 'XXXX-10'], ['June', '2021-06']]);
    expect(find('Monsoon floods usually peak in August.', REF, 'August')?.value).toBe('XXXX-08');
  });
  it('"the 30th anniversary of the March 4 accord" dates the accord 30 years back', () => {
    expect(find('Leaders marked the 30th anniversary of the March 4 accord.', REF, 'March 4')?.value).toBe('1991-03-04');
  });
});

describe('months of a year named before', () => {
  it('"in December of that year", "in August the same year"', () => {
    const tagged = tagText('The republic declared independence in 1991, backed by a referendum in December of that year. In 1993 she fell ill; in August the same year she recovered.', REF);
    expect(tagged.find((t) => t.text === 'December of that year')?.value).toBe('1991-12');
    expect(tagged.find((t) => t.text === 'August the same year')?.value).toBe('1993-08');
  });
  it('a modal after an appositive month is another clause', () => {
    expect(find('The colt, a winner in June, may now race in Paris.', REF, 'June')?.value).toBe('2021-06');
  });
});

describe('month-days named with their event', () => {
  const AUG = '2021-08-29';
  it('"the Nov. 5 election" is the nearest one; "since May 18" is past', () => {
    expect(find('The party named him its nominee for the Nov. 5 election.', AUG, 'Nov. 5')?.value).toBe('2021-11-05');
    expect(find('The premier, in office since May 18, will visit Cairo.', AUG, 'May 18')?.value).toBe('2021-05-18');
    expect(find('Police have searched for him since the Oct. 23 shooting.', AUG, 'Oct. 23')?.value).toBe('2020-10-23');
  });
});

describe('"since" a month', () => {
  it('is the last one on or before the article date', () => {
    expect(find('Prices have risen since March.', '2021-02-10', 'March')?.value).toBe('2020-03');
    expect(find('Prices have risen since February.', '2021-02-10', 'February')?.value).toBe('2021-02');
  });
});
