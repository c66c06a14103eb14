// Print mentions and actors of one gold article: `npx tsx src/nlp/actors/show.ts FILE.json`.
import { readFileSync } from 'node:fs';
import { Pipeline, STAGES } from '../pipeline.js';

// the stages up to this one: scores here do not depend on the events stage
const UP_TO_ACTORS = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'actors') + 1);

const file = process.argv[2];
const gold = JSON.parse(readFileSync(file, 'utf8'));
let pipeline = new Pipeline({ stages: UP_TO_ACTORS });
try { pipeline.run({ text: 'Probe.', date: '2021-01-01' }); } catch { pipeline = new Pipeline({ stages: UP_TO_ACTORS.filter((s) => s.name !== 'tag') }); }
const doc = pipeline.run({ text: gold.text, date: gold.date });
console.log('MENTIONS', doc.mentions.map((m) => `${doc.spanText(m)}:${m.type}${m.actor !== undefined ? '→' + doc.actors[m.actor].id : ''}`).join(' | '));
for (const a of doc.actors) console.log(`${a.id} [${a.kind} ${a.country} ${a.sector} ${a.role ?? ''}] ${a.name} :: ${a.aliases.join(' ; ')}`);
