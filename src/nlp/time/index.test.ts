import { describe, expect, it } from 'vitest';
import { Doc } from '../doc.js';
import { segmentStage } from '../segment/stage.js';
import { Resources } from '../stage.js';
import { dateForRange, tagTimes } from './index.js';

function doc(text: string, reference: string): Doc {
  const d = new Doc(text);
  segmentStage.run({ reference, resources: new Resources() }, d);
  tagTimes(d, reference);
  return d;
}

describe('dateForRange', () => {
  it('gives the most precise calendar date stated in the range', () => {
    const d = doc('Last year the two sides met in Oslo on Saturday morning for three hours.', '2021-12-11');
    const result = dateForRange(d, d.sentences[0]);
    expect(result?.value).toBe('2021-12-11');
    expect(d.spanText(d.timexes[result!.timex])).toBe('Saturday morning');
  });

  it('never returns durations, sets or vague references', () => {
    const d = doc('Talks have recently lasted for two days every week.', '2021-12-11');
    expect(dateForRange(d, d.sentences[0])).toBeNull();
  });

  it('looks only inside the range', () => {
    const d = doc('The rebels attacked on Monday. The army responded.', '2021-12-11');
    expect(dateForRange(d, d.sentences[0])?.value).toBe('2021-12-06');
    expect(dateForRange(d, d.sentences[1])).toBeNull();
  });
});
