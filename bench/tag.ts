// Tagger speed: model load time, and tokens per CPU second of the tag stage (all three layers)
// on news text the tagger has never seen (TimeBank + AQUAINT from ../shared, ~107k tokens,
// segmented outside the timing).
//
// - cold: a freshly loaded tagger tags every document once, so its per-word caches start empty
//   and fill as the corpus is read, as in a real ingest of new text. This is the headline figure.
// - warm: the same tagger tags the corpus a second time (every word already described).
// - baseline: a dictionary pass over the same tokens (lower-case each word, count it in a Map),
//   the least any tagger must do per token; the ratio holds across machines.
// Each figure is CPU time of this process (process.cpuUsage: the single-core rate even when
// other processes share the cores), the median of ROUNDS rounds, each with a fresh tagger.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTimeMLDir } from '../eval/timeml.js';
import { Doc } from '../src/nlp/doc.js';
import { segmentStage } from '../src/nlp/segment/stage.js';
import { Resources, type PipelineContext } from '../src/nlp/stage.js';
import { loadTagger } from '../src/nlp/tag/model.js';
import { tagDoc } from '../src/nlp/tag/stage.js';
import { packageRoot } from '../src/package-root.js';

const ROUNDS = Number(process.env.BENCH_TAG_ROUNDS ?? 5);

function corpus(): Doc[] {
  const dir = resolve(packageRoot(), '../shared/data/tempeval3/train');
  if (!existsSync(dir)) throw new Error(`bench/tag: ${dir} is missing`);
  return loadTimeMLDir(dir).map((source) => {
    const doc = new Doc(source.text);
    const ctx: PipelineContext = { reference: source.dct, resources: new Resources() };
    segmentStage.run(ctx, doc);
    return doc;
  });
}

/** CPU seconds (user + system) of this process spent in work(). */
function cpuSeconds(work: () => void): number {
  (globalThis as { gc?: () => void }).gc?.();
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The baseline: lower-case every token and count it in a Map. */
function dictionaryPass(docs: readonly Doc[]): number {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    for (const token of doc.tokens) {
      const word = token.text.toLowerCase();
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts.size;
}

export async function benchTag(): Promise<Record<string, number | string>> {
  const docs = corpus();
  const tokens = docs.reduce((sum, doc) => sum + doc.tokens.length, 0);
  const distinct = dictionaryPass(docs);

  // JIT warm-up (every code path a cold pass takes) on a tagger that is then thrown away: each
  // round loads its own, so no word, row or lexicon cache carries over
  const warmUp = loadTagger();
  for (const doc of docs) tagDoc(warmUp, doc);

  const loadMs: number[] = [];
  const baseline: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const loadStarted = performance.now();
    const tagger = loadTagger();
    loadMs.push(performance.now() - loadStarted);
    baseline.push(cpuSeconds(() => dictionaryPass(docs)));
    cold.push(cpuSeconds(() => docs.forEach((doc) => tagDoc(tagger, doc))));
    warm.push(cpuSeconds(() => docs.forEach((doc) => tagDoc(tagger, doc))));
  }
  const rate = (seconds: number[]) => Math.round(tokens / median(seconds));
  return {
    'tag.corpus': 'TimeBank+AQUAINT (tempeval3/train), unseen news',
    'tag.measure': `CPU time of this process, median of ${ROUNDS} rounds, fresh tagger each round`,
    'tag.tokens': tokens,
    'tag.distinct_words': distinct,
    'tag.model_load_ms': Math.round(median(loadMs)),
    'tag.tokens_per_cpu_s': rate(cold),
    'tag.warm_tokens_per_cpu_s': rate(warm),
    'tag.baseline_dictionary_tokens_per_cpu_s': rate(baseline),
    'tag.ratio_to_dictionary': +(median(baseline) / median(cold)).toFixed(4),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  console.log(await benchTag());
}
