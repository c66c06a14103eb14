import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../src/service/evaluate.js';
import { formatScores, loadDocs, pyFixed3, pyRound, scoreGold, type DocSet, type ScoredDoc } from './gold.js';

const SHARED = fileURLToPath(new URL('../../shared/gold/', import.meta.url));
const DEV = path.join(SHARED, 'dev');
const SCORER = path.join(SHARED, 'score_gold.py');

// Two invented articles.
const TEXT_1 = 'On Tuesday the Ruritanian envoy met Freedonian officials in Fredville. They did not sign a deal.';
const TEXT_2 = 'Freedonia expelled two Ruritanian diplomats last week, the ministry said on Friday.';

function goldSet(): DocSet {
  return {
    one: {
      id: 'one', text: TEXT_1, story: 's1',
      times: [{ text: 'Tuesday', type: 'DATE', value: '2022-05-03' }],
      mentions: [{ text: 'Ruritanian', type: 'MISC' }, { text: 'Freedonian', type: 'MISC' }, { text: 'Fredville', type: 'LOC' }],
      events: [
        { category: 'CONSULT', source: ['RUR'], target: ['FRD'], date: '2022-05-03', negated: false, modality: 'asserted' },
        { category: 'AGREE', source: ['RUR'], target: ['FRD'], date: null, negated: true, modality: 'asserted' },
      ],
    },
    two: {
      id: 'two', text: TEXT_2, story: 's2',
      times: [{ text: 'last week', type: 'DATE', value: '2022-W18' }, { text: 'Friday', type: 'DATE', value: '2022-05-13' }],
      mentions: [{ text: 'Freedonia', type: 'LOC' }, { text: 'Ruritanian', type: 'MISC' }],
      events: [{ category: 'SANCTION', source: ['FRD'], target: ['RUR'], date: '2022-W18', negated: false, modality: 'asserted' }],
    },
  };
}

describe('gold scorer', () => {
  it('scores a perfect prediction 1 everywhere', () => {
    const gold = goldSet();
    const res = scoreGold(gold, goldSet());
    expect(res.times).toMatchObject({ p: 1, r: 1, f1: 1, value_f1: 1, value_acc: 1, gold: 3, pred: 3 });
    expect(res.mentions).toMatchObject({ p: 1, r: 1, f1: 1, gold: 5, pred: 5, by_type: { PER: 0, ORG: 0, LOC: 1, MISC: 1 } });
    expect(res.events).toMatchObject({ f1: 1, matched: 3, date_acc: 1, negated_acc: 1, modality_acc: 1 });
    // no pair shares a story: no gold pairs, so the pairwise scores are 0 by definition
    expect(res.stories).toMatchObject({ gold_pairs: 0, pred_pairs: 0, f1: 0 });
  });

  it('scores an empty prediction 0', () => {
    const res = scoreGold(goldSet(), {});
    expect([res.times.f1, res.times.value_f1, res.mentions.f1, res.events.f1]).toEqual([0, 0, 0, 0]);
    expect(res.events).toMatchObject({ gold: 3, pred: 0, matched: 0, date_acc: 0 });
  });

  it('scores a partial prediction to the hand-computed values', () => {
    const pred: DocSet = {
      one: {
        times: [{ text: 'Tuesday the', value: '2022-05-10' }],
        mentions: [{ text: 'Ruritanian', type: 'MISC' }, { text: 'Fredville', type: 'ORG' }],
        events: [
          { category: 'CONSULT', source: ['RUR', 'XXX'], target: 'FRD', date: null },
          { category: 'ACCUSE', source: ['RUR'], target: ['FRD'] },
        ],
        story: 'x',
      },
      two: {
        times: [{ text: 'week', value: '2022-W18' }, { text: 'week', value: '2022-W18' }],
        mentions: [{ text: 'Freedonia', type: 'LOC' }],
        events: [{ category: 'SANCTION', source: ['FRD'], target: ['RUR'], date: '2022-W18', modality: 'planned' }],
        story: 'x',
      },
    };
    const res = scoreGold(goldSet(), pred);
    // times: 2 of 3 gold found by overlap; 2 distinct predicted (text, value); 1 value right
    expect(res.times.gold).toBe(3);
    expect(res.times.pred).toBe(2);
    expect(res.times.p).toBeCloseTo(1);
    expect(res.times.r).toBeCloseTo(2 / 3);
    expect(res.times.value_acc).toBeCloseTo(0.5);
    expect(res.times.value_f1).toBeCloseTo((2 * 0.5 * (1 / 3)) / (0.5 + 1 / 3));
    // mentions: 2 right of 3 predicted, 5 gold
    expect(res.mentions.p).toBeCloseTo(2 / 3);
    expect(res.mentions.r).toBeCloseTo(2 / 5);
    // LOC: 1 of 1 predicted, 2 gold (F 2/3); MISC: 1 of 1 predicted, 3 gold (F 0.5)
    expect(res.mentions.by_type).toEqual({ PER: 0, ORG: 0, LOC: pyRound(2 / 3, 3), MISC: 0.5 });
    // events: CONSULT and SANCTION match (2 of 3 predicted, 2 of 3 gold); one date right, negation right, one modality right
    expect(res.events).toMatchObject({ matched: 2, gold: 3, pred: 3, date_acc: 0.5, negated_acc: 1, modality_acc: 0.5 });
    expect(res.events.f1).toBeCloseTo(2 / 3);
    // stories: the only predicted pair is not a gold pair
    expect(res.stories).toMatchObject({ pred_pairs: 1, gold_pairs: 0, p: 0 });
  });

  it('pairs a gold event with the candidate that agrees on most attributes, whatever the order', () => {
    const gold: DocSet = { d: { text: 'x', events: [{ category: 'ASSAULT', source: ['A'], target: ['B'], date: '2020-01', negated: true, modality: 'asserted' }] } };
    const pred: DocSet = {
      d: { events: [
        { category: 'ASSAULT', source: ['A'], target: ['B'], date: null, negated: false },
        { category: 'ASSAULT', source: ['A'], target: ['B'], date: '2020-01', negated: true },
      ] },
    };
    const res = scoreGold(gold, pred);
    expect(res.events).toMatchObject({ matched: 1, date_acc: 1, negated_acc: 1 });
  });

  it('rounds and formats like Python', () => {
    expect(pyRound(0.0625, 3)).toBe(0.062); // exact tie: to even
    expect(pyRound(0.0675, 3)).toBe(0.068); // 0.0675 is slightly above the tie in binary
    expect(pyRound(2 / 3, 3)).toBe(0.667);
    expect(pyFixed3(1)).toBe('1.000');
    expect(pyFixed3(0.0005)).toBe('0.001'); // 0.0005 is just above the tie in binary
    const lines = formatScores(scoreGold(goldSet(), goldSet()));
    expect(lines[0]).toBe('times p=1.0 r=1.0 f1=1.0 value_f1=1.0 value_acc=1.0 gold=3 pred=3');
    expect(lines[1]).toBe("mentions p=1.0 r=1.0 f1=1.0 gold=5 pred=5 by_type={'PER': 0.0, 'ORG': 0.0, 'LOC': 1.0, 'MISC': 1.0}");
    expect(lines.at(-1)).toBe('summary docs=2 time_value_f1=1.000 mention_f1=1.000 event_f1=1.000 story_f1=0.000');
  });
});

