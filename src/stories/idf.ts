// Inverse document frequency from a fixed background news corpus (see build-df.ts for why the
// table is fixed rather than learnt from the stored articles).
import table from './data/document-frequency.json' with { type: 'json' };

const DF = table.df as Record<string, number>;
const DOCS = table.docs;

/** Smoothed IDF: ln((N + 1) / (df + 1)); a term the corpus never saw gets the maximum. */
export function idf(term: string): number {
  const df = Object.hasOwn(DF, term) ? DF[term] : 0;
  return Math.log((DOCS + 1) / (df + 1));
}
