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
