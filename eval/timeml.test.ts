import { describe, expect, it } from 'vitest';
import { countDocument, parseTimeML, scores, type SpanTimex } from './timeml.js';

const t = (start: number, end: number, type: string, value: string): SpanTimex => ({ start, end, type, value });

describe('TimeML parsing', () => {
  it('strips tags, decodes entities and keeps gold offsets in the stripped text', () => {
    const xml = `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-18" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Smith &amp; Co. <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-17">Monday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT2H" mod="APPROX">about two hours</TIMEX3>.</TEXT></TimeML>`;
    const doc = parseTimeML(xml);
    expect(doc.dct).toBe('1998-08-18');
    expect(doc.text).toBe('Smith & Co. met Monday for about two hours.');
    expect(doc.gold.map((g) => doc.text.slice(g.start, g.end))).toEqual(['Monday', 'about two hours']);
    expect(doc.gold[1]).toMatchObject({ type: 'DURATION', value: 'PT2H', mod: 'APPROX' });
  });
});

describe('TempEval-3 scores', () => {
  // gold: A [0,6) DATE 2000-01-01, B [10,20) DURATION P2D, C [30,35) DATE 2000-01-03, D [40,45) SET P1D
  const gold = [t(0, 6, 'DATE', '2000-01-01'), t(10, 20, 'DURATION', 'P2D'), t(30, 35, 'DATE', '2000-01-03'), t(40, 45, 'SET', 'P1D')];
  // system: exact A right; B overlapped with wrong type and value; C overlapped, right value;
  // one spurious; D missed
  const system = [t(0, 6, 'DATE', '2000-01-01'), t(12, 20, 'DATE', 'P3D'), t(28, 35, 'DATE', '2000-01-03'), t(50, 55, 'DATE', 'PAST_REF')];

  it('computes strict and relaxed spans, type and value on hand-checked counts', () => {
    const c = countDocument(gold, system);
    expect(c).toMatchObject({ gold: 4, system: 4, strictGold: 1, strictSystem: 1, relaxedGold: 3, relaxedSystem: 3, pairs: 3, typeCorrect: 2, valueCorrect: 2 });
    const s = scores(c);
    expect(s.strictP).toBeCloseTo(0.25);
    expect(s.strictR).toBeCloseTo(0.25);
    expect(s.relaxedP).toBeCloseTo(0.75);
    expect(s.relaxedR).toBeCloseTo(0.75);
    expect(s.relaxedF1).toBeCloseTo(0.75);
    expect(s.typeAccuracy).toBeCloseTo(2 / 3);
    expect(s.valueAccuracy).toBeCloseTo(2 / 3);
    expect(s.valueP).toBeCloseTo(0.5);
    expect(s.valueR).toBeCloseTo(0.5);
    expect(s.valueF1).toBeCloseTo(0.5);
  });

  it('pairs one system timex with at most one gold timex', () => {
    const c = countDocument([t(0, 5, 'DATE', 'a'), t(6, 10, 'DATE', 'b')], [t(0, 10, 'DATE', 'a')]);
    expect(c.relaxedGold).toBe(2);
    expect(c.pairs).toBe(1);
    expect(c.valueCorrect).toBe(1);
  });
});
