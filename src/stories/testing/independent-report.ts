// Runs the independent-reports corpus (independent.ts) through `annotate` exactly as the CLI does
// (pipeline, profile from the annotation, story index), then measures every same-story pair and
// every distractor pair with decideLink, and the pairwise precision / recall / F1 of the clusters.
//   npx tsx src/stories/testing/independent-report.ts
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Annotation } from '../../nlp/annotation.js';
import type { Pipeline } from '../../nlp/pipeline.js';
import { annotate } from '../../service/annotate.js';
import { decideLink, type LinkDecision } from '../link.js';
import { buildProfile, type StoryProfile } from '../profile.js';
import { corpusJsonl } from './services.js';
import { HARD_DISTRACTORS, INDEPENDENT_STORIES, type IndependentArticle } from './independent.js';

export interface PairMeasure {
  a: string;
  b: string;
  /** 'gold' for two reports of one story, 'distractor' for a distractor and a report of the story it imitates, 'other' otherwise */
  kind: 'gold' | 'distractor' | 'other';
  decision: LinkDecision;
  /** the two articles ended in one cluster (directly or through others) */
  clustered: boolean;
}

export interface IndependentMeasure {
  pairs: PairMeasure[];
  precision: number;
  recall: number;
  f1: number;
}

export const INDEPENDENT_CORPUS: IndependentArticle[] = [...INDEPENDENT_STORIES, ...HARD_DISTRACTORS];

function pairKind(x: IndependentArticle, y: IndependentArticle): PairMeasure['kind'] {
  if (x.story === y.story) return 'gold';
  if (x.near === y.story || y.near === x.story || (x.near && x.near === y.near)) return 'distractor';
  return 'other';
}

/** Annotate the corpus as `annals annotate` does and measure every pair. */
export async function measureIndependent(articles = INDEPENDENT_CORPUS, pipeline?: Pipeline): Promise<IndependentMeasure> {
  const dir = mkdtempSync(join(tmpdir(), 'annals-independent-'));
  const annotations = new Map<string, Annotation>();
  try {
    const path = join(dir, 'corpus.jsonl');
    writeFileSync(path, corpusJsonl(articles));
    for await (const result of annotate([path], { pipeline })) {
      if (!result.ok) throw new Error(`${result.error.path}: ${result.error.message}`);
      annotations.set(result.annotation.id, result.annotation);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const profiles = new Map<string, StoryProfile>(articles.map((a) => [a.label, buildProfile({ id: a.label, date: a.date, text: a.text, annotation: annotations.get(a.label) })]));
  const storyOf = (a: IndependentArticle) => annotations.get(a.label)!.story;
  const pairs: PairMeasure[] = [];
  let truePositives = 0, predicted = 0, gold = 0;
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const [x, y] = [articles[i], articles[j]];
      const kind = pairKind(x, y);
      const clustered = storyOf(x) === storyOf(y);
      truePositives += Number(kind === 'gold' && clustered);
      predicted += Number(clustered);
      gold += Number(kind === 'gold');
      pairs.push({ a: x.label, b: y.label, kind, decision: decideLink(profiles.get(x.label)!, profiles.get(y.label)!), clustered });
    }
  }
  return { pairs, ...pairwiseScores(truePositives, predicted, gold) };
}

const round = (x: number) => x.toFixed(3);

function summary(values: number[]): string {
  if (!values.length) return 'n=0';
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return `n=${sorted.length} min ${round(sorted[0])} median ${round(median)} max ${round(sorted[sorted.length - 1])}`;
}

function line(p: PairMeasure): string {
  const d = p.decision;
  return `  ${`${p.a} / ${p.b}`.padEnd(42)} ${d.link ? 'LINK' : '    '} ${d.reason.padEnd(14)} score ${round(d.score)} cosine ${round(d.cosine)} jaccard ${round(d.jaccard)} days ${d.days}${p.clustered ? ' clustered' : ''}`;
}

/**
 * Pairwise P/R/F1 if the 'similar' rule used other thresholds (other link reasons kept as they
 * are): union of every pair's link, as the story index does when all pairs are candidates.
 */
export function whatIf(m: IndependentMeasure, sameDay: number, later: number): { precision: number; recall: number; f1: number } {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const p of m.pairs) {
    const d = p.decision;
    const similar = d.days <= 1 ? d.score >= sameDay : d.days <= 3 && d.score >= later;
    const link = (d.link && d.reason !== 'similar') || similar;
    if (!link) continue;
    const [ra, rb] = [find(p.a), find(p.b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  let truePositives = 0, predicted = 0, gold = 0;
  for (const p of m.pairs) {
    const clustered = find(p.a) === find(p.b);
    truePositives += Number(p.kind === 'gold' && clustered);
    predicted += Number(clustered);
    gold += Number(p.kind === 'gold');
  }
  return pairwiseScores(truePositives, predicted, gold);
}

export function formatReport(m: IndependentMeasure): string {
  const gold = m.pairs.filter((p) => p.kind === 'gold');
  const near = m.pairs.filter((p) => p.kind === 'distractor');
  const other = m.pairs.filter((p) => p.kind === 'other' && p.decision.days <= 3);
  const out = [
    `same-story pairs: ${summary(gold.map((p) => p.decision.score))} (cosine ${summary(gold.map((p) => p.decision.cosine))})`,
    ...gold.sort((a, b) => a.decision.score - b.decision.score).map(line),
    `distractor pairs (distractor with a report of the story it imitates): ${summary(near.map((p) => p.decision.score))}`,
    ...near.filter((p) => p.decision.score >= 0.2).sort((a, b) => b.decision.score - a.decision.score).map(line),
    `other pairs within 3 days: ${summary(other.map((p) => p.decision.score))}; those scoring ≥ 0.2:`,
    ...other.filter((p) => p.decision.score >= 0.2).sort((a, b) => b.decision.score - a.decision.score).map(line),
    `pairwise P ${round(m.precision)} R ${round(m.recall)} F1 ${round(m.f1)}`,
    'what if (same/next-day threshold, 2–3-day threshold +0.05):',
    ...[0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6].map((t) => {
      const w = whatIf(m, t, t + 0.05);
      return `  ${t.toFixed(2)} / ${(t + 0.05).toFixed(2)}: P ${round(w.precision)} R ${round(w.recall)} F1 ${round(w.f1)}`;
    }),
  ];
  return out.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatReport(await measureIndependent()));
}

/** Pairwise precision, recall and F1 from counts of pairs (an empty side scores 1). */
function pairwiseScores(truePositives: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = predicted ? truePositives / predicted : 1;
  const recall = gold ? truePositives / gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
