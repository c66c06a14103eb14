// Inverse document frequency from a fixed background news corpus (see build-df.ts for why the
// table is fixed rather than learnt from the stored articles).
import table from './data/document-frequency.json' with { type: 'json' };

const DOCS = table.docs;
/** term → IDF, built on first use (a Map looks up faster than the parsed JSON object) */
let idfByTerm: Map<string, number> | null = null;
const MAX_IDF = Math.log(DOCS + 1);

/** Smoothed IDF: ln((N + 1) / (df + 1)); a term the corpus never saw gets the maximum. */
export function idf(term: string): number {
  idfByTerm ??= new Map(Object.entries(table.df as Record<string, number>).map(([t, df]) => [t, Math.log((DOCS + 1) / (df + 1))]));
  return idfByTerm.get(term) ?? MAX_IDF;
}
