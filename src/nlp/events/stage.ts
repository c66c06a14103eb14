import type { Stage } from '../stage.js';

// Placeholder until this stage is implemented: assigns nothing.
export const eventsStage: Stage = {
  name: 'events',
  requires: ['tokens', 'sentences', 'pos', 'chunk', 'timexes', 'actors'],
  assigns: ['events'],
  run() {},
};
