import { describe, expect, it } from 'vitest';
import { isNameAlias } from './aliases.js';

describe('isNameAlias', () => {
  it('keeps names and drops pronouns and descriptions', () => {
    expect(['Kova', 'The Republic of Klow', 'UN', 'Foreign Minister Anna Kova', 'G7'].map(isNameAlias)).toEqual([true, true, true, true, true]);
    expect(['They', 'she', 'the two envoys', 'The', 'both sides', ''].map(isNameAlias)).toEqual([false, false, false, false, false, false]);
  });
});
