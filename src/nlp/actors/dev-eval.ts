// Mention scores on the dev gold: `npx tsx src/nlp/actors/dev-eval.ts [GOLD_DIR] [--errors]`.
// Exact (text, type) pairs, each distinct pair once per article (as score_gold.py score_mentions).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pipeline, STAGES } from '../pipeline.js';

// the stages up to this one: scores here do not depend on the events stage
const UP_TO_ACTORS = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'actors') + 1);

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const goldDir = args.find((a) => !a.startsWith('--')) ?? path.resolve(here, '../../../../shared/gold/dev');

interface GoldMention { text: string; type: string }
interface GoldActor { id: string; name: string; country: string | null; sector: string | null; aliases: string[] }
// actor agreement: gold actor surface forms found verbatim in the text, and whether a predicted
// actor span covers that text with the same country (and sector)
const actorScore = { forms: 0, covered: 0, country: 0, sector: 0 };
const showActors = args.includes('--actors');
// event parties: gold event codes found among the countries of actors in the evidence sentence
const parties = { codes: 0, found: 0 };
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, pred: 0, gold: 0 }]));
// --no-tagger scores the knowledge-base layer alone (also used when the tagger model is missing)
let pipeline = new Pipeline({ stages: args.includes('--no-tagger') ? UP_TO_ACTORS.filter((s) => s.name !== 'tag') : UP_TO_ACTORS });
try {
  pipeline.run({ text: 'Probe.', date: '2021-01-01' });
} catch (error) {
  console.error(`tagger unavailable (${(error as Error).message.split('\n')[0]}); scoring without it`);
  pipeline = new Pipeline({ stages: UP_TO_ACTORS.filter((s) => s.name !== 'tag') });
}

for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(path.join(goldDir, file), 'utf8'));
  const doc = pipeline.run({ text: gold.text, date: gold.date });
  const goldSet = new Set((gold.mentions as GoldMention[]).map((m) => `${m.type}\t${m.text}`));
  const predSet = new Set(doc.mentions.map((m) => `${m.type}\t${doc.spanText(m)}`));
  for (const key of predSet) {
    const type = key.split('\t')[0];
    counts[type].pred++;
    if (goldSet.has(key)) counts[type].tp++;
  }
  for (const key of goldSet) counts[key.split('\t')[0]].gold++;
  for (const e of gold.events as { source: string[]; target: string[]; evidence: string }[]) {
    const at = gold.text.indexOf(e.evidence.slice(0, 60));
    if (at < 0) continue;
    const end = at + e.evidence.length;
    const inSentence = new Set(doc.actors.filter((a) => a.spans.some((sp) => {
      const c = doc.charSpan(sp);
      return c.start >= at && c.end <= end;
    })).map((a) => a.country));
    for (const code of new Set([...e.source, ...e.target])) {
      parties.codes++;
      if (inSentence.has(code)) parties.found++;
      else if (showActors) console.log(`  party ${code} missing in: ${e.evidence.slice(0, 160)}`);
    }
  }
  for (const g of gold.actors as GoldActor[]) {
    for (const form of new Set([g.name, ...g.aliases])) {
      const at = gold.text.indexOf(form);
      if (at < 0 || form.length < 3) continue;
      actorScore.forms++;
      const hits = doc.actors.filter((a) => a.spans.some((sp) => {
        const c = doc.charSpan(sp);
        return c.start <= at + form.length && at <= c.end && (c.start >= at && c.end <= at + form.length || c.start <= at && c.end >= at + form.length);
      }));
      if (hits.length === 0) {
        if (showActors) console.log(`  no actor: "${form}" (${g.country} ${g.sector}) in ${file}`);
        continue;
      }
      actorScore.covered++;
      if (hits.some((a) => a.country === g.country)) actorScore.country++;
      else if (showActors) console.log(`  country: "${form}" gold ${g.country} got ${hits.map((a) => a.country).join(',')} in ${file}`);
      if (hits.some((a) => a.sector === g.sector)) actorScore.sector++;
      else if (showActors) console.log(`  sector: "${form}" gold ${g.sector} got ${hits.map((a) => a.sector).join(',')} in ${file}`);
    }
  }
  if (showErrors) {
    const missed = [...goldSet].filter((k) => !predSet.has(k));
    const spurious = [...predSet].filter((k) => !goldSet.has(k));
    console.log(`## ${file}\n  missed:   ${missed.map((k) => k.replace('\t', ':')).join(' | ')}\n  spurious: ${spurious.map((k) => k.replace('\t', ':')).join(' | ')}`);
  }
}

const prf = (tp: number, pred: number, gold: number) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const total = { tp: 0, pred: 0, gold: 0 };
for (const t of TYPES) {
  const c = counts[t];
  total.tp += c.tp; total.pred += c.pred; total.gold += c.gold;
  const s = prf(c.tp, c.pred, c.gold);
  console.log(`${t.padEnd(5)} P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f.toFixed(3)}  (tp ${c.tp} pred ${c.pred} gold ${c.gold})`);
}
const s = prf(total.tp, total.pred, total.gold);
console.log(`event parties: ${parties.found}/${parties.codes} gold event codes among actor countries in the evidence sentence`);
console.log(`actors: ${actorScore.forms} gold actor forms in text, covered ${actorScore.covered}, same country ${actorScore.country}, same sector ${actorScore.sector}`);
console.log(`ALL   P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f.toFixed(3)}  (tp ${total.tp} pred ${total.pred} gold ${total.gold})`);
