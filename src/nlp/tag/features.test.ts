import { describe, expect, it } from 'vitest';
import {
  Casing,
  casingOf,
  describeWord,
  DocumentMemory,
  MAX_FEATURES,
  nerFeatures,
  posFeatures,
  SentenceFeatures,
  wordShape,
  phraseHash,
  normaliseTypography,
  type Lexicon,
} from './features.js';

const emptyLexicon: Lexicon = { truecase: new Map(), gazetteer: new Map(), gazetteerMaxLength: 4 };

function featuresOf(words: string[], lexicon = emptyLexicon, at = 1): number[] {
  const s = new SentenceFeatures(words.map(describeWord), lexicon, new DocumentMemory());
  const out = new Int32Array(MAX_FEATURES);
  const count = nerFeatures(s, at, out);
  return Array.from(out.subarray(0, count));
}

describe('word descriptions', () => {
  it('collapses shapes and classifies casing', () => {
    expect(wordShape('McDonald')).toBe('XxXx');
    expect(wordShape('1996-08-30')).toBe('d-d-d');
    expect(wordShape('U.N.')).toBe('X.X.');
    expect(casingOf('Paris')).toBe(Casing.Title);
    expect(casingOf('NATO')).toBe(Casing.Upper);
    expect(casingOf('iPhone')).toBe(Casing.Mixed);
    expect(casingOf('42')).toBe(Casing.NoLetters);
  });
});

describe('entity starts', () => {
  it('lets capitalised words and numbers begin an entity, not lower-case words or punctuation', () => {
    expect(['Kabul', 'NATO', 'iPhone', '1860', '49ers'].map((w) => describeWord(w).opensEntity)).toEqual([true, true, true, true, true]);
    expect(['rebels', 'de', ',', '"', '--', '(', '…'].map((w) => describeWord(w).opensEntity)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('typography', () => {
  it('describes curly quotes, dashes and ellipses like their ASCII forms', () => {
    expect(normaliseTypography('“')).toBe('"');
    expect(normaliseTypography('’s')).toBe("'s");
    expect(normaliseTypography('—')).toBe('-');
    expect(normaliseTypography('…')).toBe('...');
    expect(normaliseTypography('Zürich')).toBe('Zürich');
    expect(describeWord('’s')).toEqual(describeWord("'s"));
  });
});

describe('feature extraction', () => {
  it('is deterministic and depends on the words', () => {
    const words = ['The', 'minister', 'visited', 'Lagos', '.'];
    expect(featuresOf(words)).toEqual(featuresOf([...words]));
    expect(featuresOf(words, emptyLexicon, 3)).not.toEqual(featuresOf(['The', 'minister', 'visited', 'Accra', '.'], emptyLexicon, 3));
  });

  it('fires gazetteer features for a listed phrase only', () => {
    const words = ['in', 'New', 'Zealand', 'today'];
    const key = phraseHash(['new', 'zealand'].map((w) => describeWord(w).lower));
    const lexicon: Lexicon = { truecase: new Map(), gazetteer: new Map([[key, 1 << 2]]), gazetteerMaxLength: 4 };
    const s = new SentenceFeatures(words.map(describeWord), lexicon, null);
    expect(Array.from(s.gazetteer)).toEqual([0, 1 << 2, 1 << 6, 0]);
    expect(featuresOf(words, lexicon, 1).length).toBeGreaterThan(featuresOf(words, emptyLexicon, 1).length);
  });

  it('truecases the shape of words in all-caps lines from the usual casing', () => {
    const lexicon: Lexicon = {
      truecase: new Map([[describeWord('rebels').lower, Casing.Lower], [describeWord('kabul').lower, Casing.Title]]),
      gazetteer: new Map(),
      gazetteerMaxLength: 4,
    };
    const s = new SentenceFeatures(['REBELS', 'ENTER', 'KABUL'].map(describeWord), lexicon, null);
    expect(s.allCaps).toBe(1);
    expect(s.shape[0]).toBe(describeWord('rebels').shape);
    expect(s.shape[2]).toBe(describeWord('Kabul').shape);
    expect(s.shape[1]).toBe(describeWord('ENTER').shape);
    expect(s.rawShape[0]).toBe(describeWord('REBELS').shape);
  });

  it('stays within the feature buffer', () => {
    const s = new SentenceFeatures(['a'].map(describeWord), emptyLexicon, null);
    const out = new Int32Array(MAX_FEATURES);
    expect(posFeatures(s, 0, out)).toBeLessThanOrEqual(MAX_FEATURES);
  });
});
