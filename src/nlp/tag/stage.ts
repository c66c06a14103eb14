import type { Doc } from '../doc.js';
import type { PipelineContext, Stage } from '../stage.js';
import { loadTagger } from './model.js';
import type { Tagger } from './tagger.js';

export { entitySpans } from './spans.js';

/** The shared tagger of a pipeline, loaded on first use. */
export function taggerOf(ctx: PipelineContext): Tagger {
  return ctx.resources.get('tagger', () => loadTagger());
}

/** Tag a whole document (sentences share document memory) into doc.pos / chunk / ner. */
export function tagDoc(tagger: Tagger, doc: Doc): void {
  const n = doc.tokens.length;
  doc.pos = new Array<string>(n).fill('');
  doc.chunk = new Array<string>(n).fill('O');
  doc.ner = new Array<string>(n).fill('O');
  const sentences = doc.sentences.map((range) => doc.words(range));
  const tagged = tagger.tagDocument(sentences);
  doc.sentences.forEach((range, k) => {
    const layers = tagged[k];
    for (let i = range.start; i < range.end; i++) {
      doc.pos[i] = layers.pos[i - range.start];
      doc.chunk[i] = layers.chunk[i - range.start];
      doc.ner[i] = layers.ner[i - range.start];
    }
  });
}

export const tagStage: Stage = {
  name: 'tag',
  requires: ['tokens', 'sentences'],
  assigns: ['pos', 'chunk', 'ner'],
  run(ctx, doc) {
    tagDoc(taggerOf(ctx), doc);
  },
};
