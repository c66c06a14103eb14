// `annotate`: articles in, SCHEMA-shaped annotations out; no database.
import type { ReadError } from '../ingest/index.js';
import { readArticles } from '../ingest/index.js';
import type { Annotation } from '../nlp/annotation.js';
import { Pipeline } from '../nlp/pipeline.js';
import { extract } from './extract.js';

export type AnnotateResult =
  | { ok: true; annotation: Annotation; path: string; line?: number }
  | { ok: false; error: ReadError };

/** Annotate every article under `paths`, in input order; unreadable inputs come back as errors. */
export async function* annotate(paths: string[], options: { date?: string; pipeline?: Pipeline } = {}): AsyncGenerator<AnnotateResult> {
  const pipeline = options.pipeline ?? new Pipeline();
  for await (const result of readArticles(paths, { date: options.date })) {
    if (!result.ok) {
      yield result;
      continue;
    }
    const { article } = result;
    const where = { path: article.origin.path, ...(article.origin.line !== undefined ? { line: article.origin.line } : {}) };
    try {
      yield { ok: true, annotation: extract(pipeline, article).annotation, ...where };
    } catch (err) {
      yield { ok: false, error: { ...where, message: err instanceof Error ? err.message : String(err) } };
    }
  }
}
