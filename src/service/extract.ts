// Article → Doc → annotation: the one place the service runs the pipeline.
import type { Article } from '../ingest/article.js';
import { toAnnotation } from '../nlp/annotation.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { EventLink, Extraction } from '../store/store.js';
import type { ArticleInput } from '../store/types.js';

export function extract(pipeline: Pipeline, article: Article): Extraction {
  const doc = pipeline.run({ text: article.text, date: article.date });
  const annotation = toAnnotation(doc, { id: article.name, date: article.date, story: null });
  const eventLinks: EventLink[] = doc.events.map((e) => {
    const evidence = doc.charSpan(e.sentence);
    const hasEvidence = e.sentence.end > e.sentence.start;
    return {
      timex: e.timex ?? null,
      evidenceStart: hasEvidence ? evidence.start : null,
      evidenceEnd: hasEvidence ? evidence.end : null,
    };
  });
  return { annotation, eventLinks };
}

export function toArticleInput(article: Article): ArticleInput {
  return {
    id: article.id, name: article.name, url: article.url, source: article.source, title: article.title,
    date: article.date, published: article.published, text: article.text, story: null,
  };
}
