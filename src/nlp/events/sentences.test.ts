// The sentence suite: short wire-style sentences written for this project, each with every event
// it must yield (testing/sentences.data.ts), run through the real pipeline.
import { describe, expect, it } from 'vitest';
import type { DocEvent, Doc } from '../doc.js';
import { eventTestPipeline } from './testing/pipeline.js';
import { sameSingleActor } from './arguments.js';
import { PATTERN_SENTENCES, SENTENCES, type ExpectedEvent, type SentenceCase } from './testing/sentences.data.js';

const pipeline = eventTestPipeline();
const sameCodes = (a: string[], b: string) => [...a].sort().join(',') === b.split(',').sort().join(',');

function describeEvent(doc: Doc, e: DocEvent): string {
  return `${e.category} ${e.source}>${e.target} neg=${e.negated} ${e.modality} date=${e.date} [${e.rule} "${doc.spanText(e.trigger)}"]`;
}

function matches(e: DocEvent, x: ExpectedEvent): boolean {
  return e.category === x.category && sameCodes(e.source, x.source) && sameCodes(e.target, x.target);
}

const ALL: SentenceCase[] = [...SENTENCES, ...Object.values(PATTERN_SENTENCES)];

describe('event sentences', () => {
  for (const c of ALL) {
    it(c.text, () => {
      const doc = pipeline.run({ text: c.text, date: c.date ?? '2024-03-15' });
      const got = doc.events.map((e) => describeEvent(doc, e));
      const unmatched = [...doc.events];
      for (const x of c.events) {
        const k = unmatched.findIndex((e) => matches(e, x));
        expect(k, `expected ${x.category} ${x.source}>${x.target}; got ${JSON.stringify(got)}`).toBeGreaterThanOrEqual(0);
        const e = unmatched.splice(k, 1)[0];
        expect(e.negated, `negated of ${x.category}`).toBe(x.negated ?? false);
        expect(e.modality, `modality of ${x.category}`).toBe(x.modality ?? 'asserted');
        if (x.date !== undefined) expect(e.date, `date of ${x.category}`).toBe(x.date);
        if (x.attribution === null) expect(e.attribution, 'attribution').toBeNull();
        else if (x.attribution !== undefined) expect(e.attribution ?? '', 'attribution').toContain(x.attribution);
        if (x.location !== undefined) expect(e.location, 'location').toBe(x.location);
        expect(e.rule).toBeTruthy();
        expect(doc.spanText(e.trigger)).not.toBe('');
      }
      expect(unmatched.map((e) => describeEvent(doc, e)), 'unexpected events').toEqual([]);
      // a person never meets, protests against or resigns to himself; only an organisation meets as itself
      // (two-sided acts list every party on both sides)
      const selfDyads = doc.events.filter((e) => sameSingleActor(e.sourceActors, e.targetActors) && e.source.length === 1 &&
        doc.actors[e.sourceActors[0]].sector !== 'IGO');
      expect(selfDyads.map((e) => describeEvent(doc, e)), 'one actor on both sides').toEqual([]);
    });
  }
});
