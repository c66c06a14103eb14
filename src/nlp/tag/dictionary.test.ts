import { describe, expect, it } from 'vitest';
import type { ConllDocument } from './conll.js';
import { buildTagDictionary, DICTIONARY_MIN_USES } from './dictionary.js';
import { describeWord } from './features.js';
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
