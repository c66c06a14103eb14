import type { Stage } from '../stage.js';

// Placeholder until this stage is implemented: assigns nothing.
export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['tokens', 'ner'],
  assigns: ['mentions'],
  run() {},
};
