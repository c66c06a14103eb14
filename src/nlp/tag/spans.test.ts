import { describe, expect, it } from 'vitest';
import { entitySpans } from './spans.js';

describe('entitySpans', () => {
  it('reads BIO spans with their types', () => {
    const tags = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'O'];
    expect(entitySpans(tags)).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 6, type: 'LOC' },
    ]);
  });

  it('starts a span at I- after O or after another type (IOB1, conlleval)', () => {
    const tags = ['I-ORG', 'I-ORG', 'O', 'I-PER', 'I-LOC', 'B-LOC', 'I-LOC'];
    expect(entitySpans(tags)).toEqual([
      { start: 0, end: 2, type: 'ORG' },
      { start: 3, end: 4, type: 'PER' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 7, type: 'LOC' },
    ]);
  });

  it('keeps to the given token range and closes a span at its end', () => {
    const tags = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-MISC'];
    expect(entitySpans(tags, { start: 1, end: 3 })).toEqual([{ start: 1, end: 3, type: 'PER' }]);
    expect(entitySpans(tags, { start: 4, end: 5 })).toEqual([{ start: 4, end: 5, type: 'MISC' }]);
  });
});
