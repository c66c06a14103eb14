import { describe, expect, it } from 'vitest';
import { scoreSpans, tokenAccuracy } from './conll.js';

describe('scoreSpans (conlleval semantics)', () => {
  it('counts only exact span and type matches', () => {
    const gold = [['I-PER', 'I-PER', 'O', 'I-LOC', 'O', 'I-ORG']];
    const predicted = [['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'B-ORG']];
    const report = scoreSpans(gold, predicted);
    expect(report.byType.PER).toMatchObject({ correct: 1, predicted: 1, gold: 1, f1: 1 });
    expect(report.byType.LOC).toMatchObject({ correct: 0, predicted: 0, gold: 1, recall: 0 });
    expect(report.byType.ORG).toMatchObject({ correct: 1, predicted: 2, gold: 1, precision: 0.5, recall: 1 });
    expect(report.overall).toMatchObject({ correct: 2, predicted: 3, gold: 3 });
    expect(report.overall.f1).toBeCloseTo(2 / 3, 10);
  });

  it('treats a partial span as both a false positive and a miss', () => {
    const report = scoreSpans([['I-ORG', 'I-ORG', 'I-ORG']], [['B-ORG', 'I-ORG', 'O']]);
    expect(report.overall).toMatchObject({ correct: 0, predicted: 1, gold: 1, f1: 0 });
  });

  it('reads IOB1 gold where B- separates two adjacent spans of one type', () => {
    const gold = [['I-LOC', 'B-LOC', 'O']];
    expect(scoreSpans(gold, [['B-LOC', 'B-LOC', 'O']]).overall.f1).toBe(1);
    expect(scoreSpans(gold, [['B-LOC', 'I-LOC', 'O']]).overall).toMatchObject({ correct: 0, predicted: 1, gold: 2 });
  });

  it('scores sentences independently (a span never crosses a sentence end)', () => {
    const report = scoreSpans([['I-PER'], ['I-PER']], [['B-PER'], ['I-PER']]);
    expect(report.overall).toMatchObject({ correct: 2, predicted: 2, gold: 2 });
  });

  it('gives zero scores, not NaN, when nothing is predicted', () => {
    const report = scoreSpans([['I-MISC']], [['O']]);
    expect(report.overall).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('tokenAccuracy', () => {
  it('is the share of equal tags', () => {
    expect(tokenAccuracy([['NN', 'VBZ'], ['DT']], [['NN', 'VBD'], ['DT']])).toBeCloseTo(2 / 3, 10);
  });
});
