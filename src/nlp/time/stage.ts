import type { Stage } from '../stage.js';

// Placeholder until this stage is implemented: assigns nothing.
export const timesStage: Stage = {
  name: 'times',
  requires: ['tokens', 'sentences', 'pos'],
  assigns: ['timexes'],
  run() {},
};
