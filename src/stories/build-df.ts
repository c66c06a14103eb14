// Builds data/document-frequency.json: for each term, in how many documents of a general news
// corpus it appears (CoNLL-2003 eng.train, ../shared/data, 946 Reuters stories of 1996). Only
// counts are kept, never text. IDF from a fixed background corpus (rather than from the articles
// being clustered) keeps story links order-independent: a link between two articles depends on
// those two articles only, not on what else happens to be stored.
//   node --import tsx src/stories/build-df.ts [path/to/eng.train]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { terms } from './text.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = process.argv[2] ?? path.resolve(here, '../../../shared/data/conll2003/eng.train');
/** terms seen in fewer documents than this are left out: unseen terms get the maximum IDF anyway */
const MIN_DF = 2;

const df = new Map<string, number>();
let docs = 0;
let current = new Set<string>();
const flush = () => {
  if (!current.size) return;
  docs++;
  for (const t of current) df.set(t, (df.get(t) ?? 0) + 1);
  current = new Set();
};
for (const line of readFileSync(source, 'utf8').split('\n')) {
  if (line.startsWith('-DOCSTART-')) { flush(); continue; }
  const token = line.split(' ')[0];
  if (token) for (const t of terms(token)) current.add(t);
}
flush();

const kept = [...df].filter(([, n]) => n >= MIN_DF).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const out = { source: 'CoNLL-2003 eng.train document frequencies (counts only)', docs, minDf: MIN_DF, df: Object.fromEntries(kept) };
writeFileSync(path.join(here, 'data/document-frequency.json'), `${JSON.stringify(out)}\n`);
console.log(`${docs} documents, ${kept.length} terms kept`);
