import { eventTestPipeline } from './pipeline.js';
import { findTriggers } from '../triggers.js';
import { buildLexicon } from '../lexicon.js';
const doc = eventTestPipeline().run({ text: process.argv[2], date: '2024-03-15' });
const idx = buildLexicon();
for (const s of doc.sentences) for (const t of findTriggers(doc, idx, s)) console.log(t.pattern.id, t.head, t.end, t.noun);
