// Test helpers: a segmented Doc with hand-set NER tags, and a pipeline context.
import { Doc } from '../doc.js';
import { Resources, type PipelineContext } from '../stage.js';
import { segmentStage } from '../segment/stage.js';

/** Segment `text` and tag the given phrases (every occurrence) with BIO tags of their type. */
export function taggedDoc(text: string, names: Record<string, 'PER' | 'ORG' | 'LOC' | 'MISC'> = {}): Doc {
  const doc = new Doc(text);
  segmentStage.run(context('2021-12-11'), doc);
  doc.ner = doc.tokens.map(() => 'O');
  for (const [phrase, type] of Object.entries(names)) {
    for (const at of occurrences(doc, phrase)) {
      for (let i = at.start; i < at.end; i++) doc.ner[i] = `${i === at.start ? 'B' : 'I'}-${type}`;
    }
  }
  return doc;
}

/** Token ranges whose text is exactly `phrase`. */
export function occurrences(doc: Doc, phrase: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let s = 0; s < doc.tokens.length; s++) {
    for (let e = s + 1; e <= doc.tokens.length && e - s <= 12; e++) {
      if (doc.spanText({ start: s, end: e }) === phrase) out.push({ start: s, end: e });
    }
  }
  return out;
}

export function context(reference: string, resources = new Resources()): PipelineContext {
  return { reference, resources };
}
