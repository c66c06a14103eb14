import { describe, expect, it } from 'vitest';
import { find, tagText } from '../testing.js';

// 2021-12-11 is a Saturday
const REF = '2021-12-11';

describe('weekdays', () => {
  it('past-tense reports take the closest such day on or before the article date', () => {
    expect(find('The minister met his counterpart on Saturday.', REF, 'Saturday')?.value).toBe('2021-12-11');
    expect(find('The minister met his counterpart on Tuesday.', REF, 'Tuesday')?.value).toBe('2021-12-07');
    expect(find('The ministry said Friday that talks had stalled.', REF, 'Friday')?.value).toBe('2021-12-10');
  });

  it('future tense takes the next one', () => {
    expect(find('The leaders will meet on Monday in Rome.', REF, 'Monday')?.value).toBe('2021-12-13');
    expect(find('The summit runs through Sunday in Rome.', REF, 'Sunday')?.value).toBe('2021-12-12');
  });

  it('last / next force the direction', () => {
    expect(find('They spoke last Saturday by phone.', REF, 'last Saturday')?.value).toBe('2021-12-04');
    expect(find('They speak again next Tuesday by phone.', REF, 'next Tuesday')?.value).toBe('2021-12-14');
  });

  it('a weekday with a part of the day is a TIME', () => {
    expect(find('Shelling resumed on Thursday morning near the border.', REF, 'Thursday morning')).toMatchObject({ type: 'TIME', value: '2021-12-09TMO' });
  });

  it('newspapers and programmes named after weekdays are not dates', () => {
    expect(tagText('The Sunday Times reported the leak.', REF)).toEqual([]);
    expect(tagText('He told Fox News Sunday about the plan.', REF).map((t) => t.text)).not.toContain('Sunday');
  });
});

describe('weekday direction from the clause', () => {
  it('a possessive weekday names a day already reported on', () => {
    expect(find("Lawyers will challenge Thursday's verdict in a higher court.", REF, 'Thursday')?.value).toBe('2021-12-09');
    expect(find("Delegates arrived ahead of Monday's vote in the assembly.", REF, 'Monday')?.value).toBe('2021-12-13');
    expect(find("Traders were waiting for Monday's stock report.", REF, 'Monday')?.value).toBe('2021-12-13');
  });

  it('"until" in a past clause looks back, "through" looks forward', () => {
    expect(find('Until Wednesday, the police had not named a suspect.', REF, 'Wednesday')?.value).toBe('2021-12-08');
    expect(find('The embassy stays closed until Wednesday.', REF, 'Wednesday')?.value).toBe('2021-12-15');
    expect(find('Delegates gathered for a summit running through Sunday in Geneva.', REF, 'Sunday')?.value).toBe('2021-12-12');
  });

  it('a plan that has passed is past, a decision to act is future', () => {
    expect(find('The offer had been due to expire Friday evening.', REF, 'Friday evening')?.value).toBe('2021-12-10TEV');
    expect(find('On Tuesday, the cabinet planned to raise fuel prices.', REF, 'Tuesday')?.value).toBe('2021-12-07');
    expect(find('The council decided to hold the vote on Tuesday.', REF, 'Tuesday')?.value).toBe('2021-12-14');
    expect(find('The envoy could arrive as soon as Monday.', REF, 'Monday')?.value).toBe('2021-12-13');
  });

  it('nouns and prepositions that look like cues say nothing', () => {
    expect(find('On Friday, when the minister set aside holiday plans, aid began to flow.', REF, 'Friday')?.value).toBe('2021-12-10');
    expect(find('Two cars exploded next to the ministry on Friday.', REF, 'Friday')?.value).toBe('2021-12-10');
  });
});

describe('a weekday written with its date', () => {
  it('"Monday, Dec. 6" is one expression with the date\'s value', () => {
    expect(find('Monday, Dec. 6: the talks opened in Vienna.', REF, 'Monday, Dec. 6')?.value).toBe('2021-12-06');
    expect(find('The envoy returns on Thursday 16 December.', REF, 'Thursday 16 December')?.value).toBe('2021-12-16');
  });
  it('a date in parentheses stays its own expression', () => {
    expect(tagText('The strike began on Friday (Dec. 10) at dawn.', REF).map((t) => t.text)).toEqual(['Friday', 'Dec. 10']);
  });
});

describe('fixed phrases and tense', () => {
  it('"ahead of" looks forward, "as planned" looks back, "planned a rally" looks forward', () => {
    expect(find('Excerpts were released ahead of publication on Sunday.', REF, 'Sunday')?.value).toBe('2021-12-12');
    expect(find('The offensive began as previously planned on Thursday night.', REF, 'Thursday night')?.value).toBe('2021-12-09TNI');
    expect(find('Farmers planned a large march in the capital on Monday.', REF, 'Monday')?.value).toBe('2021-12-13');
  });
});

describe('"until" a weekday', () => {
  it('a postponement until a weekday looks forward even in the past tense', () => {
    expect(find('The match was postponed until Tuesday.', REF, 'Tuesday')?.value).toBe('2021-12-14');
  });
});

describe('"next", "this coming"', () => {
  it('"next Friday" said on a Thursday is the Friday of next week; "this coming Friday" the first one ahead', () => {
    // 2021-12-09 is a Thursday
    expect(find('Markets will be careful going into next Friday.', '2021-12-09', 'next Friday')?.value).toBe('2021-12-17');
    expect(find('The vote is this coming Friday.', '2021-12-09', 'this coming Friday')?.value).toBe('2021-12-10');
  });
  it('"preparing the race" is no future cue (only "preparing to" and "preparing for" are)', () => {
    expect(find('Organisers were preparing the race late on Friday when a car hit the barrier.', REF, 'Friday')?.value).toBe('2021-12-10');
  });
});

describe('"next" a few days ahead', () => {
  it('"next Sunday" said on a Monday is the coming Sunday; "next Monday" said on a Saturday the day after tomorrow', () => {
    // 2021-12-06 is a Monday, 2021-12-11 a Saturday
    expect(find('The final is next Sunday.', '2021-12-06', 'next Sunday')?.value).toBe('2021-12-12');
    expect(find('Talks resume next Monday.', REF, 'next Monday')?.value).toBe('2021-12-13');
  });
});

describe('modals and base forms', () => {
  it('"will hit the road on Friday" is future ("hit" is a base form after a modal)', () => {
    expect(find('The candidate will hit the road on Friday for a bus tour.', '2021-12-08', 'Friday')?.value).toBe('2021-12-10');
  });
  it('"should cease by Saturday" is future; "could not be located Wednesday" is past', () => {
    expect(find('Forecasters said the rain should cease by Saturday.', '2021-12-08', 'Saturday')?.value).toBe('2021-12-11');
    expect(find('His parents could not be located Wednesday in their home town.', REF, 'Wednesday')?.value).toBe('2021-12-08');
  });
});

describe('quoted phrases inside a clause', () => {
  it('"will make an “important announcement” on Thursday" keeps the clause\'s future', () => {
    expect(find('The minister will make an “important announcement” on Thursday at the central bank.', '2021-12-08', 'Thursday')?.value).toBe('2021-12-09');
  });
});

describe('"since" a weekday', () => {
  it('is the last one', () => {
    expect(find('The border will stay shut, as it has been since Tuesday.', REF, 'Tuesday')?.value).toBe('2021-12-07');
  });
});
