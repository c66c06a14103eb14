import { describe, expect, it } from 'vitest';
import type { ConllDocument } from './conll.js';
import { buildChunkDictionary, buildTagDictionary, CHUNK_DICTIONARY_MIN_USES, DICTIONARY_MIN_USES } from './dictionary.js';
import { chunkKey, describeWord } from './features.js';
import { deserializeModel, serializeModel, taggerFromModel, type TaggerModel } from './model.js';
import { PerceptronTrainer } from './weights.js';

/** One document of one-word sentences: each word with its POS tag, `uses` times. */
function documentOf(entries: [word: string, tag: string, uses: number][]): ConllDocument {
  return entries.flatMap(([word, tag, uses]) =>
    Array.from({ length: uses }, () => ({ words: [word], columns: [[tag], ['B-NP'], ['O']] })),
  );
}

describe('the POS tag dictionary', () => {
  const labels = ['DT', 'IN', 'NN', 'VB'];

  it('keeps frequent words with one tag only', () => {
    const enough = DICTIONARY_MIN_USES;
    const dictionary = buildTagDictionary(
      [documentOf([['the', 'DT', enough + 5], ['walk', 'NN', enough], ['walk', 'VB', 6], ['beneath', 'IN', 3]])],
      labels,
    );
    expect(dictionary.get(describeWord('the').raw)).toBe(0);
    expect(dictionary.has(describeWord('walk').raw)).toBe(false);
    expect(dictionary.has(describeWord('beneath').raw)).toBe(false);
  });

  it('decides the tag of a listed word without scoring, and survives the model file', () => {
    const empty = (names: string[]) => new PerceptronTrainer(names).averaged(0);
    const model: TaggerModel = {
      layers: { pos: empty(labels), chunk: empty(['B-NP', 'O']), ner: empty(['O']) },
      lexicon: { truecase: new Map(), gazetteer: new Map(), gazetteerMaxLength: 3, fixedTags: new Map([[describeWord('beneath').raw, 1]]) },
      meta: {},
    };
    const restored = deserializeModel(serializeModel(model));
    expect(restored.lexicon.fixedTags).toEqual(model.lexicon.fixedTags);
    const [tagged] = taggerFromModel(restored).tagDocument([['sat', 'beneath', 'trees']]);
    expect(tagged.pos[1]).toBe('IN');
    expect(tagged.pos[0]).toBe('DT'); // no weights: the first label
  });
});

/** A sentence of CoNLL columns: words with POS and IOB1 chunk tags. */
function sentenceOf(tokens: [word: string, pos: string, chunk: string][]) {
  return { words: tokens.map((t) => t[0]), columns: [tokens.map((t) => t[1]), tokens.map((t) => t[2]), tokens.map(() => 'O')] };
}

describe('the chunk dictionary', () => {
  const posLabels = ['DT', 'IN', 'NN', 'VBD'];
  const chunkLabels = ['B-NP', 'I-NP', 'L-NP', 'O', 'U-NP', 'U-PP', 'U-VP'];

  it('keeps a word with its POS that has one chunk label wherever no chunk is open', () => {
    const many = CHUNK_DICTIONARY_MIN_USES;
    // "across" opens a PP after a closed NP every time; "that" is a one-word NP once
    const sentence = sentenceOf([['convoys', 'NN', 'I-NP'], ['across', 'IN', 'I-PP'], ['that', 'DT', 'I-NP'], ['border', 'NN', 'I-NP']]);
    const pronoun = sentenceOf([['that', 'DT', 'I-NP'], ['fled', 'VBD', 'I-VP']]);
    const dictionary = buildChunkDictionary([Array.from({ length: many }, () => sentence).concat([pronoun])], posLabels, chunkLabels);
    expect(dictionary.get(chunkKey(describeWord('across').raw, 1))).toBe(chunkLabels.indexOf('U-PP'));
    // open chunk before "border": not counted there; "that" is B-NP 100 times, U-NP once
    expect(dictionary.has(chunkKey(describeWord('border').raw, 2))).toBe(false);
    expect(dictionary.has(chunkKey(describeWord('that').raw, 0))).toBe(false);
    // only with the POS it was seen with
    expect(dictionary.has(chunkKey(describeWord('across').raw, 0))).toBe(false);
  });

  it('decides the chunk of a listed word with its POS when no chunk is open, and survives the model file', () => {
    const empty = (names: string[]) => new PerceptronTrainer(names).averaged(0);
    const across = chunkKey(describeWord('across').raw, 1);
    const model: TaggerModel = {
      layers: { pos: empty(posLabels), chunk: empty(chunkLabels), ner: empty(['O']) },
      lexicon: {
        truecase: new Map(),
        gazetteer: new Map(),
        gazetteerMaxLength: 3,
        fixedTags: new Map([[describeWord('across').raw, 1]]),
        fixedChunks: new Map([[across, chunkLabels.indexOf('U-PP')]]),
      },
      meta: {},
    };
    const restored = deserializeModel(serializeModel(model));
    expect(restored.lexicon.fixedChunks).toEqual(model.lexicon.fixedChunks);
    const [tagged] = taggerFromModel(restored).tagDocument([['across', 'fields']]);
    expect(tagged.chunk[0]).toBe('B-PP');
    // no weights: the first label (B-NP) opens a chunk, so a listed word after it is scored
    const [after] = taggerFromModel(restored).tagDocument([['fields', 'across']]);
    expect(after.chunk).toEqual(['B-NP', 'I-NP']);
  });
});
