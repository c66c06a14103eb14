import type { Stage } from '../stage.js';

// Placeholder until this stage is implemented: assigns nothing.
export const segmentStage: Stage = {
  name: 'segment',
  requires: [],
  assigns: ['tokens', 'sentences'],
  run() {},
};