/** A deterministic, imperfect prediction from a gold document (exercises every branch of the scorer). */
function perturb(doc: ScoredDoc, index: number): ScoredDoc {
  const times = (doc.times ?? []).filter((_, i) => i % 3 !== 1).map((t, i) => ({
    ...t, text: i % 4 === 2 ? (t.text ?? '').split(' ').at(-1) : t.text, value: i % 2 ? 'XXXX-XX-XX' : t.value,
  }));
  const mentions = (doc.mentions ?? []).filter((_, i) => i % 4 !== 3).map((m, i) => (i % 5 === 4 ? { ...m, type: 'MISC' } : m));
  const events = (doc.events ?? []).flatMap((e, i) => {
    if (i % 4 === 3) return [];
    const copy = { ...e, date: i % 3 === 1 ? null : e.date, negated: i % 5 === 2 ? !e.negated : e.negated };
    return i % 2 ? [copy, { ...copy, category: 'ACCUSE' }] : [copy];
  });
  return { id: doc.id, times, mentions, events, story: index % 3 ? 'story-a' : doc.story };
}

const python = spawnSync('python3', ['--version']).status === 0;

describe.skipIf(!python || !existsSync(SCORER))('agreement with score_gold.py', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('prints the same lines and numbers on perturbed dev gold', () => {
    const gold = loadDocs(DEV);
    const predDir = mkdtempSync(path.join(tmpdir(), 'annals-pred-'));
    dirs.push(predDir);
    mkdirSync(predDir, { recursive: true });
    const pred: DocSet = {};
    Object.entries(gold).forEach(([id, doc], i) => {
      if (i % 7 === 6) return; // a missing prediction counts as empty
      pred[id] = perturb(doc, i);
      writeFileSync(path.join(predDir, `${id}.json`), JSON.stringify(pred[id]));
    });
    const ours = scoreGold(gold, loadDocs(predDir));
    const theirs = JSON.parse(execFileSync('python3', [SCORER, DEV, predDir, '--json'], { encoding: 'utf8' }));
    expect(ours).toEqual(theirs);
    const printed = execFileSync('python3', [SCORER, DEV, predDir], { encoding: 'utf8' }).trimEnd().split('\n');
    expect(formatScores(ours)).toEqual(printed);
    expect(ours.events.matched).toBeGreaterThan(0);
    expect(ours.events.f1).toBeLessThan(1);
  });

  it('agrees on the pipeline\'s own predictions for the dev gold (what `annals eval` prints)', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'annals-eval-'));
    dirs.push(outDir);
    const result = await evaluate(DEV, { outDir });
    const printed = execFileSync('python3', [SCORER, DEV, outDir], { encoding: 'utf8' }).trimEnd().split('\n');
    expect(result.lines).toEqual(printed);
  });
});
