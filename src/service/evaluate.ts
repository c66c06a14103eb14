// `eval --gold DIR`: run the pipeline over gold articles and score the output with the port of
// score_gold.py (eval/gold.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatScores, loadDocs, scoreGold, type DocSet, type GoldScores } from '../../eval/gold.js';
import { toAnnotation, type Annotation } from '../nlp/annotation.js';
import { Pipeline } from '../nlp/pipeline.js';
import { articleId } from '../ingest/article.js';
import { clusterArticles } from '../stories/index.js';

export interface EvaluateOptions {
  pipeline?: Pipeline;
  /** score the `<id>.json` files of this folder instead of running the pipeline */
  predictionsDir?: string;
  /** also write each prediction to `<outDir>/<id>.json` */
  outDir?: string;
  /** called after each article is annotated */
  onProgress?: (done: number, total: number) => void;
}

export interface EvaluateResult {
  scores: GoldScores;
  /** the lines score_gold.py would print, summary last */
  lines: string[];
  /** articles the pipeline failed on (they score as empty predictions) */
  errors: { id: string; message: string }[];
}

export async function evaluate(goldDir: string, options: EvaluateOptions = {}): Promise<EvaluateResult> {
  const gold = loadDocs(goldDir);
  const errors: EvaluateResult['errors'] = [];
  const predictions = options.predictionsDir ? loadDocs(options.predictionsDir) : annotateGold(gold, options, errors);
  if (options.outDir) writePredictions(options.outDir, predictions);
  const scores = scoreGold(gold, predictions);
  return { scores, lines: formatScores(scores), errors };
}

function annotateGold(gold: DocSet, options: EvaluateOptions, errors: EvaluateResult['errors']): DocSet {
  const pipeline = options.pipeline ?? new Pipeline();
  const out: Record<string, Annotation> = {};
  const ids = Object.keys(gold);
  ids.forEach((id, i) => {
    const g = gold[id] as { text?: string; date?: string };
    try {
      const doc = pipeline.run({ text: g.text ?? '', date: g.date ?? '' });
      out[id] = toAnnotation(doc, { id, date: g.date ?? '', story: null });
    } catch (err) {
      errors.push({ id, message: err instanceof Error ? err.message : String(err) });
    }
    options.onProgress?.(i + 1, ids.length);
  });
  fillStories(gold, out);
  return out as unknown as DocSet;
}

/** Cluster the annotated gold articles into stories, as `annotate` does for a batch. */
function fillStories(gold: DocSet, predictions: Record<string, Annotation>): void {
  const textOf = (id: string) => (gold[id] as { text?: string }).text ?? '';
  const stories = clusterArticles(Object.entries(predictions).map(([id, annotation]) => ({
    id: articleId(textOf(id)), date: annotation.date, text: textOf(id), annotation,
  })));
  for (const [id, annotation] of Object.entries(predictions)) annotation.story = stories.get(articleId(textOf(id))) ?? null;
}

function writePredictions(dir: string, predictions: DocSet): void {
  mkdirSync(dir, { recursive: true });
  for (const [id, doc] of Object.entries(predictions)) {
    writeFileSync(path.join(dir, `${id.replace(/[/\\]/g, '_')}.json`), `${JSON.stringify(doc, null, 2)}\n`);
  }
}
