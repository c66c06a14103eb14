import type { Stage } from '../stage.js';

// Placeholder until this stage is implemented: assigns nothing.
export const tagStage: Stage = {
  name: 'tag',
  requires: ['tokens', 'sentences'],
  assigns: ['pos', 'chunk', 'ner'],
  run() {},
};
