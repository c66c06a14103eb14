// The bench corpus: the repository's example articles, repeated and varied until there are
// enough of them. Each variant rotates the sentences of its source and carries a serial
// number, so every article is distinct (and is stored, not deduplicated).
import { resolve } from 'node:path';
import { readArticles, type Article } from '../src/ingest/index.js';
import { articleId } from '../src/ingest/article.js';
import { packageRoot } from '../src/package-root.js';

export async function exampleArticles(): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const result of readArticles([resolve(packageRoot(), 'examples')])) {
    if (result.ok) articles.push(result.article);
  }
  if (articles.length === 0) throw new Error('bench: no example articles found under examples/');
  return articles;
}

export function variedCorpus(examples: Article[], size: number): Article[] {
  const corpus: Article[] = [];
  for (let n = 0; n < size; n++) {
    const source = examples[n % examples.length];
    const sentences = source.text.split(/(?<=[.!?])\s+/);
    const shift = Math.floor(n / examples.length) % sentences.length;
    const text = [...sentences.slice(shift), ...sentences.slice(0, shift)].join(' ') + ` (Bench copy ${n}.)`;
    corpus.push({ ...source, text, id: articleId(text), name: `${source.name}-${n}` });
  }
  return corpus;
}
