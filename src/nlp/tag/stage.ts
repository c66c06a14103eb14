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
  const pos = (doc.pos = new Array<string>(n).fill(''));
  const chunk = (doc.chunk = new Array<string>(n).fill('O'));
  const ner = (doc.ner = new Array<string>(n).fill('O'));
  const posLabels = tagger.pos.labels;
  const chunkLabels = tagger.chunk.bioLabels;
  const nerLabels = tagger.ner.bioLabels;
  const sentences = doc.sentences.map((range) => doc.words(range));
  tagger.tagSentences(sentences, (k, s) => {
    const start = doc.sentences[k].start;
    for (let i = 0; i < s.n; i++) {
      pos[start + i] = posLabels[s.pos[i]];
      chunk[start + i] = chunkLabels[s.chunk[i]];
      ner[start + i] = nerLabels[s.ner[i]];
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
