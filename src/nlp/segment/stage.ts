import type { Stage } from '../stage.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/** Tokens with character offsets, then sentences as token ranges. */
export const segmentStage: Stage = {
  name: 'segment',
  requires: [],
  assigns: ['tokens', 'sentences'],
  run(_ctx, doc) {
    doc.tokens = tokenize(doc.text);
    doc.sentences = splitSentences(doc.text, doc.tokens);
  },
};
