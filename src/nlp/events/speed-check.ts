// Share of pipeline time taken by event coding, on a gold directory (warm, median of rounds):
//   npx tsx src/nlp/events/speed-check.ts [GOLD_DIR] [ROUNDS]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pipeline, STAGES } from '../pipeline.js';
import { eventsStage } from './stage.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const goldDir = process.argv[2] ?? path.resolve(here, '../../../../shared/gold/dev');
const rounds = Number(process.argv[3] ?? 7);
const articles = readdirSync(goldDir).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as { text: string; date: string });

const upstream = new Pipeline({ stages: STAGES.filter((s) => s.name !== 'events') });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const before: number[] = [];
const events: number[] = [];
for (let r = 0; r <= rounds; r++) {
  let t = performance.now();
  const docs = articles.map((a) => upstream.run({ text: a.text, date: a.date }));
  const upstreamMs = performance.now() - t;
  t = performance.now();
  docs.forEach((doc, i) => eventsStage.run({ reference: articles[i].date, resources: upstream.resources }, doc));
  const eventsMs = performance.now() - t;
  if (r > 0) {
    before.push(upstreamMs);
    events.push(eventsMs);
  }
}
const share = median(events) / median(before);
console.log(`${articles.length} articles: upstream stages ${median(before).toFixed(0)} ms, events ${median(events).toFixed(0)} ms (+${(share * 100).toFixed(1)}%)`);
