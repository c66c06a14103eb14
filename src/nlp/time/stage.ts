import type { Stage } from '../stage.js';
import { tagTimes } from './tagger.js';

/** TIMEX3 time expressions (DATE, TIME, DURATION, SET) normalised against the article date. */
export const timesStage: Stage = {
  name: 'times',
  requires: ['tokens', 'sentences'],
  assigns: ['timexes'],
  run(ctx, doc) {
    tagTimes(doc, ctx.reference);
  },
};
