import { describe, expect, it } from 'vitest';
import { find, tagText } from '../testing.js';

// an earnings season: the article is dated in the fourth quarter of 2021
const REF = '2021-11-03';

function values(text: string): Record<string, string> {
  return Object.fromEntries(tagText(text, REF).map((t) => [t.text, t.value]));
}

describe('earnings reports refer back to the quarter they lead with', () => {
  it('a forecast for the next quarter does not displace the reported one', () => {
    const v = values(
      'Harbor Mills said third-quarter profit rose 8%. The company said the storm will cause a fourth-quarter charge. '
      + 'Its paper unit lost money in the latest quarter, compared with a profit of $4 million last year.',
    );
    expect(v['the latest quarter']).toBe('2021-Q3');
    expect(v['last year']).toBe('2020-Q3');
  });

  it('a forecast report on a quarter already over still sets the period', () => {
    const v = values('Kestrel Energy said it expects to report a third-quarter loss of $4 million. A year earlier, it earned $2 million.');
    expect(v['A year earlier']).toBe('2020-Q3');
  });

  it('an earlier quarter mentioned in passing does not displace the reported one', () => {
    const v = values(
      'Orion Chemical posted a 12% gain in third-quarter earnings. After a weak second quarter, the company cut costs. '
      + 'Charges in the year-earlier period included a plant closure.',
    );
    expect(v['the year-earlier period']).toBe('2020-Q3');
  });

  it('a fiscal fourth quarter reported after its end is the latest period', () => {
    const v = values('Delta Foods reported lower fourth-quarter earnings. Sales in the latest period fell 3%.');
    expect(v['the latest period']).toBe('2021-Q4');
  });

  it('after "the first nine months", comparisons are about the year so far', () => {
    const v = values(
      'Net rose in the third quarter. In the first nine months, net was $30 million, compared with $25 million in the 2020 period. '
      + 'The year-ago results included a tax gain.',
    );
    expect(v['the 2020 period']).toBe('2020');
    expect(v['year-ago']).toBe('2020');
  });

  it('"the same period last year", "the comparable year-ago quarter", "that quarter"', () => {
    const v = values(
      'Third-quarter sales rose 4% from the same period last year. The comparable year-ago quarter had a loss. '
      + 'The company also restated its second quarter of 2020. Results for that quarter included a write-down.',
    );
    expect(v['the same period last year']).toBe('2020-Q3');
    expect(v['The comparable year-ago quarter']).toBe('2020-Q3');
    expect(v['that quarter']).toBe('2020-Q2');
  });

  it('"for the full year" is this year, "the year ended June 30" a year-long span', () => {
    const tagged = tagText('The firm expects higher earnings for the full year. For the year ended June 30, it earned $2 million.', REF);
    expect(tagged.find((t) => t.text === 'the full year')).toMatchObject({ type: 'DATE', value: '2021' });
    expect(tagged.find((t) => t.text === 'the year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
  });
});

describe('"the year of"', () => {
  it('"a high for the year of $42" is this year; "the year of the dragon" is not tagged', () => {
    expect(find('Shares hit a high for the year of $42 in June.', REF, 'the year')?.value).toBe('2021');
    expect(tagText('Festivities marked the year of the dragon.', REF).map((t) => t.text)).not.toContain('the year');
  });
});

describe('half-year reports', () => {
  it('"first-half net profit … from a year-earlier 41 million"', () => {
    const v = values('The dredger reported first-half net profit fell to 27 million euros from a year-earlier 41 million.');
    expect(v['first-half']).toBe('2021-H1');
    expect(v['year-earlier']).toBe('2020-H1');
  });
  it('a month named sentences before is not what "last year" compares with', () => {
    const v = values('Farmers sold 4,000 sheep in March. Buyers paid more. Exports were higher than last year.');
    expect(v['last year']).toBe('2020');
  });
});

describe('"last year\'s" in comparisons', () => {
  it('"up from last year\'s $1.5 billion" is the reported quarter a year back; "last year\'s July" is the year', () => {
    const v = values('Pet food sales rose in the third quarter to $1.7 billion, up from last year\'s $1.5 billion.');
    expect(v['last year']).toBe('2020-Q3');
    const w = values('Registrations fell in July compared to last year\'s July.');
    expect(w['last year']).toBe('2020');
  });
});
