// Actor coverage on the PLOVER gold-standard sentences: for every coded event, are its source and
// target codes among the countries of the actors the pipeline finds in the sentence?
//   npx tsx src/nlp/actors/gsr-eval.ts [../shared/gold/plover-gsr] [--misses]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pipeline, STAGES } from '../pipeline.js';

// the stages up to this one: scores here do not depend on the events stage
const UP_TO_ACTORS = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'actors') + 1);

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? path.resolve(here, '../../../../shared/gold/plover-gsr');
const showMisses = args.includes('--misses');
const pipeline = new Pipeline({ stages: UP_TO_ACTORS });
let codes = 0;
let found = 0;
let sentences = 0;
let extra = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  const doc = pipeline.run({ text: gold.text, date: gold.date });
  const got = new Set(doc.actors.map((a) => a.country).filter((c): c is string => c !== null));
  const want = new Set<string>();
  for (const e of gold.events) for (const c of [...e.source, ...e.target]) want.add(c);
  sentences++;
  for (const c of want) {
    codes++;
    if (got.has(c)) found++;
    else if (showMisses) console.log(`miss ${c} in ${file}: ${gold.text}\n     actors: ${doc.actors.map((a) => `${doc.spanText(a.spans[0])}=${a.country}`).join(', ')}`);
  }
  for (const c of got) {
    if (want.has(c)) continue;
    extra++;
    if (args.includes('--extra')) console.log(`extra ${c} in ${file}: ${doc.actors.filter((a) => a.country === c).map((a) => a.spans.map((sp) => doc.spanText(sp)).join(' ; ')).join(' | ')}`);
  }
}
console.log(`${sentences} sentences: ${found}/${codes} gold codes found among actor countries (${(found / codes).toFixed(3)}); ${extra} other codes`);
