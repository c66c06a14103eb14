import { describe, expect, it } from 'vitest';
import { MARK_CLOSE, MARK_OPEN, parseSnippet } from './snippet.js';

describe('parseSnippet', () => {
  it('turns markers into offsets and removes them', () => {
    const marked = `…the ${MARK_OPEN}envoys${MARK_CLOSE} met in ${MARK_OPEN}Vienna${MARK_CLOSE}.`;
    const { text, highlights } = parseSnippet(marked);
    expect(text).toBe('…the envoys met in Vienna.');
    expect(highlights.map(([s, e]) => text.slice(s, e))).toEqual(['envoys', 'Vienna']);
  });

  it('ignores an unbalanced close and keeps text without markers as is', () => {
    expect(parseSnippet(`a${MARK_CLOSE}b`)).toEqual({ text: 'ab', highlights: [] });
    expect(parseSnippet('<b>plain</b>')).toEqual({ text: '<b>plain</b>', highlights: [] });
  });
});
