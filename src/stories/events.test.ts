import { describe, expect, it } from 'vitest';
import { datesWithinTolerance, eventMergeKey, groupReports, mergeableAcrossStories, sameEventAcrossStories, sameEventInStory, type MergeableEvent } from './events.js';

const talks: MergeableEvent = {
  category: 'CONSULT', source: ['JPN'], target: ['KOR'], negated: false, modality: 'asserted', date: '2023-03-08', location: 'Tokyo, JPN',
};

describe('event merging', () => {
  it('lets only a placed, day-dated report merge across stories', () => {
    expect(mergeableAcrossStories(talks)).toBe(true);
    expect(mergeableAcrossStories({ ...talks, date: '2023-03-08T14:00' })).toBe(true);
    expect(mergeableAcrossStories({ ...talks, date: '2023-03' })).toBe(false);
    expect(mergeableAcrossStories({ ...talks, location: null })).toBe(false);
    expect(mergeableAcrossStories({ ...talks, date: null })).toBe(false);
  });

  it('keys on category, sides (in any order), polarity and modality', () => {
    expect(eventMergeKey({ ...talks, source: ['USA', 'JPN'] })).toBe(eventMergeKey({ ...talks, source: ['JPN', 'USA'] }));
    expect(eventMergeKey({ ...talks, negated: true })).not.toBe(eventMergeKey(talks));
    expect(eventMergeKey({ ...talks, modality: 'hypothetical' })).not.toBe(eventMergeKey(talks));
  });

  it('compares dates at their resolution with a day of tolerance', () => {
    expect(datesWithinTolerance('2023-03-08', '2023-03-09')).toBe(true);
    expect(datesWithinTolerance('2023-03-08', '2023-03-10')).toBe(false);
    expect(datesWithinTolerance('2023-03', '2023-03-31')).toBe(true);
    expect(datesWithinTolerance('2023-12', '2024-01-01')).toBe(true);
    expect(datesWithinTolerance('2023-03-08', null)).toBe(false);
  });

  it('merges within a story unless dates or places disagree, and never a negated or hypothetical report', () => {
    expect(sameEventInStory(talks, { ...talks, date: null, location: null })).toBe(true);
    expect(sameEventInStory(talks, { ...talks, date: '2023-03-20' })).toBe(false);
    expect(sameEventInStory(talks, { ...talks, location: 'Seoul, KOR' })).toBe(false);
    expect(sameEventInStory(talks, { ...talks, negated: true })).toBe(false);
    expect(sameEventInStory(talks, { ...talks, modality: 'hypothetical' })).toBe(false);
  });

  it('merges across stories only with the same place and day-precise dates within a day', () => {
    expect(sameEventAcrossStories(talks, { ...talks, date: '2023-03-09' })).toBe(true);
    expect(sameEventAcrossStories(talks, { ...talks, date: null })).toBe(false);
    expect(sameEventAcrossStories(talks, { ...talks, location: null })).toBe(false);
    expect(sameEventAcrossStories({ ...talks, date: '2023-03' }, { ...talks, date: '2023-03' })).toBe(false);
  });

  it('groups reports one-to-one per article', () => {
    const reports = [
      { ...talks, articleId: 'a', story: 's' },
      { ...talks, articleId: 'a', story: 's', date: null }, // a second act in the same article
      { ...talks, articleId: 'b', story: 's', date: null },
      { ...talks, articleId: 'c', story: 's', date: null },
      { ...talks, articleId: 'd', story: 't', negated: true },
    ];
    expect(groupReports(reports)).toEqual([0, 1, 0, 0, 2]);
  });
});
