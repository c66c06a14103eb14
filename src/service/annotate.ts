// `annotate`: articles in, SCHEMA-shaped annotations out; no database.
import type { ReadError } from '../ingest/index.js';
import { readArticles } from '../ingest/index.js';
import type { Annotation } from '../nlp/annotation.js';
import { Pipeline } from '../nlp/pipeline.js';
import { StoryIndex } from '../stories/index.js';
import { buildProfile } from '../stories/profile.js';
import { extract } from './extract.js';

export type AnnotateResult =
  | { ok: true; annotation: Annotation; path: string; line?: number }
  | { ok: false; error: ReadError };

export interface AnnotateOptions {
  date?: string;
  pipeline?: Pipeline;
  /**
   * Fill `story` by clustering all the inputs together (default true). Stories need every
   * article, so results come out only after the last input is read; false streams them.
   */
  stories?: boolean;
}

/** Annotate every article under `paths`, in input order; unreadable inputs come back as errors. */
export async function* annotate(paths: string[], options: AnnotateOptions = {}): AsyncGenerator<AnnotateResult> {
  const pipeline = options.pipeline ?? new Pipeline();
  const clustering = options.stories ?? true;
  const index = new StoryIndex();
  const held: { result: AnnotateResult; articleId?: string }[] = [];
  for await (const result of readArticles(paths, { date: options.date })) {
    if (!result.ok) {
      if (clustering) held.push({ result });
      else yield result;
      continue;
    }
    const { article } = result;
    const where = { path: article.origin.path, ...(article.origin.line !== undefined ? { line: article.origin.line } : {}) };
    let out: AnnotateResult;
    try {
      out = { ok: true, annotation: extract(pipeline, article).annotation, ...where };
    } catch (err) {
      out = { ok: false, error: { ...where, message: err instanceof Error ? err.message : String(err) } };
    }
    if (!clustering) {
      yield out;
      continue;
    }
    if (out.ok) index.add(buildProfile({ id: article.id, date: article.date, text: article.text, annotation: out.annotation }));
    held.push({ result: out, articleId: article.id });
  }
  for (const { result, articleId } of held) {
    if (result.ok && articleId) result.annotation.story = index.storyOf(articleId);
    yield result;
  }
}
