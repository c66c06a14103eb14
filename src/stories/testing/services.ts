// Test helper: in-memory annals services over one shared pipeline, closed after each test.
import { afterEach } from 'vitest';
import { Pipeline } from '../../nlp/pipeline.js';
import { AnnalsService } from '../../service/service.js';
import { openSqliteStore } from '../../store/sqlite/open.js';
import type { Store } from '../../store/store.js';
import type { CorpusArticle } from './corpus.js';

/** A factory of services on fresh in-memory stores; call it at the top level of a test file. */
export function inMemoryServices(): (stories?: boolean, store?: Store) => AnnalsService {
  const pipeline = new Pipeline();
  const open: AnnalsService[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
  });
  return (stories = true, store: Store = openSqliteStore(':memory:')) => {
    const s = new AnnalsService({ store, pipeline, stories });
    open.push(s);
    return s;
  };
}

/** Corpus articles as the JSONL that `ingest` reads. */
export const corpusJsonl = (articles: CorpusArticle[]) =>
  articles.map((a) => JSON.stringify({ id: a.label, date: a.date, text: a.text })).join('\n');
