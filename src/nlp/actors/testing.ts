// Test helpers: a segmented Doc with hand-set NER tags, and a pipeline context.
import { Doc, type Actor } from '../doc.js';
import { Resources, type PipelineContext } from '../stage.js';
import { segmentStage } from '../segment/stage.js';
import { timesStage } from '../time/stage.js';
import { entitiesStage } from './entities-stage.js';
import { actorsStage } from './actors-stage.js';

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

/** `taggedDoc` run through the stages the actors read (times, entities, actors) on `date`. */
export function actorsDoc(text: string, names: Record<string, 'PER' | 'ORG' | 'LOC' | 'MISC'> = {}, date = '2021-12-11'): Doc {
  const doc = taggedDoc(text, names);
  const ctx = context(date);
  timesStage.run(ctx, doc);
  entitiesStage.run(ctx, doc);
  actorsStage.run(ctx, doc);
  return doc;
}

/** The actor with this id (or name); throws, listing the actors found, when there is none. */
export function actorOf(doc: Doc, idOrName: string): Actor {
  const found = doc.actors.find((a) => a.id === idOrName || a.name === idOrName);
  if (!found) throw new Error(`no actor ${idOrName} in ${doc.actors.map((a) => a.id).join(', ')}`);
  return found;
}
