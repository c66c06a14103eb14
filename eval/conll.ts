// CoNLL scoring with conlleval semantics: a predicted span counts only when its start, end and
// type all match a gold span. Gold files use IOB1 (I- after O or after another type starts a
// span); entitySpans reads IOB1 and BIO alike.
import { readConll, type ConllDocument } from '../src/nlp/tag/conll.js';
import { entitySpans } from '../src/nlp/tag/spans.js';
import type { Tagger } from '../src/nlp/tag/tagger.js';

export interface SpanScore {
  correct: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SpanReport {
  overall: SpanScore;
  byType: Record<string, SpanScore>;
}

function finish(correct: number, predicted: number, gold: number): SpanScore {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { correct, predicted, gold, precision, recall, f1 };
}

/** Span precision/recall/F1 per type and overall over parallel sentences of tags. */
export function scoreSpans(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): SpanReport {
  const counts = new Map<string, { correct: number; predicted: number; gold: number }>();
  const countsOf = (type: string) => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = { correct: 0, predicted: 0, gold: 0 }));
    return c;
  };
  for (let s = 0; s < gold.length; s++) {
    const goldSpans = entitySpans(gold[s]);
    const predictedSpans = entitySpans(predicted[s]);
    const goldKeys = new Set(goldSpans.map((x) => `${x.start}:${x.end}:${x.type}`));
    for (const span of goldSpans) countsOf(span.type).gold++;
    for (const span of predictedSpans) {
      const c = countsOf(span.type);
      c.predicted++;
      if (goldKeys.has(`${span.start}:${span.end}:${span.type}`)) c.correct++;
    }
  }
  const byType: Record<string, SpanScore> = {};
  let correct = 0;
  let predictedTotal = 0;
  let goldTotal = 0;
  for (const type of [...counts.keys()].sort()) {
    const c = counts.get(type)!;
    byType[type] = finish(c.correct, c.predicted, c.gold);
    correct += c.correct;
    predictedTotal += c.predicted;
    goldTotal += c.gold;
  }
  return { overall: finish(correct, predictedTotal, goldTotal), byType };
}

/** Share of tokens whose predicted tag equals the gold tag. */
export function tokenAccuracy(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): number {
  let right = 0;
  let total = 0;
  for (let s = 0; s < gold.length; s++) {
    for (let i = 0; i < gold[s].length; i++) {
      total++;
      if (gold[s][i] === predicted[s][i]) right++;
    }
  }
  return total === 0 ? 0 : right / total;
}

export interface ConllEvaluation {
  tokens: number;
  sentences: number;
  ner: SpanReport;
  /** null when the file has no POS / chunk columns (e.g. wikigold) */
  posAccuracy: number | null;
  chunk: SpanReport | null;
  seconds: number;
}

/** Tag every document of a CoNLL file and score the layers the file has gold for. */
export function evaluateTagger(tagger: Tagger, documents: readonly ConllDocument[]): ConllEvaluation {
  const gold = { pos: [] as string[][], chunk: [] as string[][], ner: [] as string[][] };
  const predicted = { pos: [] as string[][], chunk: [] as string[][], ner: [] as string[][] };
  let tokens = 0;
  let hasSyntax = true;
  let seconds = 0;
  for (const doc of documents) {
    const started = performance.now();
    const tagged = tagger.tagDocument(doc.map((s) => s.words));
    seconds += (performance.now() - started) / 1000;
    doc.forEach((sentence, k) => {
      tokens += sentence.words.length;
      const columns = sentence.columns;
      if (columns.length >= 3) {
        gold.pos.push(columns[0]);
        gold.chunk.push(columns[1]);
      } else hasSyntax = false;
      gold.ner.push(columns[columns.length - 1]);
      predicted.pos.push(tagged[k].pos);
      predicted.chunk.push(tagged[k].chunk);
      predicted.ner.push(tagged[k].ner);
    });
  }
  return {
    tokens,
    sentences: gold.ner.length,
    ner: scoreSpans(gold.ner, predicted.ner),
    posAccuracy: hasSyntax ? tokenAccuracy(gold.pos, predicted.pos) : null,
    chunk: hasSyntax ? scoreSpans(gold.chunk, predicted.chunk) : null,
    seconds,
  };
}

export function evaluateConllFile(tagger: Tagger, path: string): ConllEvaluation {
  return evaluateTagger(tagger, readConll(path));
}

const percent = (x: number) => (100 * x).toFixed(2).padStart(6);

function formatSpans(title: string, report: SpanReport): string[] {
  const lines = [`${title}  (precision / recall / F1, correct/predicted/gold)`];
  const row = (name: string, s: SpanScore) =>
    `  ${name.padEnd(8)} ${percent(s.precision)} ${percent(s.recall)} ${percent(s.f1)}   ${s.correct}/${s.predicted}/${s.gold}`;
  for (const [type, score] of Object.entries(report.byType)) lines.push(row(type, score));
  lines.push(row('overall', report.overall));
  return lines;
}

export function formatEvaluation(result: ConllEvaluation): string {
  const lines = [`${result.sentences} sentences, ${result.tokens} tokens, tagged in ${result.seconds.toFixed(2)} s`];
  lines.push(...formatSpans('NER', result.ner));
  if (result.posAccuracy !== null) lines.push(`POS accuracy ${percent(result.posAccuracy)}`);
  if (result.chunk) lines.push(...formatSpans('Chunks', result.chunk));
  return lines.join('\n');
}
