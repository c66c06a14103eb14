// Speed of the times stage alone on already-segmented text (TimeBank + AQUAINT from
// ../shared), next to chrono-node on the same text in the same run.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { Doc } from '../src/nlp/doc.js';
import { segmentStage } from '../src/nlp/segment/stage.js';
import { Resources } from '../src/nlp/stage.js';
import { tagTimes } from '../src/nlp/time/tagger.js';
import { loadTimeMLDir } from '../eval/timeml.js';

function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('bench/time: package.json not found');
    dir = parent;
  }
  return dir;
}

interface Prepared {
  doc: Doc;
  dct: string;
}

/** Segment once, then time only the tagger: best of `rounds` passes over all documents. */
export async function benchTime(rounds = 5): Promise<Record<string, number | string>> {
  const dir = path.resolve(repoRoot(), '../shared/data/tempeval3/train');
  const sources = loadTimeMLDir(dir);
  const prepared: Prepared[] = sources.map((s) => {
    const doc = new Doc(s.text);
    segmentStage.run({ reference: s.dct, resources: new Resources() }, doc);
    return { doc, dct: s.dct };
  });
  const tokens = prepared.reduce((n, p) => n + p.doc.tokens.length, 0);
  const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text, 'utf8'), 0);
  let timexes = 0;
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    timexes = 0;
    for (const p of prepared) timexes += tagTimes(p.doc, p.dct).length;
    best = Math.min(best, performance.now() - start);
  }
  let chronoMs = Infinity;
  let chronoResults = 0;
  for (let r = 0; r < Math.min(rounds, 2); r++) {
    const start = performance.now();
    chronoResults = 0;
    for (const s of sources) {
      const [y, m, d] = s.dct.split('-').map(Number);
      chronoResults += chrono.parse(s.text, new Date(y, m - 1, d, 12)).length;
    }
    chronoMs = Math.min(chronoMs, performance.now() - start);
  }
  const seconds = best / 1000;
  const chronoSeconds = chronoMs / 1000;
  return {
    corpus: 'TimeBank+AQUAINT (tempeval3/train)',
    documents: sources.length,
    tokens,
    megabytes: Number((bytes / 1e6).toFixed(2)),
    timexes,
    'times.tokens_per_s': Math.round(tokens / seconds),
    'times.mb_per_s': Number((bytes / 1e6 / seconds).toFixed(2)),
    'chrono.results': chronoResults,
    'chrono.tokens_per_s': Math.round(tokens / chronoSeconds),
    'chrono.mb_per_s': Number((bytes / 1e6 / chronoSeconds).toFixed(2)),
    'times_vs_chrono.speed_ratio': Number((chronoSeconds / seconds).toFixed(1)),
  };
}

// run directly: node --import tsx bench/time.ts
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  benchTime().then((r) => console.log(r));
}
