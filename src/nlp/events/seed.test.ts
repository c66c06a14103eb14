// The seed article (../shared/seed) through the real pipeline: every gold event of
// shared/gold/dev/seed-hayashi-blinken.json with the modality the SCHEMA asks for.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Doc, DocEvent } from '../doc.js';
import { eventTestPipeline } from './testing/pipeline.js';

const seedUrl = new URL('../../../../shared/seed/000_3cdf2fd69fd0e6b0.txt', import.meta.url);
const available = existsSync(seedUrl);

function readSeed(): { text: string; date: string } {
  const raw = readFileSync(seedUrl, 'utf8');
  const match = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(raw);
  if (!match) throw new Error('seed: missing "date YYYY-MM-DD" header');
  return { date: match[1], text: raw.slice(match[0].length) };
}

const same = (codes: string[], expected: string[]) => [...codes].sort().join() === [...expected].sort().join();

describe.skipIf(!available)('seed article events', () => {
  let doc: Doc;
  const find = (category: string, source: string[], target: string[], where: (e: DocEvent) => boolean = () => true) =>
    doc.events.find((e) => e.category === category && same(e.source, source) && same(e.target, target) && where(e));

  it('runs the pipeline', () => {
    const seed = readSeed();
    doc = eventTestPipeline().run(seed);
    expect(doc.events.length).toBeGreaterThan(0);
  });

  it('codes the Hayashi–Blinken meeting as an asserted CONSULT on Saturday at Liverpool', () => {
    const e = find('CONSULT', ['JPN'], ['USA'], (x) => !x.negated && x.modality === 'asserted');
    expect(e).toBeDefined();
    expect(e!.date).toBe('2021-12-11');
    expect(e!.location).toBe('Liverpool, GBR');
  });

  it('codes "the two officials agreed" as AGREE JPN→USA', () => {
    expect(find('AGREE', ['JPN'], ['USA'])).toBeDefined();
  });

  it('codes "they did not discuss a boycott" as a negated CONSULT', () => {
    const e = find('CONSULT', ['JPN'], ['USA'], (x) => x.negated);
    expect(e).toBeDefined();
    expect(e!.modality).toBe('asserted');
    expect(e!.attribution ?? '').toMatch(/ministry/i);
  });

  it('codes the boycott the relative clause says the US declared the week before as SANCTION USA→CHN in 2021-W48', () => {
    const e = find('SANCTION', ['USA'], ['CHN']);
    expect(e).toBeDefined();
    expect(e!.negated).toBe(false);
    expect(e!.modality).toBe('asserted');
    expect(e!.date).toBe('2021-W48');
  });

  it('codes the boycott Australia, Britain and Canada "would engage in" as a planned SANCTION', () => {
    const e = find('SANCTION', ['AUS', 'GBR', 'CAN'], ['CHN']);
    expect(e).toBeDefined();
    expect(e!.modality).toBe('planned');
  });

  it('codes the Kishida visit to the United States as a planned CONSULT', () => {
    const e = find('CONSULT', ['JPN'], ['USA'], (x) => x.modality === 'planned');
    expect(e).toBeDefined();
    expect(e!.mode).toBe('visit');
  });

  it('codes the two ministers restating that they oppose the Chinese bid as ACCUSE [JPN,USA]→CHN', () => {
    const e = find('ACCUSE', ['JPN', 'USA'], ['CHN']);
    expect(e).toBeDefined();
    expect(e!.attribution).toBe('a Japanese official');
  });

  // Japan weighing whether to keep its ministers away from the Games: staying away is the
  // boycott; its target is that of the boycott named just before
  it('codes Japan considering a boycott of its own as a hypothetical SANCTION JPN→CHN', () => {
    const e = find('SANCTION', ['JPN'], ['CHN'], (x) => x.modality === 'hypothetical');
    expect(e).toBeDefined();
    expect(e!.negated).toBe(false);
  });

  it('stores rule, trigger and sentence on every event, and never codes "said"', () => {
    for (const e of doc.events) {
      expect(e.rule).toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(doc.spanText(e.trigger)).not.toMatch(/^(said|reported|added)$/);
      expect(e.trigger.start).toBeGreaterThanOrEqual(e.sentence.start);
      expect(e.trigger.end).toBeLessThanOrEqual(e.sentence.end);
      expect(e.source.length).toBeGreaterThan(0);
      expect(e.target.length).toBeGreaterThan(0);
    }
  });
});
