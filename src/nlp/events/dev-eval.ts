// Event scores on a gold directory, via the reference scorer:
//   npx tsx src/nlp/events/dev-eval.ts [GOLD_DIR] [--out DIR] [--misses]
// Writes one <id>.json annotation per gold article into DIR (default: a fresh temporary folder, so
// two runs at once never mix their predictions),
// runs ../shared/gold/score_gold.py, and with --misses lists unmatched gold and spurious events.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toAnnotation, type EventAnnotation } from '../annotation.js';
import { eventTestPipeline } from './testing/pipeline.js';
import { findTriggers } from './triggers.js';
import { buildLexicon } from './lexicon.js';
import type { Doc } from '../doc.js';

const lexicon = buildLexicon();

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, '../../../../shared');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const goldDir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out') ?? path.join(shared, 'gold/dev');
const outDir = option('--out') ?? mkdtempSync(path.join(tmpdir(), 'annals-events-pred-'));

interface GoldEvent { category: string; source: string[]; target: string[]; date: string | null; negated: boolean; modality: string; evidence: string }

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const pipeline = eventTestPipeline();
const started = performance.now();
for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(path.join(goldDir, file), 'utf8'));
  const doc = pipeline.run({ text: gold.text, date: gold.date });
  const annotation = toAnnotation(doc, { id: gold.id, date: gold.date, story: gold.story });
  writeFileSync(path.join(outDir, `${gold.id}.json`), JSON.stringify(annotation));
  if (flag('--misses')) report(gold.id, gold.events as GoldEvent[], annotation.events, doc);
}
console.error(`pipeline ${(performance.now() - started).toFixed(0)} ms`);
console.log(execFileSync('python3', [path.join(shared, 'gold/score_gold.py'), goldDir, outDir], { encoding: 'utf8' }));

function report(id: string, gold: GoldEvent[], pred: EventAnnotation[], doc: Doc): void {
  const used = new Set<number>();
  const overlap = (a: string[], b: string[]) => a.some((x) => b.includes(x));
  const lines: string[] = [];
  for (const g of gold) {
    const k = pred.findIndex((p, i) => !used.has(i) && p.category === g.category && overlap(p.source, g.source) && overlap(p.target, g.target));
    if (k >= 0) {
      used.add(k);
      const p = pred[k];
      const diffs = [p.date !== g.date ? `date ${p.date}≠${g.date}` : '', p.negated !== g.negated ? `neg ${p.negated}` : '',
        p.modality !== g.modality ? `mod ${p.modality}≠${g.modality}` : ''].filter(Boolean).join(' ');
      const sentence = doc.sentences.find((se) => doc.spanText(se) === p.evidence);
      const times = sentence ? doc.timexes.filter((t) => t.start >= sentence.start && t.end <= sentence.end).map((t) => `${doc.spanText(t)}=${t.value}`).join(',') : '';
      lines.push(`  OK   ${g.category} ${g.source}>${g.target} ${diffs}${diffs ? ` {${times}} | ${p.evidence.slice(0, 110)}` : ''}`);
    } else {
      const sentence = doc.sentences.find((se) => doc.spanText(se).includes(g.evidence.slice(0, 60)) || g.evidence.includes(doc.spanText(se).slice(0, 60)));
      const triggers = sentence ? findTriggers(doc, lexicon, sentence).map((t) => t.pattern.id).join(',') : '?';
      const actors = sentence ? doc.actors.filter((a) => a.spans.some((sp) => sp.start >= sentence.start && sp.end <= sentence.end)).map((a) => `${doc.spanText(a.spans.find((sp) => sp.start >= sentence.start && sp.end <= sentence.end)!)}=${a.country}`).join(',') : '';
      lines.push(`  MISS ${g.category} ${g.source}>${g.target} ${g.negated ? 'NEG ' : ''}${g.modality} {${triggers}} [${actors}] | ${g.evidence.slice(0, 150)}`);
    }
  }
  pred.forEach((p, i) => {
    if (!used.has(i)) lines.push(`  FP   ${p.category} ${p.source}>${p.target} [${p.rule} "${p.trigger}"] | ${p.evidence.slice(0, 140)}`);
  });
  console.log(`## ${id}\n${lines.join('\n')}`);
}
