import { beforeAll, describe, expect, it } from 'vitest';
import { Pipeline } from '../pipeline.js';
import { segmentStage } from '../segment/stage.js';
import { deserializeModel, loadTagger, serializeModel, taggerFromModel, type TaggerModel } from './model.js';
import { entitySpans } from './spans.js';
import { tagStage } from './stage.js';
import type { Tagger } from './tagger.js';
import { PerceptronTrainer } from './weights.js';
import { describeWord, MAX_FEATURES, SentenceFeatures } from './features.js';

let tagger: Tagger;
let loadMs = 0;

beforeAll(() => {
  const started = performance.now();
  tagger = loadTagger();
  loadMs = performance.now() - started;
});

function entities(text: string): { text: string; type: string }[] {
  const pipeline = new Pipeline({ stages: [segmentStage, tagStage] });
  pipeline.resources.set('tagger', tagger);
  const doc = pipeline.run({ text, date: '2024-03-04' });
  return doc.sentences.flatMap((range) =>
    entitySpans(doc.ner, range).map((span) => ({ text: doc.spanText(span), type: span.type })),
  );
}

function isWellFormedBio(tags: readonly string[]): boolean {
  return tags.every((tag, i) => {
    if (!tag.startsWith('I-')) return true;
    const previous = tags[i - 1] ?? 'O';
    return previous.slice(2) === tag.slice(2) && previous !== 'O';
  });
}

describe('the trained tagger', () => {
  it('loads in well under a second', () => {
    expect(loadMs).toBeLessThan(1000);
  });

  it('finds people and places in a sentence it never saw', () => {
    const found = entities('German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Monday.');
    expect(found).toContainEqual({ text: 'Angela Merkel', type: 'PER' });
    expect(found).toContainEqual({ text: 'Emmanuel Macron', type: 'PER' });
    expect(found).toContainEqual({ text: 'Paris', type: 'LOC' });
    expect(found.some((e) => e.text.includes('Monday'))).toBe(false);
  });

  it('tags organisations and copes with an all-caps dateline', () => {
    const found = entities('NAIROBI — The World Bank said on Tuesday it would lend Kenya $750 million.');
    expect(found).toContainEqual({ text: 'NAIROBI', type: 'LOC' });
    expect(found).toContainEqual({ text: 'World Bank', type: 'ORG' });
    expect(found).toContainEqual({ text: 'Kenya', type: 'LOC' });
  });

  it('fills every layer for every token, in well-formed BIO', () => {
    const pipeline = new Pipeline({ stages: [segmentStage, tagStage] });
    pipeline.resources.set('tagger', tagger);
    const doc = pipeline.run({
      text: 'Protesters marched through the capital. Police in Santiago did n\'t intervene, officials said.',
      date: '2024-03-04',
    });
    for (const layer of [doc.pos, doc.chunk, doc.ner]) expect(layer).toHaveLength(doc.tokens.length);
    expect(doc.pos.every((tag) => /^[A-Z$(),.:"`'#-]+$/.test(tag))).toBe(true);
    expect(doc.pos[0]).toBe('NNS');
    expect(doc.chunk[0]).toBe('B-NP');
    for (const range of doc.sentences) {
      expect(isWellFormedBio(doc.chunk.slice(range.start, range.end))).toBe(true);
      expect(isWellFormedBio(doc.ner.slice(range.start, range.end))).toBe(true);
    }
  });
});

describe('model files', () => {
  it('round-trip through serialisation with the same predictions', () => {
    const labels = { pos: ['DT', 'NN', 'VBZ'], chunk: ['B-NP', 'I-NP', 'B-VP', 'O'], ner: ['B-PER', 'I-PER', 'O'] };
    const trainers = {
      pos: new PerceptronTrainer(labels.pos),
      chunk: new PerceptronTrainer(labels.chunk),
      ner: new PerceptronTrainer(labels.ner),
    };
    const lexicon = { truecase: new Map([[describeWord('dog').lower, 1]]), gazetteer: new Map(), gazetteerMaxLength: 3 };
    const examples: [string[], number[], number[], number[]][] = [
      [['the', 'dog', 'barks'], [0, 1, 2], [0, 1, 2], [2, 2, 2]],
      [['Rex', 'barks'], [1, 2], [0, 2], [0, 2]],
      [['a', 'cat', 'sleeps'], [0, 1, 2], [0, 1, 2], [2, 2, 2]],
    ];
    const features = new Int32Array(MAX_FEATURES);
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const [words, pos, chunk, ner] of examples) {
        const s = new SentenceFeatures(words.map(describeWord), lexicon, null);
        s.pos.set(pos);
        s.chunk.set(chunk);
        words.forEach((_, i) => {
          const count = tagger.ner.features(s, i, features);
          trainers.ner.learn(features, count, ner[i], 2);
        });
      }
    }
    const sparse = (t: PerceptronTrainer) => t.averaged(0);
    const model: TaggerModel = {
      layers: { pos: sparse(trainers.pos), chunk: sparse(trainers.chunk), ner: sparse(trainers.ner) },
      lexicon,
      meta: { test: true },
    };
    const restored = deserializeModel(serializeModel(model));
    expect(restored.meta).toEqual({ test: true });
    expect(Array.from(restored.layers.ner.keys)).toEqual(Array.from(model.layers.ner.keys));
    expect(restored.lexicon.truecase).toEqual(lexicon.truecase);
    const original = taggerFromModel(model).tagDocument([['Rex', 'barks']]);
    expect(taggerFromModel(restored).tagDocument([['Rex', 'barks']])).toEqual(original);
    expect(original[0].ner[0]).toBe('B-PER');
  });
});
