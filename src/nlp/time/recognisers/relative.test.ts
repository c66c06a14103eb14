import { describe, expect, it } from 'vitest';
import { find, tagText } from '../testing.js';

const REF = '2021-12-11';

describe('relative expressions', () => {
  it.each([
    ['Troops withdrew yesterday from the town.', 'yesterday', 'DATE', '2021-12-10'],
    ['The council meets today in closed session.', 'today', 'DATE', '2021-12-11'],
    ['The president speaks tonight on television.', 'tonight', 'TIME', '2021-12-11TNI'],
    ['Prices rose this week across the region.', 'this week', 'DATE', '2021-W49'],
    ['Washington announced the boycott last week.', 'last week', 'DATE', '2021-W48'],
    ['Inflation fell last month to 3%.', 'last month', 'DATE', '2021-11'],
    ['The games open next year in Beijing.', 'next year', 'DATE', '2022'],
    ['The army took the town two weeks ago.', 'two weeks ago', 'DATE', '2021-W47'],
    ['Exports fell earlier this month.', 'earlier this month', 'DATE', '2021-12'],
    ['A deal is expected later this year.', 'later this year', 'DATE', '2021'],
  ])('%s', (sentence, span, type, value) => {
    expect(find(sentence, REF, span)).toMatchObject({ type, value });
  });

  it('"early November" keeps its modifier out of the value', () => {
    expect(find('He took office in early November.', REF, 'early November')).toMatchObject({ value: '2021-11', mod: 'START' });
  });

  it('"in three days" is a future date', () => {
    expect(find('The envoy will return in three days to resume talks.', REF, 'three days')).toMatchObject({ type: 'DATE', value: '2021-12-14' });
  });

  it('anchored references count from the last stated date, not the article date', () => {
    const tagged = tagText('The rebels entered the city on October 3. The following day, the army withdrew. A day later, talks began.', REF);
    expect(tagged.map((t) => [t.text, t.value])).toEqual([
      ['October 3', '2021-10-03'],
      ['The following day', '2021-10-04'],
      ['A day later', '2021-10-05'],
    ]);
  });

  it('"a day earlier" without a stated date counts from the article date', () => {
    expect(find('A day earlier, protesters had gathered.', REF, 'A day earlier')?.value).toBe('2021-12-10');
  });

  it('"the previous day"', () => {
    expect(find('On December 5 the talks failed. Shelling had resumed the previous day.', REF, 'the previous day')?.value).toBe('2021-12-04');
  });
});

describe('quoted relative expressions', () => {
  it('count from the day the words were spoken', () => {
    const tagged = tagText('"The talks will resume tomorrow," the envoy said on Tuesday.', '2021-12-11');
    expect(tagged.map((t) => [t.text, t.value])).toEqual([
      ['tomorrow', '2021-12-08'],
      ['Tuesday', '2021-12-07'],
    ]);
  });

  it('a quotation right after the sentence that states the day was spoken that day, even over several sentences', () => {
    const text = 'The minister said on Tuesday that aid would flow. “We are proud to help our neighbours. The first convoy leaves tomorrow,” she wrote.';
    expect(find(text, '2021-12-11', 'tomorrow')?.value).toBe('2021-12-08');
  });

  it('an unclosed quotation ends with its paragraph', () => {
    const text = 'The minister said on Tuesday that “aid would flow.\n\nThe first convoy leaves tomorrow from the port.';
    expect(find(text, '2021-12-11', 'tomorrow')?.value).toBe('2021-12-12');
  });

  it('outside quotes they count from the article date', () => {
    expect(find('The talks resume tomorrow, the envoy said on Tuesday.', '2021-12-11', 'tomorrow')?.value).toBe('2021-12-12');
  });
});

describe('"later"', () => {
  it('"two years later" is a duration of the count alone', () => {
    expect(find('Two years later, the refugees returned.', '2021-12-11', 'Two years')).toMatchObject({ type: 'DURATION', value: 'P2Y' });
  });
});

describe("today's", () => {
  it('names the day before an ordinary noun, the present age before a generic one', () => {
    expect(find("The offer appears in today's editions of the paper.", REF, 'today')?.value).toBe('2021-12-11');
    expect(tagText("Today's youth read little news.", REF)).toEqual([]);
    expect(tagText("Machines shape today's world.", REF)).toEqual([]);
  });
});

describe('apposition', () => {
  it('"Dec. 3, the day before the vote" names the date just given', () => {
    const tagged = tagText('Prices peaked on Dec. 3, the day before the vote, and fell after.', REF);
    expect(tagged.find((t) => t.text === 'the day')?.value).toBe('2021-12-03');
  });
});

describe('quotations after a day that is not the day of speaking', () => {
  it('"the flight on Friday. “They had scans yesterday,”" counts from the article date', () => {
    const text = 'Both players will miss the flight to Riga on Friday. “They had scans yesterday and they are out,” the coach said.';
    expect(find(text, '2021-12-08', 'yesterday')?.value).toBe('2021-12-07');
  });
});
