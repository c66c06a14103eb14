import { describe, expect, it } from 'vitest';
import { bioToBilou, iob1ToBio, parseConll } from './conll.js';

describe('parseConll', () => {
  it('splits documents at -DOCSTART- whether it comes before or after a document', () => {
    const text = [
      'Ann NNP I-NP I-PER', 'sings VBZ I-VP O', '', 'She PRP I-NP O', '',
      '-DOCSTART- -X- O O', '',
      'Oslo NNP I-NP I-LOC', '', '-DOCSTART- -X- O O',
    ].join('\n');
    const docs = parseConll(text);
    expect(docs).toHaveLength(2);
    expect(docs[0].map((s) => s.words)).toEqual([['Ann', 'sings'], ['She']]);
    expect(docs[0][0].columns).toEqual([['NNP', 'VBZ'], ['I-NP', 'I-VP'], ['I-PER', 'O']]);
    expect(docs[1][0].columns[2]).toEqual(['I-LOC']);
  });

  it('reads two-column files', () => {
    const docs = parseConll('Rome I-LOC\nfell O\n\n-DOCSTART- O\n');
    expect(docs[0][0].columns).toEqual([['I-LOC', 'O']]);
  });
});

describe('iob1ToBio', () => {
  it('begins every span with B- and keeps same-type neighbours apart', () => {
    expect(iob1ToBio(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG', 'O'])).toEqual([
      'B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG', 'O',
    ]);
    expect(iob1ToBio(['I-NP', 'B-NP', 'I-NP', 'I-VP', 'O'])).toEqual(['B-NP', 'B-NP', 'I-NP', 'B-VP', 'O']);
  });
});

describe('bioToBilou', () => {
  it('marks the last token of a span and one-token spans', () => {
    expect(bioToBilou(['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'B-ORG'])).toEqual([
      'B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'B-LOC', 'L-LOC', 'U-ORG',
    ]);
  });
});
