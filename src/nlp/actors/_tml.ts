import { readFileSync, readdirSync } from 'node:fs';
import { Pipeline, STAGES } from '../pipeline.js';
const dir = '../shared/data/tempeval3/train/AQUAINT';
const files = readdirSync(dir).filter((f) => f.endsWith('.tml')).slice(10, 13);
const p = new Pipeline({ stages: STAGES.slice(0, 5) });
for (const f of files) {
  const xml = readFileSync(`${dir}/${f}`, 'utf8');
  const text = (/<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  const dct = /value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? '2000-01-01';
  const doc = p.run({ text, date: dct });
  console.log('##', f, dct, text.slice(0, 200).replace(/\s+/g, ' '));
  console.log('M:', doc.mentions.map((m) => `${doc.spanText(m)}:${m.type}`).join(' | '));
  for (const a of doc.actors) console.log(`  ${a.id} [${a.kind} ${a.country} ${a.sector} ${a.role ?? ''}] :: ${a.spans.map((s) => doc.spanText(s)).join(' ; ')}`);
}
