// Tagger speed: model load time, and tokens per second of the tag stage (all three layers) on
// segmented real articles (the dev gold texts, read from ../shared at run time).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Doc } from '../src/nlp/doc.js';
import { segmentStage } from '../src/nlp/segment/stage.js';
import { Resources, type PipelineContext } from '../src/nlp/stage.js';
import { loadTagger } from '../src/nlp/tag/model.js';
import { packageRoot } from '../src/package-root.js';
import { tagDoc } from '../src/nlp/tag/stage.js';

function goldTexts(): string[] {
  const dir = resolve(packageRoot(), '../shared/gold/dev');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { text: string }).text);
}

export async function benchTag(): Promise<Record<string, number | string>> {
  const loadStarted = performance.now();
  const tagger = loadTagger();
  const loadMs = performance.now() - loadStarted;

  const ctx: PipelineContext = { reference: '2000-01-01', resources: new Resources() };
  const docs = goldTexts().map((text) => {
    const doc = new Doc(text);
    segmentStage.run(ctx, doc);
    return doc;
  });
  const tokensPerPass = docs.reduce((sum, doc) => sum + doc.tokens.length, 0);
  for (const doc of docs) tagDoc(tagger, doc); // warm-up: JIT and word cache
  let tokens = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  while (performance.now() - started < 3000) {
    for (const doc of docs) tagDoc(tagger, doc);
    tokens += tokensPerPass;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  return {
    'tag.model_load_ms': Math.round(loadMs),
    'tag.tokens_per_s': Math.round(tokens / seconds),
    // CPU time of this process: the single-core rate even when other processes share the cores
    'tag.tokens_per_cpu_s': Math.round(tokens / ((cpu.user + cpu.system) / 1e6)),
    'tag.docs': docs.length,
    'tag.tokens_per_pass': tokensPerPass,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchTag());
}
