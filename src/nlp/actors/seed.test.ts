// The first input of the project (read from ../shared at test time), through the pipeline.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Pipeline, STAGES } from '../pipeline.js';

// the stages up to this one: scores here do not depend on the events stage
const UP_TO_ACTORS = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'actors') + 1);
import type { Doc } from '../doc.js';

const seedUrl = new URL('../../../../shared/seed/000_3cdf2fd69fd0e6b0.txt', import.meta.url);
const taggerModel = new URL('../tag/models/tagger.bin.gz', import.meta.url);

function readSeed(): { text: string; date: string } {
  const raw = readFileSync(seedUrl, 'utf8');
  const m = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(raw);
  if (!m) throw new Error('seed: no date header');
  return { date: m[1], text: raw.slice(m[0].length) };
}

function checkSeed(doc: Doc): void {
  const mention = (text: string) => doc.mentions.find((m) => doc.spanText(m) === text);
  const hayashi = mention('Yoshimasa Hayashi');
  expect(hayashi?.type).toBe('PER');
  expect(doc.actors[hayashi!.actor!]).toMatchObject({ id: 'yoshimasa-hayashi', country: 'JPN', sector: 'GOV', role: 'Foreign Minister' });
  const blinken = mention('Antony Blinken');
  expect(blinken?.type).toBe('PER');
  expect(doc.actors[blinken!.actor!]).toMatchObject({ country: 'USA', sector: 'GOV' });
  const washington = mention('Washington');
  expect(washington?.type).toBe('LOC');
  expect(doc.actors[washington!.actor!].country).toBe('USA');
  expect(mention('Kyodo News')?.type).toBe('ORG');
  expect(mention('Japanese')?.type).toBe('MISC');
  // "Hayashi" alone is the same actor as the full name
  const short = doc.mentions.filter((m) => doc.spanText(m) === 'Hayashi');
  expect(short.length).toBeGreaterThan(0);
  for (const m of short) expect(m.actor).toBe(hayashi!.actor);
}

describe.skipIf(!existsSync(seedUrl))('seed article', () => {
  it('links names to actors with the knowledge base alone (no tagger)', () => {
    const doc = new Pipeline({ stages: UP_TO_ACTORS.filter((s) => s.name !== 'tag') }).run(readSeed());
    checkSeed(doc);
  });

  it.skipIf(!existsSync(taggerModel))('links names to actors with the tagger', () => {
    checkSeed(new Pipeline({ stages: UP_TO_ACTORS }).run(readSeed()));
  });
});
