// Pipeline and ingest throughput on one core, with baselines measured in the same run:
// - pipeline: articles/s and tokens/s of all stages, against a whitespace split of the same text;
// - ingest: articles/s into SQLite through the service (pipeline + store), against storing the
//   same articles with empty annotations (the cost of the database alone).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Doc } from '../src/nlp/doc.js';
import { Pipeline } from '../src/nlp/pipeline.js';
import { openStore } from '../src/store/index.js';
import { AnnalsService } from '../src/service/index.js';
import { toArticleInput } from '../src/service/extract.js';
import { exampleArticles, variedCorpus } from './corpus.js';

const CORPUS_SIZE = Number(process.env.BENCH_ARTICLES ?? 5000);
const INGEST_SIZE = 2000;

export async function benchPipeline(): Promise<Record<string, number | string>> {
  const corpus = variedCorpus(await exampleArticles(), CORPUS_SIZE);
  const pipeline = new Pipeline();
  pipeline.run({ text: corpus[0].text, date: corpus[0].date }); // load models outside the timing

  let baselineTokens = 0;
  const baselineStart = performance.now();
  for (const article of corpus) baselineTokens += article.text.split(/\s+/).length;
  const baselineSeconds = (performance.now() - baselineStart) / 1000;

  // Run the stages by hand so each one's share of the time is visible.
  const stageMs = new Map(pipeline.stages.map((s) => [s.name, 0]));
  let tokens = 0;
  let events = 0;
  const started = performance.now();
  for (const article of corpus) {
    const doc = new Doc(article.text);
    const ctx = { reference: article.date, resources: pipeline.resources };
    for (const stage of pipeline.stages) {
      const t0 = performance.now();
      stage.run(ctx, doc);
      stageMs.set(stage.name, stageMs.get(stage.name)! + performance.now() - t0);
    }
    tokens += doc.tokens.length;
    events += doc.events.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const shares = Object.fromEntries(
    [...stageMs].map(([name, ms]) => [`pipeline.share_${name}`, `${((100 * ms) / (seconds * 1000)).toFixed(1)}%`]),
  );
  return {
    ...shares,
    'pipeline.articles': corpus.length,
    'pipeline.events': events,
    'pipeline.articles_per_s': Math.round(corpus.length / seconds),
    'pipeline.tokens_per_s': Math.round(tokens / seconds),
    'pipeline.baseline_split_tokens_per_s': Math.round(baselineTokens / baselineSeconds),
    'pipeline.ratio_to_split': +(tokens / seconds / (baselineTokens / baselineSeconds)).toFixed(4),
  };
}

export async function benchIngest(): Promise<Record<string, number | string>> {
  const corpus = variedCorpus(await exampleArticles(), INGEST_SIZE);
  const dir = mkdtempSync(join(tmpdir(), 'annals-bench-'));
  try {
    const baselineStore = openStore(join(dir, 'baseline.db'));
    const baselineStart = performance.now();
    for (const article of corpus) {
      const empty = { id: article.name, date: article.date, story: null, times: [], mentions: [], actors: [], events: [] };
      await baselineStore.saveArticle(toArticleInput(article), { annotation: empty });
    }
    const baselineSeconds = (performance.now() - baselineStart) / 1000;
    await baselineStore.close();

    const store = openStore(join(dir, 'full.db'));
    const service = new AnnalsService({ store, pipeline: new Pipeline() });
    service.pipeline.run({ text: corpus[0].text, date: corpus[0].date });
    const payload = corpus.map((a) => JSON.stringify({ id: a.name, date: a.date, text: a.text })).join('\n');
    const started = performance.now();
    const summary = await service.ingest({ payload, name: 'bench.jsonl' });
    const seconds = (performance.now() - started) / 1000;
    await store.close();
    return {
      'ingest.articles': summary.new,
      'ingest.failed': summary.failed,
      'ingest.articles_per_s': Math.round(summary.new / seconds),
      'ingest.baseline_store_only_articles_per_s': Math.round(corpus.length / baselineSeconds),
      'ingest.ratio_to_store_only': +(summary.new / seconds / (corpus.length / baselineSeconds)).toFixed(4),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
