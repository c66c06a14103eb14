import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

const words = (text: string) => tokenize(text).map((t) => t.text);
const sentences = (text: string) => {
  const tokens = tokenize(text);
  return splitSentences(text, tokens).map((s) => text.slice(tokens[s.start].start, tokens[s.end - 1].end));
};

describe('tokenize', () => {
  it('keeps character offsets that index the original text', () => {
    const text = 'Envoys met in Oslo on Monday, officials said.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits clitics and punctuation the Penn Treebank way', () => {
    expect(words("Canada's envoy didn't attend the ministers' talks.")).toEqual([
      'Canada', "'s", 'envoy', 'did', "n't", 'attend', 'the', 'ministers', "'", 'talks', '.',
    ]);
  });

  it('keeps initialisms, titles, numbers and hyphenated words whole', () => {
    expect(words('Gen. Mark Smith of the U.S. Army paid $1,200.50 for a two-day visit at 10:30 a.m.')).toEqual([
      'Gen.', 'Mark', 'Smith', 'of', 'the', 'U.S.', 'Army', 'paid', '$', '1,200.50', 'for', 'a', 'two-day',
      'visit', 'at', '10:30', 'a.m.',
    ]);
  });
});

describe('splitSentences', () => {
  it('splits on terminal punctuation and keeps closing quotes with their sentence', () => {
    expect(sentences('He said "we agree." The talks ended. Will they resume?')).toEqual([
      'He said "we agree."', 'The talks ended.', 'Will they resume?',
    ]);
  });

  it('does not split after titles or mid-name initials', () => {
    expect(sentences('Dr. Ana Lee met Mr. J. Ortiz in St. Louis on Friday.')).toHaveLength(1);
  });

  it('ends a sentence at an initialism when a sentence starter follows', () => {
    expect(sentences('The envoy flew to the U.S. The visit lasted a day.')).toHaveLength(2);
    expect(sentences('The U.S. Navy sent a ship.')).toHaveLength(1);
  });

  it('treats a headline line and a blank line as boundaries', () => {
    expect(sentences('Leaders Meet in Rome\nThe leaders met on Friday.\n\nNo deal')).toEqual([
      'Leaders Meet in Rome', 'The leaders met on Friday.', 'No deal',
    ]);
  });
});

describe('name compounds', () => {
  it('splits a name from a common word but keeps other compounds whole', () => {
    expect(words('Iran-backed militias, an anti-Islam film and US-led forces')).toEqual([
      'Iran', '-', 'backed', 'militias', ',', 'an', 'anti', '-', 'Islam', 'film', 'and', 'US', '-', 'led', 'forces',
    ]);
    expect(words('the Indo-Pacific, a two-day visit, al-Assad, mid-November')).toEqual([
      'the', 'Indo-Pacific', ',', 'a', 'two-day', 'visit', ',', 'al-Assad', ',', 'mid', '-', 'November',
    ]);
  });
});

describe('country compounds', () => {
  it('splits compounds made only of country words', () => {
    expect(words('the Russia-Ukraine war at the Kyrgyz-Kazakh border')).toEqual([
      'the', 'Russia', '-', 'Ukraine', 'war', 'at', 'the', 'Kyrgyz', '-', 'Kazakh', 'border',
    ]);
    expect(words('Guinea-Bissau and Nagorno-Karabakh')).toEqual(['Guinea-Bissau', 'and', 'Nagorno-Karabakh']);
  });
});
