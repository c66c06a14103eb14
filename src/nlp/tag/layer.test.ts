import { describe, expect, it } from 'vitest';
import { CHUNK_FEATURES } from './features.js';
import { Layer } from './tagger.js';
import { PerceptronTrainer } from './weights.js';

function layerOf(labels: string[]): Layer {
  return new Layer(0, labels, new PerceptronTrainer(labels), CHUNK_FEATURES);
}

describe('span layers', () => {
  const bilou = ['B-PER', 'I-PER', 'L-PER', 'U-PER', 'B-LOC', 'L-LOC', 'U-LOC', 'O'];
  const at = (label: string) => bilou.indexOf(label);
  const layer = layerOf(bilou);

  it('allow only well-formed BILOU sequences', () => {
    expect(layer.allowed(-1, at('B-PER'))).toBe(true);
    expect(layer.allowed(-1, at('L-PER'))).toBe(false);
    expect(layer.allowed(at('B-PER'), at('L-PER'))).toBe(true);
    expect(layer.allowed(at('B-PER'), at('O'))).toBe(false);
    expect(layer.allowed(at('B-PER'), at('L-LOC'))).toBe(false);
    expect(layer.allowed(at('L-PER'), at('U-LOC'))).toBe(true);
    expect(layer.allowed(at('U-PER'), at('I-PER'))).toBe(false);
  });

  it('report BILOU labels in BIO', () => {
    expect(layer.bioLabels).toEqual(['B-PER', 'I-PER', 'I-PER', 'B-PER', 'B-LOC', 'I-LOC', 'B-LOC', 'O']);
  });

  it('learn toward a reachable label when the previous guess went wrong', () => {
    expect(layer.oracle(at('L-PER'), at('O'))).toBe(at('U-PER'));
    expect(layer.oracle(at('I-PER'), -1)).toBe(at('B-PER'));
    expect(layer.oracle(at('O'), at('B-LOC'))).toBe(at('L-LOC'));
    expect(layer.oracle(at('L-PER'), at('B-PER'))).toBe(at('L-PER'));
  });

  it('keep BIO rules for BIO label sets', () => {
    const bio = layerOf(['B-NP', 'I-NP', 'B-VP', 'I-VP', 'O']);
    expect(bio.allowed(0, 1)).toBe(true);
    expect(bio.allowed(4, 1)).toBe(false);
    expect(bio.allowed(0, 4)).toBe(true);
    expect(bio.oracle(3, 0)).toBe(2);
  });
});
