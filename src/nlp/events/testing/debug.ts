// Show how the events stage reads a text: `npx tsx src/nlp/events/testing/debug.ts "TEXT" [DATE]`.
import { eventTestPipeline } from './pipeline.js';

const [text, date = '2021-12-11'] = process.argv.slice(2);
const doc = eventTestPipeline().run({ text, date });
console.log('tokens:', doc.tokens.map((t, i) => `${i}:${t.text}${doc.pos[i] ? '/' + doc.pos[i] : ''}`).join(' '));
console.log('mentions:', doc.mentions.map((m) => `${doc.spanText(m)}:${m.type}`).join(', '));
console.log('actors:', doc.actors.map((a) => `${a.name}[${a.country}] ${a.spans.map((s) => `${s.start}-${s.end}`).join(',')}`).join('; '));
console.log('timexes:', doc.timexes.map((t) => `${doc.spanText(t)}=${t.value}`).join(', '));
for (const e of doc.events) {
  console.log(`${e.category}${e.mode ? '/' + e.mode : ''} ${e.source}>${e.target} neg=${e.negated} ${e.modality} date=${e.date} attr=${e.attribution} [${e.rule} "${doc.spanText(e.trigger)}"]`);
}
