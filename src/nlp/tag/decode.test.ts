import { beforeAll, describe, expect, it } from 'vitest';
import { loadTagger } from './model.js';
import { RowArena } from './row-arena.js';
import { Tagger } from './tagger.js';
import type { Scorer } from './weights.js';

let tagger: Tagger;

beforeAll(() => {
  tagger = loadTagger();
});

/** The same weights behind a plain Scorer: the tagger then looks up every feature per token. */
function uncached(scorer: Scorer): Scorer {
  return { labelCount: scorer.labelCount, score: (features, count, scores) => scorer.score(features, count, scores) };
}

const DOCUMENT = [
  ['KHARTOUM', ',', 'March', '3', '(', 'Reuters', ')', '-', 'SUDAN', 'CLOSES', 'BORDER', 'WITH', 'CHAD'],
  ['The', 'Sudanese', 'army', 'said', 'on', 'Sunday', 'it', 'had', 'sealed', 'the', 'frontier', 'near', 'El', 'Geneina', '.'],
  ['Chad', "'s", 'foreign', 'minister', ',', 'Ahmat', 'Mahamat', ',', 'called', 'the', 'move', '"', 'unacceptable', '"', '.'],
  ['Mahamat', 'will', 'travel', 'to', 'Addis', 'Ababa', 'to', 'brief', 'the', 'African', 'Union', 'next', 'week', '.'],
];

describe('cached decoding', () => {
  it('gives the labels that scoring every feature per token gives', () => {
    const plain = new Tagger(
      { pos: tagger.pos.labels, chunk: tagger.chunk.labels, ner: tagger.ner.labels },
      { pos: uncached(tagger.pos.scorer), chunk: uncached(tagger.chunk.scorer), ner: uncached(tagger.ner.scorer) },
      tagger.lexicon,
    );
    const expected = plain.tagDocument(DOCUMENT);
    expect(tagger.tagDocument(DOCUMENT)).toEqual(expected);
    // again, now that every word's rows are cached
    expect(tagger.tagDocument(DOCUMENT)).toEqual(expected);
    expect(expected[3].ner.slice(0, 1)).toEqual(['B-PER']);
  });
});

describe('decoding shortcuts', () => {
  it('puts a sentence-final period outside chunks without scoring it', () => {
    const [tagged] = tagger.tagDocument([['Troops', 'shelled', 'the', 'port', ',', 'officials', 'said', '.']]);
    expect(tagged.pos.at(-1)).toBe('.');
    expect(tagged.chunk.at(-1)).toBe('O');
    expect(tagged.chunk.slice(0, 4)).toEqual(['B-NP', 'B-VP', 'B-NP', 'I-NP']);
  });
});

describe('row arenas', () => {
  it('start a new epoch instead of growing past their limit', () => {
    const arena = new RowArena(null, 1 << 21);
    const epoch = arena.epoch;
    arena.reserve(1);
    expect(arena.allocate()).toBe(0);
    arena.reserve(1);
    expect(arena.allocate()).toBe(1 << 21);
    expect(arena.epoch).toBe(epoch);
    arena.reserve(1);
    expect(arena.epoch).not.toBe(epoch);
    expect(arena.allocate()).toBe(0);
  });
});
