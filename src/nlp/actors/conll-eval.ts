// Does the entities layer keep what the tagger gets right on other corpora? Exact span+type F1 of
// the tagger's spans and of the entities stage's mentions against CoNLL-format gold:
//   npx tsx src/nlp/actors/conll-eval.ts ../shared/data/conll2003/eng.testa [--diff]
// (CoNLL-2003 tags city names that stand for sports teams ORG; annals' conventions keep them LOC.)
import { readFileSync } from 'node:fs';
import { parseConll } from '../tag/conll.js';
import { entitySpans } from '../tag/spans.js';
import { Doc, type Token, type TokenRange } from '../doc.js';
import { Resources } from '../stage.js';
import { tagStage } from '../tag/stage.js';
import { timesStage } from '../time/stage.js';
import { entitiesStage } from './entities-stage.js';

const [file, flag] = process.argv.slice(2);
const showDiff = flag === '--diff';
const ctx = { reference: '2000-01-01', resources: new Resources() };
const score = { tagger: [0, 0, 0], entities: [0, 0, 0] };
const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;

for (const sentences of parseConll(readFileSync(file, 'utf8'))) {
  let text = '';
  const tokens: Token[] = [];
  const ranges: TokenRange[] = [];
  const gold: string[] = [];
  for (const s of sentences) {
    const start = tokens.length;
    const ner = s.columns[s.columns.length - 1];
    s.words.forEach((word, i) => {
      if (text) text += ' ';
      tokens.push({ start: text.length, end: text.length + word.length, text: word, spaceBefore: true });
      text += word;
      gold.push(ner[i]);
    });
    ranges.push({ start, end: tokens.length });
  }
  const doc = new Doc(text);
  doc.tokens = tokens;
  doc.sentences = ranges;
  tagStage.run(ctx, doc);
  const goldSet = new Set(entitySpans(gold).map(key));
  const tagged = new Set(entitySpans(doc.ner).map(key));
  timesStage.run(ctx, doc);
  entitiesStage.run(ctx, doc);
  const found = new Set(doc.mentions.map(key));
  for (const [name, set] of [['tagger', tagged], ['entities', found]] as const) {
    const c = score[name];
    for (const k of set) {
      c[1]++;
      if (goldSet.has(k)) c[0]++;
    }
    c[2] += goldSet.size;
  }
  if (showDiff) {
    const show = (k: string) => { const [a, b, t] = k.split(':'); return `${doc.spanText({ start: +a, end: +b })}:${t}`; };
    for (const k of tagged) if (goldSet.has(k) && !found.has(k)) console.log(`lost   ${show(k)}`);
    for (const k of found) if (!goldSet.has(k) && !tagged.has(k)) console.log(`wrong  ${show(k)}`);
  }
}
for (const [name, [tp, pred, gold]] of Object.entries(score)) {
  const p = tp / pred;
  const r = tp / gold;
  console.log(`${name.padEnd(9)} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}`);
}
