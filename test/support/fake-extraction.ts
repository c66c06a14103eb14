// Test support: a stand-in for the extraction stages, so service and CLI tests exercise their
// plumbing whatever the real stages produce today.
import type { Doc } from '../../src/nlp/doc.js';
import { Pipeline } from '../../src/nlp/pipeline.js';
import { segmentStage } from '../../src/nlp/segment/stage.js';
import type { Stage } from '../../src/nlp/stage.js';

/**
 * A stand-in for the extraction stages, so these tests exercise the service's plumbing whatever
 * the real stages produce today: "X met Y" between two capitalised words gives a CONSULT with
 * country codes taken from the first three letters; "EXPLODE" throws.
 */
export const fakeExtraction: Stage = {
  name: 'fake-extraction',
  requires: ['tokens', 'sentences'],
  assigns: ['mentions', 'actors', 'events'],
  run(_ctx, doc: Doc) {
    if (doc.text.includes('EXPLODE')) throw new Error('stage failure on purpose');
    doc.tokens.forEach((token, i) => {
      if (token.text !== 'met' || i === 0 || i + 1 >= doc.tokens.length) return;
      const names = [doc.tokens[i - 1].text, doc.tokens[i + 1].text];
      const actorIndex = names.map((name) => {
        doc.actors.push({ id: name.toLowerCase(), name, kind: 'country', country: name.slice(0, 3).toUpperCase(), sector: 'GOV', role: null, aliases: [], spans: [] });
        return doc.actors.length - 1;
      });
      doc.mentions.push({ start: i - 1, end: i, type: 'LOC', actor: actorIndex[0] }, { start: i + 1, end: i + 2, type: 'LOC', actor: actorIndex[1] });
      doc.events.push({
        category: 'CONSULT', mode: null, trigger: { start: i, end: i + 1 }, sentence: doc.sentences[doc.sentenceOf(i)],
        sourceActors: [actorIndex[0]], targetActors: [actorIndex[1]], source: [doc.actors[actorIndex[0]].country!],
        target: [doc.actors[actorIndex[1]].country!], date: null, location: null, negated: false, modality: 'asserted',
        attribution: null, rule: 'fake.met',
      });
    });
  },
};

/** The segmenter followed by the fake extraction stage. */
export const fakePipeline = () => new Pipeline({ stages: [segmentStage, fakeExtraction] });
